package org.lede.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Rows of label weights on a 16-bit grid, as the linear models store them (the entity tagger's two passes and
 * the framing models): each weight is a short times one grid step, the largest weight mapping to the largest
 * short. Sixteen bits are ample precision for perceptron weights and halve the files.
 *
 * <p>Serialised as: row count, the row keys as longs, the grid step, then the weights as shorts (labels of one
 * row together); big-endian. The label count is the caller's to store, before the rows.
 *
 * @param keys      one feature key per row
 * @param step      the grid step
 * @param quantised the weights as multiples of {@code step}, row-major
 */
public record QuantisedRows(long[] keys, float step, short[] quantised) {

    /** The weights snapped to the grid their largest one sets. */
    public static QuantisedRows of(long[] keys, float[] weights) {
        float step = stepOf(weights);
        short[] quantised = new short[weights.length];
        for (int i = 0; i < weights.length; i++) {
            quantised[i] = (short) Math.round(weights[i] / step);
        }
        return new QuantisedRows(keys, step, quantised);
    }

    /** The step of the 16-bit grid for these weights: the largest maps to the largest short. */
    public static float stepOf(float[] weights) {
        float largest = 0;
        for (float w : weights) {
            largest = Math.max(largest, Math.abs(w));
        }
        return largest == 0 ? 1 : largest / Short.MAX_VALUE;
    }

    /** The weights as floats: each short times the step. */
    public float[] weights() {
        float[] weights = new float[quantised.length];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = quantised[i] * step;
        }
        return weights;
    }

    public void writeTo(DataOutputStream out) throws IOException {
        out.writeInt(keys.length);
        ByteBuffer buffer = ByteBuffer.allocate(keys.length * Long.BYTES);
        buffer.asLongBuffer().put(keys);
        out.write(buffer.array());
        out.writeFloat(step);
        buffer = ByteBuffer.allocate(quantised.length * Short.BYTES);
        buffer.asShortBuffer().put(quantised);
        out.write(buffer.array());
    }

    /** Reads rows of {@code labels} weights each, as {@link #writeTo} wrote them. */
    public static QuantisedRows readFrom(DataInputStream in, int labels) throws IOException {
        int rowCount = in.readInt();
        long[] keys = new long[rowCount];
        ByteBuffer.wrap(readBytes(in, rowCount * Long.BYTES)).asLongBuffer().get(keys);
        float step = in.readFloat();
        short[] quantised = new short[rowCount * labels];
        ByteBuffer.wrap(readBytes(in, quantised.length * Short.BYTES)).asShortBuffer().get(quantised);
        return new QuantisedRows(keys, step, quantised);
    }

    private static byte[] readBytes(DataInputStream in, int count) throws IOException {
        byte[] bytes = new byte[count];
        in.readFully(bytes);
        return bytes;
    }
}
