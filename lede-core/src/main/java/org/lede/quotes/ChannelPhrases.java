package org.lede.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lede.model.Analysis;
import org.lede.model.NormalizedText;
import org.lede.model.Sentence;
import org.lede.model.Token;

/** Finds how words reached an audience: "in a series of tweets", "in an interview with CNN", "told reporters". */
final class ChannelPhrases {

    /** A word of a phrase after a preposition that no clause starts with ("local", "journalists", not "the"). */
    private static final String LOWER_WORD =
            "(?!(?:the|a|an|he|she|it|they|we|i|this|that|and|but|or)\\b)[a-z][\\w'’-]*";
    /**
     * How the statement or post went out, which is the channel's too: "in a statement posted on Twitter", "in a
     * statement circulated to local journalists", "in a message read out on state television late on Monday".
     * Up to two phrases after a preposition, each a name or at most two lower-case words, so that "in a
     * statement released on Monday the company had …" stops before the clause.
     */
    private static final String PASSED_ON = "(?:\\s+(?:posted|published|issued|released|circulated|read out|read|sent|"
            + "broadcast|carried|shared|distributed|aired|e-?mailed)"
            + "(?:\\s+(?:(?:late|early)\\s+)?(?:on|to|by|in|at|via|through|from)\\s+"
            + "(?:(?:the|its|his|her|their|a|an)\\s+)?"
            // "on its WeChat account", "on his Telegram channel": a medium's name and the part of it
            + "(?:[A-Z][\\w.'’&-]*(?:\\s+[A-Z][\\w.'’&-]*)*(?:\\s+(?:account|channel|page|website|site|feed|handle))?|"
            + LOWER_WORD + "(?:\\s+" + LOWER_WORD + ")?)){0,2})?";

    private static final Pattern CHANNEL = Pattern.compile(
            "\\b(?:(?:[Ii]n|[Oo]n|[Aa]t|[Dd]uring|[Vv]ia|[Tt]hrough)\\s+(?:a|an|the|his|her|their|its)\\s+"
                    + "(?:(?:series of|brief|written|joint|televised|separate|short|new|recent|lengthy|radio|TV|"
                    + "television|phone|telephone|video|text|Facebook|Twitter|Telegram|campaign|e-?mailed|"
                    + "prepared|official)\\s+)*"
                    + "(?:statements?|tweets?|interviews?|press conference|news conference|press release|posts?|"
                    + "speech|address|letter|video|e-?mail|op-ed|message|remarks|briefing|rally|appearance|call|memo)"
                    + "(?:\\s+(?:with|to|on)\\s+(?:the\\s+)?[A-Z][\\w.'&-]*(?:\\s+[A-Z][\\w.'&-]*)*"
                    + "|\\s+to\\s+(?:reporters|journalists))?"
                    + PASSED_ON
                    + "|[Oo]n\\s+(?:Twitter|Facebook|Instagram|Telegram|YouTube|TikTok|Truth Social|Weibo|WeChat|"
                    + "television|TV|radio|CNN|Fox News|MSNBC)"
                    + "|[Tt]old\\s+(?:reporters|journalists|the press|supporters))\\b");

    /**
     * Words one of which every match of {@link #CHANNEL} contains (its nouns, its media and "told"), found with
     * a plain string search: most sentences hold none, and the regular expression, tried at each of their
     * characters, is then not run at all.
     */
    private static final List<String> CLUES = List.of("statement", "tweet", "interview", "conference", "release",
            "post", "speech", "letter", "video", "mail", "op-ed", "message", "remarks", "briefing", "rally",
            "appearance", "call", "memo", "address", "Twitter", "Facebook", "Instagram", "Telegram", "YouTube",
            "TikTok", "Truth Social", "Weibo", "WeChat", "television", "TV", "radio", "CNN", "Fox News", "MSNBC", "told",
            "Told");

    /** The search over one article, to ask for each of its sentences in text order. */
    InArticle in(Analysis analysis) {
        return new InArticle(analysis.normalized().text());
    }

    /** One matcher for all the sentences of an article, and where in its text the clue words stand. */
    static final class InArticle {
        private final Matcher matcher;
        /** Each clue word found in the normalised text as its start in the high and its end in the low half. */
        private final long[] clues;

        private InArticle(String text) {
            matcher = CHANNEL.matcher(text);
            long[] found = new long[16];
            int count = 0;
            for (String clue : CLUES) {
                for (int at = text.indexOf(clue); at >= 0; at = text.indexOf(clue, at + 1)) {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, 2 * count);
                    }
                    found[count++] = (long) at << 32 | (at + clue.length());
                }
            }
            clues = Arrays.copyOf(found, count);
            Arrays.sort(clues);
        }

        /** Whether a clue word lies wholly inside {@code [start, end)} of the normalised text. */
        private boolean clueWithin(int start, int end) {
            int k = Arrays.binarySearch(clues, (long) start << 32);
            for (k = k < 0 ? -k - 1 : k; k < clues.length && (int) (clues[k] >>> 32) < end; k++) {
                if ((int) clues[k] <= end) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The channel phrases of a sentence as token ranges, matched on the normalised text. */
    List<TokenRange> find(TokenView v, Sentence sentence, InArticle article) {
        int from = sentence.firstToken();
        int to = sentence.endToken();
        if (from >= to) {
            return List.of();
        }
        NormalizedText normalized = v.analysis.normalized();
        int start = normalized.fromOriginal(v.tokens.get(from).start());
        int end = normalized.fromOriginal(v.tokens.get(to - 1).end());
        if (!article.clueWithin(start, end)) {
            return List.of();
        }
        Matcher m = article.matcher.region(start, end);
        List<TokenRange> found = new ArrayList<>();
        while (m.find()) {
            int originalStart = normalized.toOriginal(m.start());
            int originalEnd = normalized.toOriginalEnd(m.end());
            int first = -1;
            int last = -1;
            for (int i = from; i < to; i++) {
                Token t = v.tokens.get(i);
                if (t.start() == originalStart) {
                    first = i;
                }
                if (t.end() <= originalEnd) {
                    last = i;
                }
            }
            if (first >= 0 && last >= first) {
                found.add(new TokenRange(first, last + 1));
            }
        }
        return found;
    }

    /** The end token of the channel phrase that starts at token {@code k}, or -1. */
    static int endAt(List<TokenRange> channels, int k) {
        for (TokenRange channel : channels) {
            if (channel.first() == k) {
                return channel.end();
            }
        }
        return -1;
    }
}
