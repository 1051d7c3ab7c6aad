package org.lede.linking;

import java.util.Locale;

/**
 * The lookup key of a name, the same for the tables Lede ships and the names it reads: lower case, without
 * full stops ("U.N." is "un"), a leading "the" or the possessive "'s", typographic apostrophes made plain and
 * runs of spaces, underscores or line breaks made one space.
 */
final class LinkKeys {
    private LinkKeys() {
    }

    static String of(String name) {
        StringBuilder key = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (ch == '.') {
                continue;
            }
            if (Character.isWhitespace(ch) || ch == '_') {
                space = key.length() > 0;
                continue;
            }
            if (space) {
                key.append(' ');
                space = false;
            }
            key.append(ch == '\u2019' || ch == '\u2018' ? '\'' : ch);
        }
        String lower = key.toString().toLowerCase(Locale.ROOT);
        if (lower.startsWith("the ")) {
            lower = lower.substring(4);
        }
        if (lower.endsWith("'s")) {
            lower = lower.substring(0, lower.length() - 2);
        }
        return lower;
    }
}
