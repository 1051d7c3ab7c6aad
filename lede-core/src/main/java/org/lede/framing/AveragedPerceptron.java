package org.lede.framing;

import java.util.Arrays;
import java.util.List;
import org.lede.ner.LongIntMap;

/**
 * Training-time weights of a {@link LinearModel}, learned with the averaged perceptron (Collins 2002): each
 * mistake adds the gold label's features and subtracts the predicted one's, and the model is the average of
 * the weights over all steps, which generalises far better than the last weights. The average is kept
 * with the usual trick: beside each weight, the sum of its updates times the step they happened at.
 *
 * <p>Rows are found through a map of primitive keys to row numbers and kept in one growing array: training
 * looks up every feature of every token of every epoch, and boxing each key for a {@code HashMap} was most
 * of the framing trainer's time.
 */
final class AveragedPerceptron {
    private final int labels;
    private final LongIntMap rowOf = new LongIntMap(1 << 16);
    /** Row r's weights at {@code values[r * 2 * labels …]}, then its step-weighted update sums. */
    private float[] values = new float[0];
    private long[] keys = new long[0];
    private int rows;
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
            int row = rowOf.get(features[f], -1);
            if (row >= 0) {
                int at = row * 2 * labels;
                for (int label = 0; label < labels; label++) {
                    scores[offset + label] += values[at + label];
                }
            }
        }
    }

    void update(long[] features, int count, int label, float delta) {
        for (int f = 0; f < count; f++) {
            int at = rowFor(features[f]) * 2 * labels;
            values[at + label] += delta;
            values[at + labels + label] += step * delta;
        }
    }

    /** The row of a feature, made (all zero) if it has none yet. */
    private int rowFor(long key) {
        int row = rowOf.get(key, -1);
        if (row < 0) {
            row = rows++;
            rowOf.put(key, row);
            if (rows > keys.length) {
                keys = Arrays.copyOf(keys, Math.max(1024, 2 * keys.length));
                values = Arrays.copyOf(values, keys.length * 2 * labels);
            }
            keys[row] = key;
        }
        return row;
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
     * The averaged model, keeping only rows whose features {@code keep} accepts: a tagger's rare features
     * carry no weight worth their lookups.
     */
    LinearModel averaged(java.util.function.LongPredicate keep) {
        return mean(List.of(this), keep);
    }

    /**
     * One model whose weights are the mean of several perceptrons' averaged weights (a row one of them never
     * made counts as zeros there), keeping only rows whose features {@code keep} accepts. Perceptrons trained
     * on the same examples in different orders make different mistakes; their mean is a steadier model than
     * any one of them, and as one table it costs nothing more to use.
     */
    static LinearModel mean(List<AveragedPerceptron> perceptrons, java.util.function.LongPredicate keep) {
        AveragedPerceptron first = perceptrons.get(0);
        int labels = first.labels;
        // In key order, so that the file written does not depend on the order features were first met.
        long[] kept = distinct(perceptrons.stream().flatMapToLong(p -> Arrays.stream(p.keys, 0, p.rows))
                .filter(keep).sorted().toArray());
        float[] weights = new float[kept.length * labels];
        float[] t = new float[first.transitions.length];
        for (AveragedPerceptron p : perceptrons) {
            for (int r = 0; r < kept.length; r++) {
                int row = p.rowOf.get(kept[r], -1);
                if (row >= 0) {
                    int at = row * 2 * labels;
                    for (int label = 0; label < labels; label++) {
                        weights[r * labels + label] += p.values[at + label] - p.values[at + labels + label] / p.step;
                    }
                }
            }
            for (int i = 0; i < t.length; i++) {
                t[i] += p.transitions[i] - p.transitionSteps[i] / p.step;
            }
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] /= perceptrons.size();
        }
        for (int i = 0; i < t.length; i++) {
            t[i] = first.forbidden[i] ? Float.NEGATIVE_INFINITY : t[i] / perceptrons.size();
        }
        return new LinearModel(labels, kept, weights, t);
    }

    /** A sorted array without its repeats (a stream's distinct() would box every key). */
    private static long[] distinct(long[] sorted) {
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (n == 0 || sorted[i] != sorted[n - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }
}
