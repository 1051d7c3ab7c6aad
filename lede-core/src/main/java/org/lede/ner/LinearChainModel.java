package org.lede.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The weights of a linear-chain tagger over {@link BioLabels}: one row of label weights per feature key,
 * and label-to-label transition weights. Decoding is Viterbi with BIO well-formedness enforced (an I tag
 * only continues a name of its own type). Immutable, so one instance serves many threads.
 *
 * <p>Serialised as: label count, the rows as {@link QuantisedRows}, then the transitions as floats;
 * big-endian, inside {@link NerModel}'s gzipped file.
 */
final class LinearChainModel {
    private final int labels;
    private final long[] keys;
    /**
     * Key to row, for {@link #decode(long[][])}: built on first use, since only training and its scoring
     * decode this way, and tagging reads {@link TwoPassWeights} instead, so a start saves building it.
     */
    private volatile LongIntMap rows;
    /** The weights as the 16-bit integers that, times {@link #step}, give them (as the file stores them). */
    private final short[] quantised;
    /** The grid step. */
    private final float step;
    /** transitions[(previous + 1) * labels + label]; previous -1 is the sentence start. */
    private final float[] transitions;

    private LinearChainModel(long[] keys, short[] quantised, float step, float[] transitions) {
        this.labels = BioLabels.count();
        if (quantised.length != keys.length * labels || transitions.length != (labels + 1) * labels) {
            throw new IllegalArgumentException("weights do not fit " + keys.length + " rows of " + labels + " labels");
        }
        this.keys = keys;
        this.quantised = quantised;
        this.step = step;
        this.transitions = transitions;
    }

    private LongIntMap rows() {
        LongIntMap built = rows;
        if (built == null) {
            synchronized (this) {
                built = rows;
                if (built == null) {
                    built = new LongIntMap(keys.length);
                    for (int row = 0; row < keys.length; row++) {
                        built.put(keys[row], row);
                    }
                    rows = built;
                }
            }
        }
        return built;
    }

    /** The weights as floats: each 16-bit integer times the grid step. */
    private float[] weights() {
        float[] weights = new float[quantised.length];
        for (int i = 0; i < quantised.length; i++) {
            weights[i] = (float) quantised[i] * step;
        }
        return weights;
    }

    /**
     * A model whose weights are snapped to the 16-bit grid the file stores them on, so that what training
     * scores on the development set is exactly what ships and what loads.
     */
    static LinearChainModel rounded(long[] keys, float[] weights, float[] transitions) {
        QuantisedRows rows = QuantisedRows.of(keys, weights);
        return new LinearChainModel(keys, rows.quantised(), rows.step(), transitions);
    }

    /** The number of feature rows. */
    int size() {
        return keys.length;
    }

    /** The key of a feature row. */
    long keyAt(int row) {
        return keys[row];
    }

    /**
     * Copies the label weights of a feature row to {@code into[at, at + labels)} as the 16-bit integers
     * that, times {@link #step()}, give them exactly.
     */
    void copyQuantisedRow(int row, short[] into, int at) {
        System.arraycopy(quantised, row * labels, into, at, labels);
    }

    /** The grid step of the weights. */
    float step() {
        return step;
    }

    /** The best label sequence for a sentence given each token's feature keys. */
    int[] decode(long[][] features) {
        int n = features.length;
        LongIntMap rowOf = rows();
        float[] emission = new float[n * labels];
        for (int i = 0; i < n; i++) {
            int at = i * labels;
            for (long key : features[i]) {
                int row = rowOf.get(key, -1);
                if (row >= 0) {
                    int base = row * labels;
                    for (int label = 0; label < labels; label++) {
                        emission[at + label] += (float) quantised[base + label] * step;
                    }
                }
            }
        }
        return decode(emission, n);
    }

    /** The best label sequence for {@code n} tokens given their summed label weights, token-major. */
    int[] decode(float[] emission, int n) {
        return Viterbi.BIO.decode(emission, n, transitions);
    }

    void writeTo(DataOutputStream out) throws IOException {
        out.writeInt(labels);
        QuantisedRows.of(keys, weights()).writeTo(out);
        ByteBuffer buffer = ByteBuffer.allocate(transitions.length * Float.BYTES);
        buffer.asFloatBuffer().put(transitions);
        out.write(buffer.array());
    }

    static LinearChainModel readFrom(DataInputStream in) throws IOException {
        int labelCount = in.readInt();
        if (labelCount != BioLabels.count()) {
            throw new IOException("NER model has " + labelCount + " labels, expected " + BioLabels.count());
        }
        QuantisedRows rows = QuantisedRows.readFrom(in, labelCount);
        float[] transitions = new float[(labelCount + 1) * labelCount];
        byte[] bytes = new byte[transitions.length * Float.BYTES];
        in.readFully(bytes);
        ByteBuffer.wrap(bytes).asFloatBuffer().get(transitions);
        return new LinearChainModel(rows.keys(), rows.quantised(), rows.step(), transitions);
    }
}
