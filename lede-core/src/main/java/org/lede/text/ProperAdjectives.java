package org.lede.text;

import java.util.regex.Pattern;

/**
 * Whether a capitalised word reads as an adjective made from a name ("Islamic", "Western", "Scottish",
 * "Japanese") rather than as a name ("Enron", "Nomura"), by its ending. The recogniser leaves such words
 * untyped (MISC) when its gazetteer does not know them as nationalities; the stages after it need to know that
 * they modify the noun after them.
 */
public final class ProperAdjectives {
    /** Letters, and slashes between adjectives ("Angolan/French/Portuguese"), ending as an adjective does. */
    private static final Pattern ENDING = Pattern.compile("[A-Z][\\p{L}/]*(?:an|ern|ic|ish|ese)");

    private ProperAdjectives() {
    }

    /** Whether one capitalised word, without a hyphen or a space, ends as an adjective made from a name does. */
    public static boolean isProperAdjective(String word) {
        return ENDING.matcher(word).matches();
    }
}
