package org.lede.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The weights of a linear-chain tagger over {@link BioLabels}: one row of label weights per feature key,
 * and label-to-label transition weights. Decoding is Viterbi with BIO well-formedness enforced (an I tag
 * only continues a name of its own type). Immutable, so one instance serves many threads.
 *
 * <p>File format (gzipped, big-endian): magic {@code LEDENER}, format version, label count, row count,
 * the row keys as longs, the row weights as floats (label-major within a row), then the transitions.
 */
public final class NerModel {
    private static final String MAGIC = "LEDENER";
    private static final int VERSION = 1;

    private final int labels;
    private final long[] keys;
    private final LongIntMap rows;
    private final float[] weights;
    /** transitions[(previous + 1) * labels + label]; previous -1 is the sentence start. */
    private final float[] transitions;

    NerModel(long[] keys, float[] weights, float[] transitions) {
        this.labels = BioLabels.count();
        if (weights.length != keys.length * labels || transitions.length != (labels + 1) * labels) {
            throw new IllegalArgumentException("weights do not fit " + keys.length + " rows of " + labels + " labels");
        }
        this.keys = keys;
        this.weights = weights;
        this.transitions = transitions;
        this.rows = new LongIntMap(keys.length);
        for (int row = 0; row < keys.length; row++) {
            rows.put(keys[row], row);
        }
    }

    /** The number of feature rows, for reports. */
    public int size() {
        return keys.length;
    }

    /** The best label sequence for a sentence given each token's feature keys. */
    int[] decode(long[][] features) {
        int n = features.length;
        float[] emission = new float[n * labels];
        for (int i = 0; i < n; i++) {
            int at = i * labels;
            for (long key : features[i]) {
                int row = rows.get(key, -1);
                if (row >= 0) {
                    int base = row * labels;
                    for (int label = 0; label < labels; label++) {
                        emission[at + label] += weights[base + label];
                    }
                }
            }
        }
        return Viterbi.decode(emission, n, transitions);
    }

    public void save(Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out);
        }
    }

    public void write(OutputStream stream) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(new BufferedOutputStream(stream, 1 << 16), 1 << 16);
        DataOutputStream out = new DataOutputStream(gzip);
        out.writeUTF(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(labels);
        out.writeInt(keys.length);
        ByteBuffer buffer = ByteBuffer.allocate(keys.length * Long.BYTES);
        buffer.asLongBuffer().put(keys);
        out.write(buffer.array());
        buffer = ByteBuffer.allocate(weights.length * Float.BYTES);
        buffer.asFloatBuffer().put(weights);
        out.write(buffer.array());
        buffer = ByteBuffer.allocate(transitions.length * Float.BYTES);
        buffer.asFloatBuffer().put(transitions);
        out.write(buffer.array());
        out.flush();
        gzip.finish();
        gzip.flush();
    }

    public static NerModel load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    public static NerModel read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(stream, 1 << 16), 1 << 16));
        if (!MAGIC.equals(in.readUTF())) {
            throw new IOException("not a Lede NER model");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("NER model format " + version + ", this Lede reads format " + VERSION);
        }
        int labelCount = in.readInt();
        if (labelCount != BioLabels.count()) {
            throw new IOException("NER model has " + labelCount + " labels, expected " + BioLabels.count());
        }
        int rowCount = in.readInt();
        long[] keys = new long[rowCount];
        ByteBuffer.wrap(readBytes(in, rowCount * Long.BYTES)).asLongBuffer().get(keys);
        float[] weights = new float[rowCount * labelCount];
        ByteBuffer.wrap(readBytes(in, weights.length * Float.BYTES)).asFloatBuffer().get(weights);
        float[] transitions = new float[(labelCount + 1) * labelCount];
        ByteBuffer.wrap(readBytes(in, transitions.length * Float.BYTES)).asFloatBuffer().get(transitions);
        return new NerModel(keys, weights, transitions);
    }

    private static byte[] readBytes(DataInputStream in, int count) throws IOException {
        byte[] bytes = new byte[count];
        in.readFully(bytes);
        return bytes;
    }
}
