package org.lede.ner;

import java.util.function.BiPredicate;
import java.util.stream.IntStream;

/**
 * Best-path decoding of a linear-chain model over the label pairs a tagging scheme allows: the entity
 * tagger's BIO scheme, where an I tag continues only its own type, or any pair at all, as the framing
 * stage's span tagger decodes.
 */
public final class Viterbi {
    /** The entity tagger's BIO labels: an I tag follows only its own B or I, and never opens a sentence. */
    static final Viterbi BIO = new Viterbi(BioLabels.count(), BioLabels::allowed);

    private final int labels;
    /**
     * For each label, the labels that may precede it, ascending (so ties go to the lowest, as they always
     * have): with BIO an I tag has two, so most of the 9 × 9 pairs are never scored.
     */
    private final int[][] previous;
    private final boolean[] opens;

    /** @param allowed whether a label (-1: the sentence start) may precede another */
    private Viterbi(int labels, BiPredicate<Integer, Integer> allowed) {
        this.labels = labels;
        previous = new int[labels][];
        opens = new boolean[labels];
        for (int label = 0; label < labels; label++) {
            int to = label;
            previous[label] = IntStream.range(0, labels).filter(p -> allowed.test(p, to)).toArray();
            opens[label] = allowed.test(-1, label);
        }
    }

    /** A decoder over this many labels in which any label may follow any other. */
    public static Viterbi unconstrained(int labels) {
        return new Viterbi(labels, (from, to) -> true);
    }

    /**
     * @param emission    n * labels scores, token-major
     * @param transitions (labels + 1) * labels scores; row 0 is the sentence start
     */
    public int[] decode(float[] emission, int n, float[] transitions) {
        int[] best = new int[n];
        if (n == 0) {
            return best;
        }
        float[] score = new float[n * labels];
        int[] back = new int[n * labels];
        for (int label = 0; label < labels; label++) {
            score[label] = opens[label] ? emission[label] + transitions[label] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            for (int label = 0; label < labels; label++) {
                float top = Float.NEGATIVE_INFINITY;
                int from = 0;
                for (int p : previous[label]) {
                    float s = score[(i - 1) * labels + p] + transitions[(p + 1) * labels + label];
                    if (s > top) {
                        top = s;
                        from = p;
                    }
                }
                score[i * labels + label] = top + emission[i * labels + label];
                back[i * labels + label] = from;
            }
        }
        int last = 0;
        for (int label = 1; label < labels; label++) {
            if (score[(n - 1) * labels + label] > score[(n - 1) * labels + last]) {
                last = label;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            best[i] = last;
            last = back[i * labels + last];
        }
        return best;
    }
}
