package org.lede.ner;

/**
 * 64-bit hashes of token text and of token sequences, the keys the tagger's features and the gazetteer
 * are looked up by. Hashing chars directly (FNV-1a) avoids building lowercase or substring copies in the
 * tagger's hot path; at 64 bits collisions between the few million keys a model holds are negligible.
 */
public final class TokenHash {
    static final long SEED = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private TokenHash() {
    }

    static long add(long hash, int value) {
        return (hash ^ value) * PRIME;
    }

    /** The hash of the lowercase form of a token. */
    public static long lower(String token) {
        long h = SEED;
        for (int i = 0; i < token.length(); i++) {
            h = add(h, Character.toLowerCase(token.charAt(i)));
        }
        return h;
    }

    /** The hash of a token as written. */
    static long exact(String token) {
        long h = SEED;
        for (int i = 0; i < token.length(); i++) {
            h = add(h, token.charAt(i));
        }
        return h;
    }

    /**
     * Whether a word of two letters or more is in capitals ("BAGHDAD", in a headline or a sports table): a
     * word list learnt from running text may lack it but have its {@link #capitalised} form.
     */
    static boolean isCapitals(String word) {
        if (word.length() < 2) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The value a map keyed by {@link #exact} hashes gives a word as written ({@code exactHash} its hash), or
     * -1; a word in capitals without a value of its own takes its capitalised form's ("BAGHDAD" "Baghdad"'s).
     */
    static int valueOf(LongIntMap byExactHash, String word, long exactHash) {
        int value = byExactHash.get(exactHash, -1);
        return value >= 0 || !isCapitals(word) ? value : byExactHash.get(capitalised(word), -1);
    }

    /** The {@link #exact} hash of a word with its first letter as written and the rest in lower case. */
    static long capitalised(String word) {
        long h = add(SEED, word.charAt(0));
        for (int i = 1; i < word.length(); i++) {
            h = add(h, Character.toLowerCase(word.charAt(i)));
        }
        return h;
    }

    /** The hash of a sequence of tokens given by their lowercase hashes, built up one token at a time. */
    static long extend(long phraseHash, long tokenHash) {
        return mix(phraseHash * 31 + tokenHash);
    }

    /** A feature key from a template number and up to two values. */
    public static long key(int template, long a, long b) {
        return mix(mix(template * 0x9E3779B97F4A7C15L + a) ^ b * 0xC2B2AE3D27D4EB4FL);
    }

    /** Murmur3's 64-bit finaliser: spreads every input bit over the output. */
    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
