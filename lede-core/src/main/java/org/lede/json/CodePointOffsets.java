package org.lede.json;

/**
 * Converts the engine's UTF-16 offsets into the Unicode code-point offsets the JSON contract promises, so a
 * Python or JavaScript reader can slice {@code article.text} with them ({@code text[start:end]} in Python).
 * Texts without characters outside the Basic Multilingual Plane, nearly all news, convert for free.
 */
final class CodePointOffsets {
    /** Code points before each UTF-16 offset, or null when the two agree everywhere. */
    private final int[] codePointsBefore;

    CodePointOffsets(String text) {
        if (text.codePoints().noneMatch(Character::isSupplementaryCodePoint)) {
            codePointsBefore = null;
            return;
        }
        codePointsBefore = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            boolean secondHalfOfPair = i > 0 && Character.isLowSurrogate(text.charAt(i))
                    && Character.isHighSurrogate(text.charAt(i - 1));
            codePointsBefore[i + 1] = codePointsBefore[i] + (secondHalfOfPair ? 0 : 1);
        }
    }

    int of(int utf16Offset) {
        return codePointsBefore == null ? utf16Offset : codePointsBefore[utf16Offset];
    }
}
