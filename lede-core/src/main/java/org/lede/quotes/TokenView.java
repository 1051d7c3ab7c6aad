package org.lede.quotes;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.lede.model.Analysis;
import org.lede.model.Excerpt;
import org.lede.model.Token;

/**
 * One article's tokens as the attribution rules read them: lower-cased forms, which tokens stand inside
 * quotation marks and which are the marks, and small questions about single tokens. Built per article.
 */
final class TokenView {
    static final Set<String> SENTENCE_END = Set.of(".", "!", "?");
    static final Set<String> CLAUSE_PUNCTUATION = Set.of(".", "!", "?", ";", ":", ",");
    /** Dashes that set off an apposition: "Lord Bingham - a senior law lord - said". */
    static final Set<String> DASHES = Set.of("-", "--", "–", "—");

    final Analysis analysis;
    final List<Token> tokens;
    final String[] lower;
    final List<QuotedSpan> quoted;
    /** For each token, the quotation whose content holds it, or -1. */
    final int[] insideQuote;
    /** For each token, the quotation it closes (as one of its closing mark's tokens), or -1. */
    final int[] closingMarkOf;
    /** For each token, the quotation it opens, or -1. */
    final int[] openingMarkOf;

    TokenView(Analysis analysis, List<QuotedSpan> quoted) {
        this.analysis = analysis;
        this.tokens = analysis.tokens();
        this.quoted = quoted;
        int n = tokens.size();
        lower = new String[n];
        for (int i = 0; i < n; i++) {
            lower[i] = tokens.get(i).lower();
        }
        insideQuote = filled(n);
        closingMarkOf = filled(n);
        openingMarkOf = filled(n);
        for (int q = 0; q < quoted.size(); q++) {
            QuotedSpan span = quoted.get(q);
            for (int i = span.first(); i < span.end(); i++) {
                insideQuote[i] = q;
            }
            for (int i = span.end(); i < span.closeEnd(); i++) {
                closingMarkOf[i] = q;
            }
            openingMarkOf[span.open()] = q;
        }
    }

    /** Whether the content is exactly the words of one quotation. */
    boolean isDirect(TokenRange content) {
        int q = insideQuote[content.first()];
        return q >= 0 && quoted.get(q).first() == content.first() && quoted.get(q).end() == content.end();
    }

    /** Whether no line break stands between the end of token {@code a} and the start of token {@code b}. */
    boolean sameLine(int a, int b) {
        int lineBreak = analysis.article().text().indexOf('\n', tokens.get(a).end());
        return lineBreak < 0 || lineBreak >= tokens.get(b).start();
    }

    boolean isYear(int i) {
        String f = tokens.get(i).form();
        return f.length() == 4 && Character.isDigit(f.charAt(0)) && f.chars().allMatch(Character::isDigit);
    }

    boolean isComma(int i) {
        return i >= 0 && i < tokens.size() && tokens.get(i).form().equals(",");
    }

    boolean isEnd(int i) {
        if (i >= tokens.size()) {
            return false;
        }
        String form = tokens.get(i).form(); // ".", "!", "?" or ";", without a set lookup: it is asked of most tokens
        return form.length() == 1 && ".!?;".indexOf(form.charAt(0)) >= 0;
    }

    boolean capitalized(int i) {
        return Character.isUpperCase(tokens.get(i).form().charAt(0));
    }

    /** The quotation whose opening mark is at {@code k}, as content. */
    TokenRange quotationOpeningAt(int k) {
        if (k >= tokens.size() || openingMarkOf[k] < 0) {
            return null;
        }
        QuotedSpan span = quoted.get(openingMarkOf[k]);
        return new TokenRange(span.first(), span.end());
    }

    Excerpt excerpt(TokenRange range) {
        return Excerpt.of(analysis.article().text(), tokens.get(range.first()).start(),
                tokens.get(range.end() - 1).end());
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, -1);
        return a;
    }
}
