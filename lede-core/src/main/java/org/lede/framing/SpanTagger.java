package org.lede.framing;

import java.util.ArrayList;
import java.util.List;
import org.lede.model.Sentence;
import org.lede.model.Token;
import org.lede.ner.TokenHash;

/**
 * Span identification (SI): tags each token O, B (first of a persuasive stretch) or I (inside one) with a
 * linear-chain model decoded by Viterbi, sentence by sentence. Features are the word and its neighbours,
 * word pairs, suffix and shape, how often the word recurs in the article, where it stands in its sentence,
 * whether it is quoted, and the sentence's punctuation (exclamations, questions). No part-of-speech tags:
 * Lede has none at run time.
 */
final class SpanTagger {
    static final int O = 0;
    static final int B = 1;
    static final int I = 2;
    static final int LABELS = 3;
    static final int MAX_FEATURES = 20;

    private final LinearModel model;

    SpanTagger(LinearModel model) {
        this.model = model;
    }

    /** The stretches found, as [start, end) char offsets, in text order. */
    List<int[]> spans(FramedText doc) {
        List<int[]> spans = new ArrayList<>();
        long[][] features = new long[0][];
        for (int s = 0; s < doc.sentences.size(); s++) {
            Sentence sentence = doc.sentences.get(s);
            int n = sentence.tokenCount();
            if (features.length < n) {
                features = new long[n][MAX_FEATURES];
            }
            float[] emission = new float[n * LABELS];
            for (int i = 0; i < n; i++) {
                int count = features(doc, s, sentence.firstToken() + i, features[i]);
                model.addScores(features[i], count, emission, i * LABELS);
            }
            int[] tags = model.viterbi(emission, n);
            addSpans(doc.tokens, sentence.firstToken(), tags, spans);
        }
        return spans;
    }

    /** Turns a sentence's tags into spans from each B or stray I through the I tags after it. */
    static void addSpans(List<Token> tokens, int first, int[] tags, List<int[]> out) {
        int begin = -1;
        for (int i = 0; i <= tags.length; i++) {
            int tag = i < tags.length ? tags[i] : O;
            if (begin >= 0 && tag != I) {
                out.add(new int[] {tokens.get(first + begin).start(), tokens.get(first + i - 1).end()});
                begin = -1;
            }
            if (tag == B || (tag == I && begin < 0)) {
                begin = i;
            }
        }
    }

    /** Transitions a well-formed tagging never takes: I may only follow B or I. */
    static boolean[] forbiddenTransitions() {
        boolean[] forbidden = new boolean[(LABELS + 1) * LABELS];
        forbidden[I] = true;                    // sentence start → I
        forbidden[(O + 1) * LABELS + I] = true; // O → I
        return forbidden;
    }

    /** Writes token {@code t}'s feature keys into {@code out}; returns how many. */
    static int features(FramedText doc, int sentenceIndex, int t, long[] out) {
        Sentence sentence = doc.sentences.get(sentenceIndex);
        int first = sentence.firstToken();
        int end = sentence.endToken();
        String form = doc.tokens.get(t).form();
        long w0 = doc.lower[t];
        long wm1 = t - 1 >= first ? doc.lower[t - 1] : 1;
        long wm2 = t - 2 >= first ? doc.lower[t - 2] : 2;
        long wp1 = t + 1 < end ? doc.lower[t + 1] : 3;
        long wp2 = t + 2 < end ? doc.lower[t + 2] : 4;
        String last = doc.tokens.get(end - 1).form();
        int n = 0;
        out[n++] = TokenHash.key(1, 0, 0);
        out[n++] = TokenHash.key(2, w0, 0);
        out[n++] = TokenHash.key(3, wm1, 0);
        out[n++] = TokenHash.key(4, wp1, 0);
        out[n++] = TokenHash.key(5, wm2, 0);
        out[n++] = TokenHash.key(6, wp2, 0);
        out[n++] = TokenHash.key(7, wm1, w0);
        out[n++] = TokenHash.key(8, w0, wp1);
        out[n++] = TokenHash.key(9, TokenHash.lower(suffix(form)), 0);
        out[n++] = TokenHash.key(10, shape(form), 0);
        out[n++] = TokenHash.key(11, bucket(doc.count(t)), form.length() > 3 ? 1 : 0);
        out[n++] = TokenHash.key(12, last.equals("!") ? 1 : last.equals("?") ? 2 : 0, 0);
        out[n++] = TokenHash.key(13, (t - first) * 5L / Math.max(1, end - first), 0);
        out[n++] = TokenHash.key(14, doc.quoted[t] ? 1 : 0, shape(form));
        out[n++] = TokenHash.key(15, bucket(end - first), 0);
        out[n++] = TokenHash.key(16, sentenceIndex == 0 ? 1 : 0, 0);
        out[n++] = TokenHash.key(17, wm1, wp1);
        return n;
    }

    static String suffix(String form) {
        return form.length() > 3 ? form.substring(form.length() - 3) : form;
    }

    /** Capitalised, all capitals, lowercase, digits, or punctuation. */
    static long shape(String form) {
        char c = form.charAt(0);
        if (Character.isDigit(c)) {
            return 1;
        }
        if (!Character.isLetter(c)) {
            return 2;
        }
        if (Character.isUpperCase(c)) {
            return form.length() > 1 && form.chars().allMatch(ch -> !Character.isLowerCase(ch)) ? 3 : 4;
        }
        return 5;
    }

    /** 0, 1, 2, 3-4, 5-8, 9-16, more: counts on a log scale. */
    static long bucket(int count) {
        return count <= 2 ? count : 32 - Integer.numberOfLeadingZeros(count - 1) + 1;
    }
}
