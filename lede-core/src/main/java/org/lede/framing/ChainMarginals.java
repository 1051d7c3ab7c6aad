package org.lede.framing;

/**
 * Forward-backward over a linear chain: each token's label probabilities, and the expected count of each
 * label-to-label transition, under emission and transition scores read as log-potentials. Computed with
 * probabilities scaled position by position rather than logarithms, so that a token costs a few
 * exponentials (its emissions'), not one per label pair: the tagger runs on every token of every article.
 */
final class ChainMarginals {
    private ChainMarginals() {
    }

    /**
     * @param emission    n × labels scores, token-major
     * @param transitions (labels + 1) × labels scores, row 0 the sentence start; negative infinity forbids a pair
     * @param marginals   filled with n × labels probabilities, each token's summing to 1
     * @param pairs       null, or added to: the expected count of each transition, indexed as {@code transitions}
     */
    static void compute(float[] emission, int n, int labels, float[] transitions, double[] marginals, double[] pairs) {
        if (n == 0) {
            return;
        }
        double[] potential = new double[transitions.length];
        for (int t = 0; t < transitions.length; t++) {
            potential[t] = Math.exp(transitions[t]);
        }
        double[] local = new double[n * labels];
        for (int i = 0; i < n; i++) {
            float max = Float.NEGATIVE_INFINITY;
            for (int y = 0; y < labels; y++) {
                max = Math.max(max, emission[i * labels + y]);
            }
            for (int y = 0; y < labels; y++) {
                local[i * labels + y] = Math.exp(emission[i * labels + y] - max);
            }
        }
        double[] alpha = new double[n * labels];
        double[] beta = new double[n * labels];
        for (int y = 0; y < labels; y++) {
            alpha[y] = potential[y] * local[y];
        }
        normalise(alpha, 0, labels);
        for (int i = 1; i < n; i++) {
            for (int y = 0; y < labels; y++) {
                double sum = 0;
                for (int p = 0; p < labels; p++) {
                    sum += alpha[(i - 1) * labels + p] * potential[(p + 1) * labels + y];
                }
                alpha[i * labels + y] = sum * local[i * labels + y];
            }
            normalise(alpha, i * labels, labels);
        }
        java.util.Arrays.fill(beta, (n - 1) * labels, n * labels, 1);
        for (int i = n - 2; i >= 0; i--) {
            for (int y = 0; y < labels; y++) {
                double sum = 0;
                for (int next = 0; next < labels; next++) {
                    sum += potential[(y + 1) * labels + next] * local[(i + 1) * labels + next]
                            * beta[(i + 1) * labels + next];
                }
                beta[i * labels + y] = sum;
            }
            normalise(beta, i * labels, labels);
        }
        for (int i = 0; i < n * labels; i++) {
            marginals[i] = alpha[i] * beta[i];
        }
        for (int i = 0; i < n; i++) {
            normalise(marginals, i * labels, labels);
        }
        if (pairs != null) {
            for (int y = 0; y < labels; y++) {
                pairs[y] += marginals[y];
            }
            double[] joint = new double[labels * labels];
            for (int i = 1; i < n; i++) {
                for (int p = 0; p < labels; p++) {
                    for (int y = 0; y < labels; y++) {
                        joint[p * labels + y] = alpha[(i - 1) * labels + p] * potential[(p + 1) * labels + y]
                                * local[i * labels + y] * beta[i * labels + y];
                    }
                }
                normalise(joint, 0, joint.length);
                for (int p = 0; p < labels; p++) {
                    for (int y = 0; y < labels; y++) {
                        pairs[(p + 1) * labels + y] += joint[p * labels + y];
                    }
                }
            }
        }
    }

    /** Scales {@code values[from, from + count)} to sum to 1 (left as they are if they are all 0). */
    private static void normalise(double[] values, int from, int count) {
        double sum = 0;
        for (int i = from; i < from + count; i++) {
            sum += values[i];
        }
        if (sum > 0) {
            for (int i = from; i < from + count; i++) {
                values[i] /= sum;
            }
        }
    }
}
