package org.lede.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the word lists stages ship as class-path resources: one entry a line, its fields separated by
 * white space, lines starting with {@code #} and blank lines skipped, everything lower case.
 */
public final class WordLists {

    private WordLists() {
    }

    /** The lines of a resource ({@code /org/lede/…}) split into fields. */
    public static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    rows.add(trimmed.toLowerCase(Locale.ROOT).split("\\s+"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }

    /** The first field of every line of a resource. */
    public static Set<String> words(String resource) {
        Set<String> words = new HashSet<>();
        for (String[] row : rows(resource)) {
            words.add(row[0]);
        }
        return Set.copyOf(words);
    }
}
