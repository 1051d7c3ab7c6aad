package org.lede.framing;

import java.util.Arrays;
import java.util.function.LongPredicate;
import org.lede.ner.LongIntMap;

/**
 * Training-time weights of a {@link LinearModel} tagger, learned as a linear-chain conditional random field:
 * each sentence moves the weights against the gradient of its gold tags' negative log-likelihood (the
 * forward-backward marginals minus the gold counts), one AdaGrad step per sentence. Unlike the perceptron,
 * which learns only from its mistakes, it learns from every sentence how sure to be, so that its
 * probabilities can be thresholded.
 *
 * <p>Each row has a step of its own, given when the row is made, relative to the learning rate: a group of
 * features that every token has (the sentence's words, the word's vector) learns more slowly than its own
 * word, as scaling the group's feature values would. Only features {@code keep} accepts get a row.
 */
final class LinearChainCrf {
    private final int labels;
    private final LongPredicate keep;
    private final float rate;
    private final LongIntMap rowOf = new LongIntMap(1 << 16);
    private long[] keys = new long[0];
    private float[] steps = new float[0];
    /** Row r's weights at {@code weights[r * labels …]}; beside them their squared gradients and pending gradient. */
    private float[] weights = new float[0];
    private float[] squares = new float[0];
    private float[] gradient = new float[0];
    /** The sentence at which each row's gradient was last touched, so that {@link #touched} holds it once. */
    private int[] stamps = new int[0];
    private int[] touched = new int[256];
    private int touchedCount;
    private int sentence = 1;
    private int rows;
    private final float[] transitions;
    private final float[] transitionSquares;
    private final boolean[] forbidden;

    /** @param forbidden transitions that may never happen, indexed like the transitions */
    LinearChainCrf(int labels, boolean[] forbidden, LongPredicate keep, float rate) {
        this.labels = labels;
        this.keep = keep;
        this.rate = rate;
        this.transitions = new float[(labels + 1) * labels];
        this.transitionSquares = new float[transitions.length];
        this.forbidden = forbidden;
    }

    /** Writes the rows of these features into {@code out}, making those not met yet; -1 for a feature not kept. */
    void rows(long[] features, int count, float step, int[] out) {
        for (int f = 0; f < count; f++) {
            out[f] = keep.test(features[f]) ? rowFor(features[f], step) : -1;
        }
    }

    private int rowFor(long key, float step) {
        int row = rowOf.get(key, -1);
        if (row < 0) {
            row = rows++;
            rowOf.put(key, row);
            if (rows > keys.length) {
                keys = Arrays.copyOf(keys, Math.max(1024, 2 * keys.length));
                steps = Arrays.copyOf(steps, keys.length);
                stamps = Arrays.copyOf(stamps, keys.length);
                weights = Arrays.copyOf(weights, keys.length * labels);
                squares = Arrays.copyOf(squares, keys.length * labels);
                gradient = Arrays.copyOf(gradient, keys.length * labels);
            }
            keys[row] = key;
            steps[row] = step;
        }
        return row;
    }

    /** Adds each label's current score for these rows to {@code scores[offset …]}. */
    void addScores(int[] rowIds, int count, float[] scores, int offset) {
        for (int f = 0; f < count; f++) {
            int row = rowIds[f];
            if (row >= 0) {
                for (int label = 0; label < labels; label++) {
                    scores[offset + label] += weights[row * labels + label];
                }
            }
        }
    }

    /** Adds {@code g[offset + label]} to the pending gradient of each of these rows. */
    void addGradient(int[] rowIds, int count, double[] g, int offset) {
        for (int f = 0; f < count; f++) {
            int row = rowIds[f];
            if (row < 0) {
                continue;
            }
            if (stamps[row] != sentence) {
                stamps[row] = sentence;
                if (touchedCount == touched.length) {
                    touched = Arrays.copyOf(touched, 2 * touchedCount);
                }
                touched[touchedCount++] = row;
            }
            for (int label = 0; label < labels; label++) {
                gradient[row * labels + label] += (float) g[offset + label];
            }
        }
    }

    /**
     * One AdaGrad step of the rows given a gradient since the last step, and of the transitions along
     * {@code transitionGradient}; the sentence is done.
     */
    void step(double[] transitionGradient) {
        for (int t = 0; t < touchedCount; t++) {
            int row = touched[t];
            for (int at = row * labels; at < (row + 1) * labels; at++) {
                float g = gradient[at];
                gradient[at] = 0;
                squares[at] += g * g;
                if (squares[at] > 0) {
                    weights[at] -= rate * steps[row] * g / (float) Math.sqrt(squares[at]);
                }
            }
        }
        touchedCount = 0;
        sentence++;
        for (int i = 0; i < transitions.length; i++) {
            if (!forbidden[i]) {
                float g = (float) transitionGradient[i];
                transitionSquares[i] += g * g;
                if (transitionSquares[i] > 0) {
                    transitions[i] -= rate * g / (float) Math.sqrt(transitionSquares[i]);
                }
            }
        }
    }

    /** The current transitions, forbidden ones at negative infinity. */
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
     * The current weights as a model, rows in key order so that the file does not depend on the order
     * features were met.
     */
    LinearModel model() {
        long[] sorted = Arrays.copyOf(keys, rows);
        Arrays.sort(sorted);
        float[] w = new float[rows * labels];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(weights, rowOf.get(sorted[r], -1) * labels, w, r * labels, labels);
        }
        return new LinearModel(labels, sorted, w, currentTransitions());
    }
}
