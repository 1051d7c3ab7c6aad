package org.lede.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lede.model.NormalizedText;
import org.lede.model.Sentence;
import org.lede.model.Token;

/** Finds how words reached an audience: "in a series of tweets", "in an interview with CNN", "told reporters". */
final class ChannelPhrases {

    private static final Pattern CHANNEL = Pattern.compile(
            "\\b(?:(?:[Ii]n|[Oo]n|[Aa]t|[Dd]uring|[Vv]ia|[Tt]hrough)\\s+(?:a|an|the|his|her|their|its)\\s+"
                    + "(?:(?:series of|brief|written|joint|televised|separate|short|new|recent|lengthy|radio|TV|"
                    + "television|phone|telephone|Facebook|Twitter|campaign)\\s+)*"
                    + "(?:statements?|tweets?|interviews?|press conference|news conference|press release|posts?|"
                    + "speech|letter|video|e-?mail|op-ed|message|remarks|briefing|rally|appearance|call|memo)"
                    + "(?:\\s+(?:with|to|on)\\s+(?:the\\s+)?[A-Z][\\w.'&-]*(?:\\s+[A-Z][\\w.'&-]*)*)?"
                    + "|[Oo]n\\s+(?:Twitter|Facebook|Instagram|television|TV|radio|CNN|Fox News|MSNBC)"
                    + "|[Tt]old\\s+(?:reporters|journalists|the press|supporters))\\b");

    /** The channel phrases of a sentence as token ranges, matched on the normalised text. */
    List<TokenRange> find(TokenView v, Sentence sentence) {
        int from = sentence.firstToken();
        int to = sentence.endToken();
        if (from >= to) {
            return List.of();
        }
        NormalizedText normalized = v.analysis.normalized();
        int start = normalized.fromOriginal(v.tokens.get(from).start());
        int end = normalized.fromOriginal(v.tokens.get(to - 1).end());
        Matcher m = CHANNEL.matcher(normalized.text()).region(start, end);
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
