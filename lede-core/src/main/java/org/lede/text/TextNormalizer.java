package org.lede.text;

import java.text.Normalizer;
import org.lede.model.NormalizedText;

/**
 * Folds the typographic variety of news text into one form so later stages match one spelling:
 * curly and angled quotation marks to {@code "} and {@code '}, dashes and minus signs to {@code -},
 * exotic spaces to a space, compatibility characters (ligatures, full-width forms) by NFKC; zero-width
 * characters and soft hyphens are dropped. Every char of the result remembers its original offset.
 */
public final class TextNormalizer {

    public NormalizedText normalize(String original) {
        StringBuilder out = new StringBuilder(original.length());
        int[] map = new int[original.length() + 1];
        int length = 0;
        for (int i = 0; i < original.length(); ) {
            int cp = original.codePointAt(i);
            int width = Character.charCount(cp);
            String replacement = replacement(cp);
            if (replacement == null) {
                map = ensure(map, length + width + 1);
                out.appendCodePoint(cp);
                for (int k = 0; k < width; k++) {
                    map[length++] = i + k;
                }
            } else {
                map = ensure(map, length + replacement.length() + 1);
                out.append(replacement);
                for (int k = 0; k < replacement.length(); k++) {
                    map[length++] = i;
                }
            }
            i += width;
        }
        map[length] = original.length();
        int[] exact = length + 1 == map.length ? map : java.util.Arrays.copyOf(map, length + 1);
        return new NormalizedText(out.toString(), exact);
    }

    /** The normalised form of one code point, or null to keep it as it is. */
    static String replacement(int cp) {
        if (cp < 0x80) {
            return cp == '\r' ? "\n" : null;
        }
        switch (cp) {
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0x0060, 0x00B4 -> {
                return "'";
            }
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033, 0x301D, 0x301E -> {
                return "\"";
            }
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D -> {
                return "-";
            }
            case 0x00A0, 0x2007, 0x202F, 0x3000, 0x1680 -> {
                return " ";
            }
            case 0x2028, 0x2029, 0x0085 -> {
                return "\n";
            }
            case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD -> {
                return "";
            }
            case 0x2026 -> {
                return "...";
            }
            default -> {
                if (cp >= 0x2000 && cp <= 0x200A) {
                    return " ";
                }
                if (Character.isLetter(cp) && cp < 0xFB00) {
                    // Letters below the presentation forms are already what NFKC would give in news text,
                    // and checking them costs a call per char on every non-ASCII name.
                    return null;
                }
                String one = new String(Character.toChars(cp));
                String folded = Normalizer.normalize(one, Normalizer.Form.NFKC);
                return folded.equals(one) ? null : folded;
            }
        }
    }

    private static int[] ensure(int[] map, int size) {
        return size <= map.length ? map : java.util.Arrays.copyOf(map, Math.max(size, map.length * 2));
    }
}
