package org.lede.framing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Training-time weights of a {@link LinearModel}, learned with the averaged perceptron (Collins 2002): each
 * mistake adds the gold label's features and subtracts the predicted one's, and the model is the average of
 * the weights over all steps, which generalises far better than the last weights. The average is kept
 * with the usual trick: beside each weight, the sum of its updates times the step they happened at.
 */
final class AveragedPerceptron {
    private final int labels;
    private final Map<Long, float[]> rows = new HashMap<>();
    private final float[] transitions;
    private final float[] transitionSteps;
    private final boolean[] forbidden;
    private int step = 1;

    /**
     * @param withTransitions whether label-to-label weights are learned (a sequence tagger)
     * @param forbidden       for a tagger, transitions that may never happen, indexed like the transitions
     */
    AveragedPerceptron(int labels, boolean withTransitions, boolean[] forbidden) {
        this.labels = labels;
        int size = withTransitions ? (labels + 1) * labels : 0;
        this.transitions = new float[size];
        this.transitionSteps = new float[size];
        this.forbidden = forbidden == null ? new boolean[size] : forbidden;
    }

    /** Moves on one training example; updates after this count for less in the average. */
    void tick() {
        step++;
    }

    /** Each label's current score for these features, added to {@code scores[offset …]}. */
    void addScores(long[] features, int count, float[] scores, int offset) {
        for (int f = 0; f < count; f++) {
            float[] row = rows.get(features[f]);
            if (row != null) {
                for (int label = 0; label < labels; label++) {
                    scores[offset + label] += row[label];
                }
            }
        }
    }

    void update(long[] features, int count, int label, float delta) {
        for (int f = 0; f < count; f++) {
            float[] row = rows.computeIfAbsent(features[f], k -> new float[2 * labels]);
            row[label] += delta;
            row[labels + label] += step * delta;
        }
    }

    void updateTransition(int previous, int label, float delta) {
        int at = (previous + 1) * labels + label;
        transitions[at] += delta;
        transitionSteps[at] += step * delta;
    }

    /** The current (not averaged) transitions, forbidden ones at negative infinity, for decoding in training. */
    float[] currentTransitions() {
        float[] t = transitions.clone();
        for (int i = 0; i < t.length; i++) {
            if (forbidden[i]) {
                t[i] = Float.NEGATIVE_INFINITY;
            }
        }
        return t;
    }

    /**
     * The averaged model, keeping only rows whose features {@code keep} accepts: features seen once in
     * training carry no weight worth shipping.
     */
    LinearModel averaged(java.util.function.LongPredicate keep) {

        List<Long> kept = new ArrayList<>();
        for (Long key : rows.keySet()) {
            if (keep.test(key)) {
                kept.add(key);
            }
        }
        long[] keys = new long[kept.size()];
        float[] weights = new float[keys.length * labels];
        for (int r = 0; r < keys.length; r++) {
            keys[r] = kept.get(r);
            float[] row = rows.get(keys[r]);
            for (int label = 0; label < labels; label++) {
                weights[r * labels + label] = row[label] - row[labels + label] / step;
            }
        }
        float[] t = new float[transitions.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = forbidden[i] ? Float.NEGATIVE_INFINITY : transitions[i] - transitionSteps[i] / step;
        }
        return new LinearModel(labels, keys, weights, t);
    }
}
