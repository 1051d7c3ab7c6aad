package org.lede.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.lede.io.AtomicFile;

/**
 * The entity tagger's trained weights: two linear-chain passes. The first tags each sentence from its own
 * words; the second sees the same features plus what the first pass made of the same words elsewhere in
 * the document. Immutable, so one instance serves many threads.
 *
 * <p>File format: gzip of magic {@code LEDENER}, format version, then the two passes.
 */
public final class NerModel {
    private static final String MAGIC = "LEDENER";
    private static final int VERSION = 3;

    private final LinearChainModel firstPass;
    private final LinearChainModel secondPass;

    NerModel(LinearChainModel firstPass, LinearChainModel secondPass) {
        this.firstPass = firstPass;
        this.secondPass = secondPass;
    }

    LinearChainModel firstPass() {
        return firstPass;
    }

    LinearChainModel secondPass() {
        return secondPass;
    }

    /** Feature rows with weights, both passes together, for reports. */
    public int size() {
        return firstPass.size() + secondPass.size();
    }

    public void save(Path file) throws IOException {
        AtomicFile.write(file, this::write);
    }

    public void write(OutputStream stream) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(new BufferedOutputStream(stream, 1 << 16), 1 << 16);
        DataOutputStream out = new DataOutputStream(gzip);
        out.writeUTF(MAGIC);
        out.writeInt(VERSION);
        firstPass.writeTo(out);
        secondPass.writeTo(out);
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
        DataInputStream in = new DataInputStream(
                new BufferedInputStream(new GZIPInputStream(stream, 1 << 16), 1 << 16));
        if (!MAGIC.equals(in.readUTF())) {
            throw new IOException("not a Lede NER model");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("NER model format " + version + ", this Lede reads format " + VERSION);
        }
        return new NerModel(LinearChainModel.readFrom(in), LinearChainModel.readFrom(in));
    }
}
