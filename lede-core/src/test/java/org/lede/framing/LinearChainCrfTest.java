package org.lede.framing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinearChainCrfTest {
    private static final int O = SpanTagger.O;
    private static final int B = SpanTagger.B;
    private static final int I = SpanTagger.I;
    private static final int LABELS = SpanTagger.LABELS;

    /** Steps along the gradient of one sentence's gold tags, each token with its own feature and a shared one. */
    private static LinearChainCrf trained(int[] gold, int steps) {
        LinearChainCrf crf = new LinearChainCrf(LABELS, SpanTagger.forbiddenTransitions(), key -> key != 99, 0.1f);
        int n = gold.length;
        int[][] rows = new int[n][2];
        for (int i = 0; i < n; i++) {
            crf.rows(new long[] {100 + i, 99}, 2, 1, rows[i]);
        }
        for (int step = 0; step < steps; step++) {
            float[] emission = new float[n * LABELS];
            for (int i = 0; i < n; i++) {
                crf.addScores(rows[i], 2, emission, i * LABELS);
            }
            float[] transitions = crf.currentTransitions();
            double[] gradient = new double[n * LABELS];
            double[] transitionGradient = new double[transitions.length];
            ChainMarginals.compute(emission, n, LABELS, transitions, gradient, transitionGradient);
            for (int i = 0; i < n; i++) {
                gradient[i * LABELS + gold[i]] -= 1;
                transitionGradient[(i == 0 ? 0 : gold[i - 1] + 1) * LABELS + gold[i]] -= 1;
                crf.addGradient(rows[i], 2, gradient, i * LABELS);
            }
            crf.step(transitionGradient);
        }
        return crf;
    }

    @Test
    void stepsAlongTheGradientMakeTheGoldTagsTheMostProbable() {
        int[] gold = {O, B, I, O};
        LinearModel model = trained(gold, 50).model();
        float[] emission = new float[gold.length * LABELS];
        for (int i = 0; i < gold.length; i++) {
            model.addScores(new long[] {100 + i, 99}, 2, emission, i * LABELS);
        }
        double[] marginals = model.marginals(emission, gold.length);
        for (int i = 0; i < gold.length; i++) {
            assertThat(marginals[i * LABELS + gold[i]]).as("token %d", i).isGreaterThan(0.8);
        }
        assertThat(model.size()).isEqualTo(gold.length); // the feature not kept has no row
    }

    @Test
    void theModelsRowsAreInKeyOrderWhateverOrderTheyWereMetIn() {
        LinearChainCrf crf = new LinearChainCrf(LABELS, SpanTagger.forbiddenTransitions(), key -> true, 0.1f);
        crf.rows(new long[] {900, 7, 42}, 3, 1, new int[3]);
        LinearChainCrf other = new LinearChainCrf(LABELS, SpanTagger.forbiddenTransitions(), key -> true, 0.1f);
        other.rows(new long[] {42, 900, 7}, 3, 1, new int[3]);
        java.io.ByteArrayOutputStream first = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream second = new java.io.ByteArrayOutputStream();
        try {
            crf.model().writeTo(new java.io.DataOutputStream(first));
            other.model().writeTo(new java.io.DataOutputStream(second));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertThat(first.toByteArray()).isEqualTo(second.toByteArray());
    }
}
