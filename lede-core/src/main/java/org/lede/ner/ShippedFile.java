package org.lede.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/** The word lists and tables shipped in the jar: gzipped UTF-8 text, one entry a line. */
final class ShippedFile {
    private ShippedFile() {
    }

    /** Turns the gzipped bytes of one file into what it holds. */
    interface Parser<T> {
        T read(InputStream gzipped) throws IOException;
    }

    /**
     * Reads a file from the classpath with {@code parser}; a missing or unreadable file is an error of the
     * build, named with {@code what} it should hold.
     */
    static <T> T read(String resource, String what, Parser<T> parser) {
        try (InputStream in = ShippedFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " (" + what + ") is missing from the classpath");
            }
            return parser.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what + " " + resource, e);
        }
    }

    /** The lines of gzipped UTF-8 text, read in large blocks. */
    static BufferedReader lines(InputStream gzipped) throws IOException {
        return new BufferedReader(
                new InputStreamReader(new GZIPInputStream(gzipped, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
    }
}
