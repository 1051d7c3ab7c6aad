package org.lede.quotes;

import java.util.ArrayList;
import java.util.List;
import org.lede.model.Token;

/**
 * Pairs the double quotation marks of a text (normalised, so curly and straight marks are all {@code "};
 * two apostrophes in a row, as some papers write it, count as one mark). A mark opens when it stands after a
 * space or the start of a line and clings to the word after it, and closes at the next mark. News convention
 * lets a quotation run over paragraphs: a paragraph that ends inside a quotation and a next paragraph that
 * opens with a mark continue it; a paragraph that ends inside a quotation otherwise leaves an unpaired mark,
 * which is dropped.
 */
final class QuotationMarks {

    List<QuotedSpan> find(String original, List<Token> tokens) {
        List<QuotedSpan> spans = new ArrayList<>();
        // Texts with no blank line at all separate paragraphs by single line breaks.
        int breakLines = original.contains("\n\n") ? 2 : 1;
        int open = -1;
        int openWidth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int width = markWidth(tokens, i);
            if (open >= 0 && i > 0 && paragraphBreak(original, tokens.get(i - 1).end(), tokens.get(i).start(),
                    breakLines)) {
                if (width > 0) {
                    i += width - 1;
                    continue; // the reopening mark of a quotation that runs on into this paragraph
                }
                open = -1;
            }
            if (width == 0) {
                continue;
            }
            if (open < 0) {
                if (opens(original, tokens, i, width)) {
                    open = i;
                    openWidth = width;
                }
            } else if (opens(original, tokens, i, width) && !closes(tokens, i)) {
                open = i; // the earlier mark had no partner in its paragraph
                openWidth = width;
            } else {
                if (i > open + openWidth) {
                    spans.add(new QuotedSpan(open, open + openWidth, i, i + width));
                }
                open = -1;
            }
            i += width - 1;
        }
        return spans;
    }

    /** 1 for a {@code "} token, 2 for two apostrophe tokens with nothing between, else 0. */
    private static int markWidth(List<Token> tokens, int i) {
        String form = tokens.get(i).form();
        if (form.equals("\"")) {
            return 1;
        }
        boolean pair = form.equals("'") && i + 1 < tokens.size() && tokens.get(i + 1).form().equals("'")
                && tokens.get(i + 1).start() == tokens.get(i).end();
        return pair ? 2 : 0;
    }

    private static boolean opens(String original, List<Token> tokens, int i, int width) {
        Token mark = tokens.get(i);
        int after = i + width;
        boolean clingsRight = after < tokens.size() && tokens.get(after).start() == tokens.get(after - 1).end();
        if (!clingsRight) {
            return false;
        }
        if (mark.start() == 0) {
            return true;
        }
        char before = original.charAt(mark.start() - 1);
        return Character.isWhitespace(before) || "([{-\u2013\u2014:/".indexOf(before) >= 0;
    }

    private static boolean closes(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i - 1).end() == tokens.get(i).start();
    }

    private static boolean paragraphBreak(String text, int from, int to, int breakLines) {
        int newlines = 0;
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '\n') {
                newlines++;
            }
        }
        return newlines >= breakLines;
    }
}
