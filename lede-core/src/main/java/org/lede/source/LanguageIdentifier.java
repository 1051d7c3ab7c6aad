package org.lede.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Names the language of a text by the character n-grams it is made of (Cavnar and Trenkle's "N-gram-based
 * text categorization", the method of TextCat): the text's 1- to 5-grams, ranked by frequency, are compared
 * with each language's ranked profile, and the language whose ranks are least out of place wins. The
 * profiles ship in {@code models/languages.tsv.gz} ({@code lede train languages} builds it). Immutable and
 * thread-safe; {@link #shipped()} loads the profiles once per JVM.
 */
public final class LanguageIdentifier {
    public static final String MODEL_RESOURCE = "org/lede/models/languages.tsv.gz";
    /** N-grams of a text that are ranked; the profiles hold this many per language too. */
    static final int PROFILE_SIZE = 300;
    static final int MAX_GRAM = 5;
    /** Enough text to tell languages apart reliably; reading more only costs time. */
    private static final int SAMPLE_CHARS = 2000;
    /** Below this many letters a text says too little: its language is left as its source gave it. */
    private static final int MIN_LETTERS = 40;

    /** The language of each profile, by profile number; a language may have several (Serbian in two scripts). */
    private final String[] languages;
    /** For each n-gram, the profiles that hold it and its rank there, as pairs: profile, rank, profile, rank… */
    private final Map<String, int[]> postings;

    private LanguageIdentifier(List<String> languages, Map<String, int[]> postings) {
        this.languages = languages.toArray(String[]::new);
        this.postings = Map.copyOf(postings);
    }

    /** The identifier with the shipped profiles, loaded on first use. */
    public static LanguageIdentifier shipped() {
        return Shipped.INSTANCE;
    }

    /** The text's language as an ISO 639-1 code, or null when the text is too short to tell. */
    public String identify(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        if (sample.codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count() < MIN_LETTERS) {
            return null;
        }
        List<String> ranked = ranked(sample);
        // Every n-gram costs the most a profile that lacks it can cost; profiles that hold it get back the
        // difference. One look-up per n-gram, whatever the number of languages.
        long[] saved = new long[languages.length];
        for (int rank = 0; rank < ranked.size(); rank++) {
            int[] holders = postings.get(ranked.get(rank));
            if (holders != null) {
                for (int i = 0; i < holders.length; i += 2) {
                    saved[holders[i]] += PROFILE_SIZE - Math.abs(holders[i + 1] - rank);
                }
            }
        }
        int best = 0;
        for (int profile = 1; profile < saved.length; profile++) {
            if (saved[profile] > saved[best]) {
                best = profile;
            }
        }
        return languages[best];
    }

    /**
     * The text's n-grams by falling frequency, at most {@link #PROFILE_SIZE}: words are runs of letters,
     * lowercased, with "_" marking their edges, as TextCat counts them.
     */
    static List<String> ranked(String text) {
        Map<String, Integer> counts = new HashMap<>();
        StringBuilder word = new StringBuilder("_");
        text.codePoints().forEach(c -> {
            if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                word.appendCodePoint(Character.toLowerCase(c));
            } else if (word.length() > 1) {
                count(word.append('_').toString(), counts);
                word.setLength(1);
            }
        });
        if (word.length() > 1) {
            count(word.append('_').toString(), counts);
        }
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> ranked = new ArrayList<>();
        for (int i = 0; i < Math.min(PROFILE_SIZE, entries.size()); i++) {
            ranked.add(entries.get(i).getKey());
        }
        return ranked;
    }

    private static void count(String padded, Map<String, Integer> counts) {
        int[] points = padded.codePoints().toArray();
        for (int n = 1; n <= MAX_GRAM; n++) {
            for (int start = 0; start + n <= points.length; start++) {
                String gram = new String(points, start, n);
                if (!gram.equals("_")) {
                    counts.merge(gram, 1, Integer::sum);
                }
            }
        }
    }

    /** Reads profiles written by {@link LanguageProfiles}: one line per language, its code and ranked n-grams. */
    static LanguageIdentifier read(InputStream gzipped) throws IOException {
        List<String> languages = new ArrayList<>();
        Map<String, int[]> postings = new HashMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] fields = line.split("\t");
                int profile = languages.size();
                languages.add(fields[0]);
                for (int i = 1; i < fields.length; i++) {
                    int[] before = postings.getOrDefault(fields[i], new int[0]);
                    int[] after = java.util.Arrays.copyOf(before, before.length + 2);
                    after[before.length] = profile;
                    after[before.length + 1] = i - 1;
                    postings.put(fields[i], after);
                }
            }
        }
        return new LanguageIdentifier(languages, postings);
    }

    private static final class Shipped {
        static final LanguageIdentifier INSTANCE = load();

        private static LanguageIdentifier load() {
            try (InputStream in = LanguageIdentifier.class.getClassLoader().getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(MODEL_RESOURCE + " is missing from the class path");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
