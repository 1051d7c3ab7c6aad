package org.lede.ner;

import java.util.stream.IntStream;

/** Best-path decoding over BIO labels that never lets an I tag continue anything but its own type. */
final class Viterbi {
    /**
     * For each label, the labels that may precede it, ascending (so ties go to the lowest, as they
     * always have): an I tag has two, its own B and I, so most of the 9 × 9 pairs are never scored.
     */
    private static final int[][] PREVIOUS = allowedPrevious();

    private Viterbi() {
    }

    private static int[][] allowedPrevious() {
        int labels = BioLabels.count();
        int[][] previous = new int[labels][];
        for (int label = 0; label < labels; label++) {
            int finalLabel = label;
            previous[label] = IntStream.range(0, labels)
                    .filter(p -> BioLabels.allowed(p, finalLabel)).toArray();
        }
        return previous;
    }

    /**
     * @param emission    n * labels scores, token-major
     * @param transitions (labels + 1) * labels scores; row 0 is the sentence start
     */
    static int[] decode(float[] emission, int n, float[] transitions) {
        int labels = BioLabels.count();
        int[] best = new int[n];
        if (n == 0) {
            return best;
        }
        float[] score = new float[n * labels];
        int[] back = new int[n * labels];
        for (int label = 0; label < labels; label++) {
            score[label] = BioLabels.allowed(-1, label)
                    ? emission[label] + transitions[label] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            for (int label = 0; label < labels; label++) {
                float top = Float.NEGATIVE_INFINITY;
                int from = 0;
                for (int previous : PREVIOUS[label]) {
                    float s = score[(i - 1) * labels + previous] + transitions[(previous + 1) * labels + label];
                    if (s > top) {
                        top = s;
                        from = previous;
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
