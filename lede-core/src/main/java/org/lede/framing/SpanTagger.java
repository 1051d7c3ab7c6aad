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
    static final int MAX_SENTENCE_FEATURES = 128;
    /** The join gap that makes every sentence with a tagged token one span. */
    static final int WHOLE_SENTENCE = -1;

    private final LinearModel model;
    /**
     * Added to the B and I scores of every token before decoding. The perceptron learns from a corpus where
     * most tokens are O and comes out cautious; under the task's overlap F1 finding more pays, so training
     * picks this shift by cross-validation.
     */
    private final float recallBias;
    /**
     * Two stretches of one sentence this many tokens apart or fewer are reported as one: annotators mark
     * whole phrases, and the tagger tends to break them where a plain word sits between loaded ones.
     */
    private final int joinGap;

    SpanTagger(LinearModel model, float recallBias, int joinGap) {
        this.model = model;
        this.recallBias = recallBias;
        this.joinGap = joinGap;
    }

    float recallBias() {
        return recallBias;
    }

    int joinGap() {
        return joinGap;
    }

    /** The stretches found, as [start, end) char offsets, in text order. */
    List<int[]> spans(FramedText doc) {
        return spans(doc, tags(emissions(model, doc), recallBias, model), joinGap);
    }

    /**
     * Each sentence's emission scores ({@code tokens × LABELS}): its tokens' own features plus the
     * sentence's, which every token of it shares and which are therefore scored once.
     */
    static float[][] emissions(LinearModel model, FramedText doc) {
        float[][] emissions = new float[doc.sentences.size()][];
        long[] shared = new long[MAX_SENTENCE_FEATURES];
        float[] sentenceScores = new float[LABELS];
        long[] features = new long[0];
        int[] ends = new int[0];
        for (int s = 0; s < doc.sentences.size(); s++) {
            Sentence sentence = doc.sentences.get(s);
            int n = sentence.tokenCount();
            java.util.Arrays.fill(sentenceScores, 0);
            model.addScores(shared, sentenceFeatures(doc, s, shared), sentenceScores, 0);
            if (ends.length < n) { // the sentence's token features, looked up together
                ends = new int[n];
                features = new long[n * MAX_FEATURES];
            }
            int count = 0;
            for (int i = 0; i < n; i++) {
                count += features(doc, s, sentence.firstToken() + i, features, count);
                ends[i] = count;
            }
            float[] emission = new float[n * LABELS];
            model.addScores(features, ends, n, emission, 0);
            for (int i = 0; i < n; i++) {
                for (int label = 0; label < LABELS; label++) {
                    emission[i * LABELS + label] += sentenceScores[label];
                }
            }
            emissions[s] = emission;
        }
        return emissions;
    }

    /** Each sentence's best tags with the B and I scores shifted by {@code bias}. */
    static List<int[]> tags(float[][] emissions, float bias, LinearModel model) {
        List<int[]> tags = new ArrayList<>();
        for (int s = 0; s < emissions.length; s++) {
            float[] emission = emissions[s].clone();
            int n = emission.length / LABELS;
            for (int i = 0; i < n; i++) {
                emission[i * LABELS + B] += bias;
                emission[i * LABELS + I] += bias;
            }
            tags.add(model.viterbi(emission, n));
        }
        return tags;
    }

    /**
     * The spans the tags mark, sentence by sentence, joined across gaps of at most {@code joinGap} tokens;
     * with {@link #WHOLE_SENTENCE}, a sentence with any tagged token is one span, its closing punctuation
     * left out.
     */
    static List<int[]> spans(FramedText doc, List<int[]> tags, int joinGap) {
        List<int[]> spans = new ArrayList<>();
        for (int[] span : untrimmed(doc, tags, joinGap)) {
            int first = doc.tokenAt(span[0]);
            int last = doc.tokenAt(span[1] - 1);
            while (first < last && isPunctuation(doc, first)) {
                first++;
            }
            while (last > first && isPunctuation(doc, last)) {
                last--;
            }
            if (!isPunctuation(doc, first)) {
                spans.add(new int[] {doc.tokens.get(first).start(), doc.tokens.get(last).end()});
            }
        }
        return spans;
    }

    /** Punctuation (quotation marks above all) does not begin or end a span, as the task's spans do not. */
    private static boolean isPunctuation(FramedText doc, int token) {
        return !Character.isLetterOrDigit(doc.tokens.get(token).form().charAt(0));
    }

    private static List<int[]> untrimmed(FramedText doc, List<int[]> tags, int joinGap) {
        List<int[]> spans = new ArrayList<>();
        for (int s = 0; s < tags.size(); s++) {
            Sentence sentence = doc.sentences.get(s);
            if (joinGap != WHOLE_SENTENCE) {
                addSpans(doc.tokens, sentence.firstToken(), tags.get(s), joinGap, spans);
            } else if (java.util.Arrays.stream(tags.get(s)).anyMatch(tag -> tag != O)) {
                int last = sentence.endToken() - 1;
                while (last > sentence.firstToken() && !Character.isLetterOrDigit(doc.tokens.get(last).form().charAt(0))) {
                    last--;
                }
                spans.add(new int[] {doc.tokens.get(sentence.firstToken()).start(), doc.tokens.get(last).end()});
            }
        }
        return spans;
    }

    /**
     * Features of the whole sentence, shared by its tokens: its words (the first {@code MAX_SENTENCE_FEATURES
     * - 4}), its closing punctuation and length, whether it is the headline. They let the tagger weigh a word
     * by the company it keeps, which is where most persuasion lies.
     */
    static int sentenceFeatures(FramedText doc, int sentenceIndex, long[] out) {
        Sentence sentence = doc.sentences.get(sentenceIndex);
        int n = 0;
        String last = doc.tokens.get(sentence.endToken() - 1).form();
        out[n++] = TokenHash.key(30, last.equals("!") ? 1 : last.equals("?") ? 2 : 0, 0);
        out[n++] = TokenHash.key(31, bucket(sentence.tokenCount()), sentenceIndex == 0 ? 1 : 0);
        for (int t = sentence.firstToken(); t < sentence.endToken() && n < MAX_SENTENCE_FEATURES - 1; t++) {
            out[n++] = TokenHash.key(32, doc.lower[t], 0);
            if (t + 1 < sentence.endToken()) {
                out[n++] = TokenHash.key(33, doc.lower[t], doc.lower[t + 1]);
            }
        }
        return n;
    }

    /**
     * Turns a sentence's tags into spans from each B or stray I through the I tags after it, joining spans
     * at most {@code joinGap} tokens apart (0: none are joined).
     */
    static void addSpans(List<Token> tokens, int first, int[] tags, int joinGap, List<int[]> out) {
        int begin = -1;
        int previousEnd = -joinGap - 1; // token index after the sentence's last span so far
        for (int i = 0; i <= tags.length; i++) {
            int tag = i < tags.length ? tags[i] : O;
            if (begin >= 0 && tag != I) {
                int end = tokens.get(first + i - 1).end();
                if (joinGap > 0 && begin - previousEnd <= joinGap) {
                    out.get(out.size() - 1)[1] = end;
                } else {
                    out.add(new int[] {tokens.get(first + begin).start(), end});
                }
                previousEnd = i;
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
        return features(doc, sentenceIndex, t, out, 0);
    }

    /** Writes token {@code t}'s feature keys into {@code out} from {@code from} on; returns how many. */
    static int features(FramedText doc, int sentenceIndex, int t, long[] out, int from) {
        Sentence sentence = doc.sentences.get(sentenceIndex);
        int first = sentence.firstToken();
        int end = sentence.endToken();
        String form = doc.tokens.get(t).form();
        long w0 = doc.lower[t];
        long wm1 = t - 1 >= first ? doc.lower[t - 1] : 1;
        long wp1 = t + 1 < end ? doc.lower[t + 1] : 3;
        int n = from;
        out[n++] = TokenHash.key(1, 0, 0);
        out[n++] = TokenHash.key(2, w0, 0);
        out[n++] = TokenHash.key(3, wm1, 0);
        out[n++] = TokenHash.key(4, wp1, 0);
        out[n++] = TokenHash.key(7, wm1, w0);
        out[n++] = TokenHash.key(8, w0, wp1);
        out[n++] = TokenHash.key(9, TokenHash.lower(suffix(form)), 0);
        out[n++] = TokenHash.key(10, shape(form), 0);
        out[n++] = TokenHash.key(11, bucket(doc.count(t)), form.length() > 3 ? 1 : 0);
        out[n++] = TokenHash.key(13, (t - first) * 5L / Math.max(1, end - first), 0);
        out[n++] = TokenHash.key(14, doc.quoted[t] ? 1 : 0, shape(form));
        return n - from;
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
            for (int i = 1; i < form.length(); i++) {
                if (Character.isLowerCase(form.charAt(i))) {
                    return 4;
                }
            }
            return form.length() > 1 ? 3 : 4;
        }
        return 5;
    }

    /** 0, 1, 2, 3-4, 5-8, 9-16, more: counts on a log scale. */
    static long bucket(int count) {
        return count <= 2 ? count : 32 - Integer.numberOfLeadingZeros(count - 1) + 1;
    }
}
