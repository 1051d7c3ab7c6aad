package org.lede.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.lede.ner.LongIntMap;

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

    /**
     * Below this many letters a call against English is in doubt: one BBC paragraph in 30 cut to 60 characters,
     * one in 220 cut to 100, and none cut to 300 was named another language.
     */
    private static final int SHORT_LETTERS = 250;
    /**
     * How much further from the text English may be than the winner, out-of-place sums compared, for a short
     * text to be left unnamed (TextCat's own answer to a close call): of those BBC paragraphs cut to 60
     * characters, 90% of the ones named another language had English within 5%; of non-English news texts cut
     * the same way, 14% had.
     */
    private static final double DOUBT_RATIO = 1.05;
    private static final String ENGLISH = "en";

    /** The language of each profile, by profile number; a language may have several (Serbian in two scripts). */
    private final String[] languages;
    /** For each n-gram, the profiles that hold it and its rank there, as pairs: profile, rank, profile, rank… */
    private final Map<String, int[]> postings;

    private LanguageIdentifier(List<String> languages, Map<String, int[]> postings) {
        this.languages = languages.toArray(String[]::new);
        // A HashMap, not Map.copyOf: its probe compares stored hashes before calling equals, and identify()
        // makes 300 look-ups per article. Never changed after this point.
        this.postings = new HashMap<>(postings);
    }

    /** The identifier with the shipped profiles, loaded on first use. */
    public static LanguageIdentifier shipped() {
        return Shipped.INSTANCE;
    }

    /**
     * The text's language as an ISO 639-1 code, or null when the text is too short to tell: under 40 letters,
     * or a short text that English fits about as well as the language that fits it best.
     */
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
        long english = 0;
        for (int profile = 0; profile < saved.length; profile++) {
            if (saved[profile] > saved[best]) {
                best = profile;
            }
            if (languages[profile].equals(ENGLISH)) {
                english = Math.max(english, saved[profile]);
            }
        }
        long most = (long) ranked.size() * PROFILE_SIZE;
        if (!languages[best].equals(ENGLISH) && isShort(sample)
                && most - english <= DOUBT_RATIO * (most - saved[best])) {
            return null; // a sentence or two: the ranks of a few dozen n-grams cannot tell English from the winner
        }
        return languages[best];
    }

    private static boolean isShort(String sample) {
        return sample.codePoints().filter(Character::isLetter).limit(SHORT_LETTERS).count() < SHORT_LETTERS;
    }

    /**
     * The text's n-grams by falling frequency, ties in alphabetical order, at most {@link #PROFILE_SIZE}:
     * words are runs of letters, lowercased, with "_" marking their edges, as TextCat counts them. This runs
     * on every article a command reads, so grams of characters below U+1000 (Latin, Greek, Cyrillic, Arabic,
     * Hebrew…) are counted as packed numbers, and only the distinct ones become strings.
     */
    static List<String> ranked(String text) {
        GramCounts counts = new GramCounts();
        StringBuilder word = new StringBuilder("_");
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                word.appendCodePoint(Character.toLowerCase(c));
            } else if (word.length() > 1) {
                counts.addWord(word.append('_'));
                word.setLength(1);
            }
        }
        if (word.length() > 1) {
            counts.addWord(word.append('_'));
        }
        List<Map.Entry<String, Integer>> entries = counts.candidates(PROFILE_SIZE);
        entries.sort((a, b) -> a.getValue().intValue() != b.getValue().intValue()
                ? Integer.compare(b.getValue(), a.getValue()) : a.getKey().compareTo(b.getKey()));
        List<String> ranked = new ArrayList<>(PROFILE_SIZE);
        for (int i = 0; i < Math.min(PROFILE_SIZE, entries.size()); i++) {
            ranked.add(entries.get(i).getKey());
        }
        return ranked;
    }

    /** The 1- to 5-gram counts of one text's padded words, by code point (a letter may take two chars). */
    private static final class GramCounts {
        /** A gram of chars below U+1000 packs into a long: 12 bits a char, its length above them. */
        private static final int CHAR_BITS = 12;
        private static final int LENGTH_SHIFT = CHAR_BITS * MAX_GRAM;
        private final LongIntMap packed = new LongIntMap(2048);
        private long[] packedKeys = new long[1024];
        private int packedSize;
        private final Map<String, int[]> others = new HashMap<>();

        void addWord(CharSequence padded) {
            int length = padded.length();
            boolean packable = true;
            for (int i = 0; i < length && packable; i++) {
                packable = padded.charAt(i) < (1 << CHAR_BITS);
            }
            if (!packable) {
                addByString(padded.toString());
                return;
            }
            for (int n = 1; n <= MAX_GRAM; n++) {
                for (int start = 0; start + n <= length; start++) {
                    if (n == 1 && padded.charAt(start) == '_') {
                        continue;
                    }
                    long key = (long) n << LENGTH_SHIFT;
                    for (int i = 0; i < n; i++) {
                        key |= (long) padded.charAt(start + i) << (CHAR_BITS * i);
                    }
                    if (packed.add(key, 1) == 1) {
                        if (packedSize == packedKeys.length) {
                            packedKeys = Arrays.copyOf(packedKeys, packedSize * 2);
                        }
                        packedKeys[packedSize++] = key;
                    }
                }
            }
        }

        /** Words with characters from U+1000 up (CJK, most Indic scripts, astral letters), counted as strings. */
        private void addByString(String padded) {
            int points = padded.codePointCount(0, padded.length());
            for (int n = 1; n <= MAX_GRAM; n++) {
                int start = 0;
                for (int first = 0; first + n <= points; first++) {
                    String gram = padded.substring(start, padded.offsetByCodePoints(start, n));
                    start = padded.offsetByCodePoints(start, 1);
                    if (!gram.equals("_")) {
                        others.computeIfAbsent(gram, g -> new int[1])[0]++;
                    }
                }
            }
        }

        /**
         * The grams that can rank among the {@code limit} most frequent, with their counts: every gram counted
         * at least as often as the limit-th most frequent one, so ties at the cut are all there for the
         * caller's alphabetical order to settle. A text has thousands of distinct grams; sorting them all as
         * strings was most of the identifier's time, and only a few hundred can make the cut.
         */
        List<Map.Entry<String, Integer>> candidates(int limit) {
            int[] packedCounts = new int[packedSize];
            int[] allCounts = new int[packedSize + others.size()];
            for (int k = 0; k < packedSize; k++) {
                packedCounts[k] = packed.get(packedKeys[k], 0);
                allCounts[k] = packedCounts[k];
            }
            int next = packedSize;
            for (int[] count : others.values()) {
                allCounts[next++] = count[0];
            }
            Arrays.sort(allCounts);
            int threshold = allCounts.length > limit ? allCounts[allCounts.length - limit] : 0;
            List<Map.Entry<String, Integer>> entries = new ArrayList<>(2 * limit);
            char[] chars = new char[MAX_GRAM];
            for (int k = 0; k < packedSize; k++) {
                if (packedCounts[k] < threshold) {
                    continue;
                }
                long key = packedKeys[k];
                int n = (int) (key >>> LENGTH_SHIFT);
                for (int i = 0; i < n; i++) {
                    chars[i] = (char) ((key >>> (CHAR_BITS * i)) & ((1 << CHAR_BITS) - 1));
                }
                entries.add(Map.entry(new String(chars, 0, n), packedCounts[k]));
            }
            others.forEach((gram, count) -> {
                if (count[0] >= threshold) {
                    entries.add(Map.entry(gram, count[0]));
                }
            });
            return entries;
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
                    int[] after = Arrays.copyOf(before, before.length + 2);
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
