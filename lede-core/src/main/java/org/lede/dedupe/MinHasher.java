package org.lede.dedupe;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * MinHash signatures of texts over word shingles, for finding near duplicates: wire stories reprinted by
 * several outlets, updates of one story. Two signatures agree in about the share of positions that the two
 * texts' shingle sets share (their Jaccard similarity). Locality-sensitive hashing cuts a signature into
 * {@link #BANDS} bands: texts that share a band key are candidates, which keeps comparisons near linear.
 * Deterministic (fixed seeds) and thread-safe, so signatures made on different machines (Spark executors)
 * compare.
 */
public final class MinHasher {
    /** Words per shingle: long enough that common phrases do not make unrelated stories alike. */
    static final int SHINGLE_WORDS = 5;
    public static final int HASHES = 128;
    public static final int BANDS = 32;
    private static final int ROWS = HASHES / BANDS;

    private final long[] seeds = new long[HASHES];

    public MinHasher() {
        long state = 0x5DEECE66DL;
        for (int i = 0; i < HASHES; i++) {
            state = mix(state + 0x9E3779B97F4A7C15L);
            seeds[i] = state;
        }
    }

    /** The text's signature: for each of the {@link #HASHES} hash functions, the least hash of its shingles. */
    public long[] signature(String text) {
        long[] signature = new long[HASHES];
        java.util.Arrays.fill(signature, Long.MAX_VALUE);
        for (long shingle : shingles(text)) {
            for (int i = 0; i < HASHES; i++) {
                long hash = mix(shingle ^ seeds[i]);
                if (hash < signature[i]) {
                    signature[i] = hash;
                }
            }
        }
        return signature;
    }

    /** The estimated Jaccard similarity of the two texts' shingle sets: the share of agreeing positions. */
    public static double similarity(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            same += a[i] == b[i] ? 1 : 0;
        }
        return (double) same / a.length;
    }

    /** One key per band; two texts sharing any key are near-duplicate candidates. */
    public static List<String> bandKeys(long[] signature) {
        List<String> keys = new ArrayList<>(BANDS);
        for (int band = 0; band < BANDS; band++) {
            long hash = band;
            for (int row = 0; row < ROWS; row++) {
                hash = mix(hash * 31 + signature[band * ROWS + row]);
            }
            keys.add(band + ":" + Long.toHexString(hash));
        }
        return keys;
    }

    /**
     * A key equal for texts that differ at most in spacing and letter case, and different otherwise (a
     * SHA-256 digest): what "exact duplicate" means for articles.
     */
    public static String exactKey(String text) {
        String normalised = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Hashes of the text's lowercased word shingles; a text of fewer words is one shingle. */
    static List<Long> shingles(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c)) {
                word.appendCodePoint(Character.toLowerCase(c));
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        });
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        List<Long> shingles = new ArrayList<>();
        for (int start = 0; start < Math.max(1, words.size() - SHINGLE_WORDS + 1); start++) {
            long hash = 0xcbf29ce484222325L;
            for (int i = start; i < Math.min(words.size(), start + SHINGLE_WORDS); i++) {
                hash = mix(hash ^ words.get(i).hashCode()) * 0x100000001b3L;
            }
            shingles.add(hash);
        }
        return shingles;
    }

    /** SplitMix64's finaliser: spreads every input bit over the whole word. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
