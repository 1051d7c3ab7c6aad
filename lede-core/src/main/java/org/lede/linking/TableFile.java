package org.lede.linking;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/** Reads the gzipped tab-separated link tables shipped under {@code org/lede/models/}. */
final class TableFile {
    static final String FOLDER = "org/lede/models/";

    private TableFile() {
    }

    /** Calls {@code row} with the columns of every line of the shipped table {@code name}. */
    static void read(String name, Consumer<String[]> row) {
        String resource = FOLDER + name;
        try (InputStream in = TableFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("link table " + resource + " is missing from the classpath");
            }
            read(in, row);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read link table " + resource, e);
        }
    }

    /** Calls {@code row} with the columns of every line of a table file, e.g. one just built. */
    static void read(Path file, Consumer<String[]> row) {
        try (InputStream in = Files.newInputStream(file)) {
            read(in, row);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read link table " + file, e);
        }
    }

    private static void read(InputStream gzipped, Consumer<String[]> row) throws IOException {
        BufferedReader reader = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(gzipped, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
        String line;
        while ((line = reader.readLine()) != null) {
            row.accept(line.split("\t", -1));
        }
    }

    /**
     * Files {@code value} under {@code key}, once. The lists stay immutable and as small as they can be:
     * nearly every name has one entry, and the tables hold over a hundred thousand names.
     */
    static <T> void index(Map<String, List<T>> index, String key, T value) {
        List<T> values = index.get(key);
        if (values == null) {
            index.put(key, List.of(value));
        } else if (!values.contains(value)) {
            List<T> grown = new ArrayList<>(values);
            grown.add(value);
            index.put(key, List.copyOf(grown));
        }
    }

    /** The '|'-separated entries of a column; an empty column has none. */
    static String[] list(String column) {
        return column.isEmpty() ? new String[0] : column.split("\\|");
    }
}
