package org.lede.framing;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.lede.ner.QuantisedRows;
import org.lede.ner.Viterbi;

/**
 * The weights of a linear model over hashed features: one row of label weights per feature key, and, for
 * a tagger, label-to-label transition weights. Immutable, so one instance serves many threads.
 *
 * <p>Serialised as: label count, the rows as {@link QuantisedRows}, then the transition count and the
 * transitions as floats.
 */
final class LinearModel {
    /** Filled slots stay under this share of the table, so that most lookups probe one slot. */
    private static final double MAX_LOAD = 0.67;

    private final int labels;
    private final Viterbi decoder;
    private final long[] keys;
    private final float[] weights;
    /**
     * The rows by key, open addressing: slot {@code s} starts at {@code s * stride} with the key (0: empty),
     * then the row's weights as 16-bit multiples of {@link #step}, four to a long. A feature lookup is a
     * cache miss into a table of megabytes, which is most of the stage's time: with the weights next to
     * their key it is one miss, not two (key, then a separate weight array), and a tagger's row of three
     * labels fits in 16 bytes, so a slot seldom straddles two cache lines.
     */
    private final long[] table;
    private final int stride;
    private final int mask;
    /** The grid step of the weights: every weight is exactly a 16-bit integer times it. */
    private final float step;
    /** transitions[(previous + 1) * labels + label], previous -1 being the sentence start; empty if none. */
    private final float[] transitions;

    LinearModel(int labels, long[] keys, float[] weights, float[] transitions) {
        if (weights.length != keys.length * labels
                || (transitions.length != 0 && transitions.length != (labels + 1) * labels)) {
            throw new IllegalArgumentException("weights do not fit " + keys.length + " rows of " + labels + " labels");
        }
        this.labels = labels;
        this.decoder = Viterbi.unconstrained(labels);
        this.keys = keys;
        this.step = QuantisedRows.stepOf(weights);
        this.weights = snapped(weights, step);
        this.transitions = transitions;
        this.stride = 1 + (labels + 3) / 4;
        int slots = Integer.highestOneBit((int) Math.max(16, keys.length / MAX_LOAD)) << 1;
        this.mask = slots - 1;
        this.table = new long[slots * stride];
        for (int row = 0; row < keys.length; row++) {
            int at = slotOf(keys[row]);
            table[at] = stored(keys[row]);
            java.util.Arrays.fill(table, at + 1, at + stride, 0); // a repeated key keeps its last row
            for (int label = 0; label < labels; label++) {
                long onGrid = Math.round(weights[row * labels + label] / step) & 0xFFFFL;
                table[at + 1 + label / 4] |= onGrid << (16 * (label % 4));
            }
        }
    }

    /** Key 0 would read as an empty slot; it is stored as 1, a collision of no consequence among hashes. */
    private static long stored(long key) {
        return key == 0 ? 1 : key;
    }

    /**
     * Where a key's slot starts in {@link #table}, or the empty slot where it belongs. Keys are already
     * well-mixed hashes ({@code TokenHash.key}), so their low bits pick the slot as they are.
     */
    private int slotOf(long key) {
        long k = stored(key);
        int slot = (int) k & mask;
        while (true) {
            int at = slot * stride;
            long found = table[at];
            if (found == k || found == 0) {
                return at;
            }
            slot = (slot + 1) & mask;
        }
    }

    int size() {
        return keys.length;
    }

    /** Adds each label's score for these features to {@code scores[offset …]}. */
    void addScores(long[] features, int count, float[] scores, int offset) {
        addScores(features, new int[] {count}, 1, scores, offset);
    }

    /**
     * Adds the scores of several rows of features at once: row {@code r}'s features are {@code features[
     * ends[r - 1] … ends[r])} and its label scores go to {@code scores[offset + r * labels …]}. The keys of
     * all the features' home slots are read first, in a loop whose loads depend on nothing loaded: the
     * processor then has the cache misses outstanding together instead of one after the other, and inside
     * the pipeline, where other stages' models have just evicted these tables, misses are most of the cost.
     */
    void addScores(long[] features, int[] ends, int rows, float[] scores, int offset) {
        int count = rows == 0 ? 0 : ends[rows - 1];
        long[] home = new long[count];
        for (int f = 0; f < count; f++) {
            home[f] = table[((int) stored(features[f]) & mask) * stride];
        }
        int f = 0;
        for (int row = 0; row < rows; row++) {
            int base = offset + row * labels;
            for (; f < ends[row]; f++) {
                if (home[f] == 0) {
                    continue; // the slot a key would be in is empty: no such feature
                }
                int at = slotOf(features[f]);
                if (table[at] != 0) {
                    for (int label = 0; label < labels; label++) {
                        int onGrid = (short) (table[at + 1 + (label >> 2)] >>> ((label & 3) << 4));
                        scores[base + label] += onGrid * step; // the very float snapped() computes
                    }
                }
            }
        }
    }

    /**
     * The best label sequence under the emission scores ({@code n × labels}) and the transitions; label
     * pairs whose transition is negative infinity never follow one another.
     */
    int[] viterbi(float[] emission, int n) {
        return decoder.decode(emission, n, transitions);
    }

    /** The score of {@code label} following {@code previous} (-1: the sentence start). */
    float transition(int previous, int label) {
        return transitions[(previous + 1) * labels + label];
    }

    /** Weights on the 16-bit grid the file stores, so what training measures is exactly what ships. */
    private static float[] snapped(float[] weights, float scale) {
        float[] snapped = new float[weights.length];
        for (int i = 0; i < weights.length; i++) {
            snapped[i] = Math.round(weights[i] / scale) * scale;
        }
        return snapped;
    }

    void writeTo(DataOutputStream out) throws IOException {
        out.writeInt(labels);
        QuantisedRows.of(keys, weights).writeTo(out);
        out.writeInt(transitions.length);
        for (float t : transitions) {
            out.writeFloat(t);
        }
    }

    static LinearModel readFrom(DataInputStream in) throws IOException {
        int labels = in.readInt();
        QuantisedRows rows = QuantisedRows.readFrom(in, labels);
        float[] transitions = new float[in.readInt()];
        for (int i = 0; i < transitions.length; i++) {
            transitions[i] = in.readFloat();
        }
        return new LinearModel(labels, rows.keys(), rows.weights(), transitions);
    }
}
