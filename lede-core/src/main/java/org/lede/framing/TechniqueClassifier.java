package org.lede.framing;

import java.util.Arrays;
import java.util.List;
import org.lede.ner.TokenHash;

/**
 * Technique classification (TC): which of the 14 techniques a persuasive stretch uses, from a linear model
 * over the stretch's words and word pairs, their prefixes and suffixes, its first and last words, its length, the
 * words around it, its punctuation and quotation, and how often its text recurs in the article (before it
 * and in all): the last is what tells Repetition from the technique the repeated words carry.
 */
final class TechniqueClassifier {
    /** Words of a long stretch beyond this many add nothing but time. */
    private static final int MAX_WORDS = 40;

    private final LinearModel model;
    /**
     * Perceptron scores are margins, not log-odds: divided by this before the softmax, chosen in training
     * for the likelihood of held-out techniques, they give probabilities worth reading.
     */
    private final float temperature;

    TechniqueClassifier(LinearModel model, float temperature) {
        this.model = model;
        this.temperature = temperature;
    }

    float temperature() {
        return temperature;
    }

    /** Each technique's probability for the stretch (a softmax over the model's scores), by ordinal. */
    double[] probabilities(FramedText doc, int start, int end) {
        return softmax(scores(doc, start, end), temperature);
    }

    float[] scores(FramedText doc, int start, int end) {
        long[] features = features(doc, start, end);
        float[] scores = new float[Technique.all().size()];
        model.addScores(features, features.length, scores, 0);
        return scores;
    }

    /** The {@code k} likeliest techniques, best first. */
    static List<Technique> best(double[] probabilities, int k) {
        Integer[] order = new Integer[probabilities.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(probabilities[b], probabilities[a]));
        return Arrays.stream(order).limit(k).map(i -> Technique.all().get(i)).toList();
    }

    static double[] softmax(float[] scores, float temperature) {
        float top = Float.NEGATIVE_INFINITY;
        for (float s : scores) {
            top = Math.max(top, s);
        }
        double[] p = new double[scores.length];
        double sum = 0;
        for (int i = 0; i < scores.length; i++) {
            p[i] = Math.exp((scores[i] - top) / temperature);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    static long[] features(FramedText doc, int start, int end) {
        int first = doc.tokenAt(start);
        int last = Math.max(first, doc.tokenAt(end - 1)); // inclusive
        int words = Math.min(last - first + 1, MAX_WORDS);
        long[] out = new long[4 * words + 24];
        int n = 0;
        out[n++] = TokenHash.key(101, 0, 0);
        int maxCount = 0;
        for (int i = first; i < first + words && i < doc.tokens.size(); i++) {
            out[n++] = TokenHash.key(102, doc.lower[i], 0);
            out[n++] = TokenHash.key(103, i > first ? doc.lower[i - 1] : 0, doc.lower[i]);
            String form = doc.tokens.get(i).form();
            out[n++] = TokenHash.key(104, TokenHash.lower(SpanTagger.suffix(form)), 0);
            if (doc.prefix(i) != FramedText.NO_PREFIX) {
                out[n++] = TokenHash.key(120, doc.prefix(i), 0);
            }
            if (form.length() > 3) {
                maxCount = Math.max(maxCount, doc.count(i));
            }
        }
        int size = doc.tokens.size();
        if (first < size) {
            out[n++] = TokenHash.key(105, doc.lower[first], 0);
            out[n++] = TokenHash.key(106, doc.lower[Math.min(last, size - 1)], 0);
            out[n++] = TokenHash.key(114, SpanTagger.shape(doc.tokens.get(first).form()), 0);
            out[n++] = TokenHash.key(115, doc.quoted[first] ? 1 : 0, 0);
            out[n++] = TokenHash.key(116, doc.sentenceOf[first] == 0 ? 1 : 0, 0);
        }
        long length = SpanTagger.bucket(last - first + 1);
        out[n++] = TokenHash.key(107, length, 0);
        for (int d = 1; d <= 3; d++) {
            out[n++] = TokenHash.key(108, d, first - d >= 0 ? doc.lower[first - d] : 0);
            out[n++] = TokenHash.key(109, d, last + d < size ? doc.lower[last + d] : 0);
        }
        int[] occurrences = doc.occurrences(start, end);
        out[n++] = TokenHash.key(110, SpanTagger.bucket(occurrences[0]), length);
        out[n++] = TokenHash.key(111, SpanTagger.bucket(occurrences[1]), 0);
        out[n++] = TokenHash.key(112, SpanTagger.bucket(maxCount), 0);
        char lastChar = doc.text.charAt(end - 1);
        char after = end < doc.text.length() ? doc.text.charAt(end) : ' ';
        out[n++] = TokenHash.key(113, punctuation(lastChar), punctuation(after));
        char before = start > 0 ? doc.text.charAt(start - 1) : ' ';
        out[n++] = TokenHash.key(117, punctuation(before), 0);
        if (first < size) {
            int sentence = doc.sentenceOf[first];
            var s = doc.sentences.get(sentence);
            long coverage = (long) (last - first + 1) * 4 / Math.max(1, s.tokenCount());
            out[n++] = TokenHash.key(118, Math.min(coverage, 4), 0);
            String lastOfSentence = doc.tokens.get(s.endToken() - 1).form();
            out[n++] = TokenHash.key(119, lastOfSentence.equals("?") ? 1 : lastOfSentence.equals("!") ? 2 : 0, 0);
        }
        return Arrays.copyOf(out, n);
    }

    private static long punctuation(char c) {
        return switch (c) {
            case '?', '!', '"', '\'', '“', '”', ':', '(', ')' -> c;
            default -> Character.isLetterOrDigit(c) ? 1 : 0;
        };
    }
}
