package org.lede.model;

/**
 * The article text after Unicode normalisation, with a map back to the original.
 *
 * <p>Stages that match patterns over text ("said", straight quotes, "-") work on {@link #text()} so
 * they need not know every typographic variant; whatever they find they report in original offsets through
 * {@link #toOriginal(int)}.
 */
public final class NormalizedText {
    private final String text;
    private final int[] toOriginal;

    /**
     * @param text       the normalised text
     * @param toOriginal for each char of {@code text} and one past its end, the char index in the original
     */
    public NormalizedText(String text, int[] toOriginal) {
        if (toOriginal.length != text.length() + 1) {
            throw new IllegalArgumentException("offset map must have one entry per char and one for the end");
        }
        this.text = text;
        this.toOriginal = toOriginal;
    }

    /** The identity normalisation of a text that needs no change. */
    public static NormalizedText identity(String text) {
        int[] map = new int[text.length() + 1];
        for (int i = 0; i < map.length; i++) {
            map[i] = i;
        }
        return new NormalizedText(text, map);
    }

    public String text() {
        return text;
    }

    /** The original offset of a normalised offset; an end offset maps to the end of what it covers. */
    public int toOriginal(int normalizedOffset) {
        return toOriginal[normalizedOffset];
    }

    /** The original end offset of a normalised span ending at {@code normalizedEnd}. */
    public int toOriginalEnd(int normalizedEnd) {
        if (normalizedEnd == 0) {
            return toOriginal[0];
        }
        // The end of a span is one past its last char; map that last char and step past it, so a span
        // ending in a char that expanded ("…" to "...") ends after the whole original char.
        int lastOriginal = toOriginal[normalizedEnd - 1];
        int next = toOriginal[normalizedEnd];
        return Math.max(next, lastOriginal + 1);
    }

    /** The first normalised offset at or after an original offset, for matching original spans. */
    public int fromOriginal(int originalOffset) {
        int lo = 0;
        int hi = toOriginal.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toOriginal[mid] < originalOffset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
