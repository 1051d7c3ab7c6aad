package org.lede.text;

import java.util.List;

/**
 * Whether a line is a headline written in title case ("Court Convicts Former Mayor of Kiev"), where every word
 * is capitalised and capitals say nothing about where a name starts, rather than a sentence with a title in it
 * ("She starred in Arrested Development").
 */
public final class TitleCase {
    /** Capitalised words a line needs to read as a headline in title case rather than a title inside a sentence. */
    private static final int MIN_WORDS = 4;

    private TitleCase() {
    }

    /** Whether all the words of four letters or more start with a capital, {@link #MIN_WORDS} of them at least. */
    public static boolean isTitleCase(List<String> words) {
        int capitalised = 0;
        for (String word : words) {
            if (word.length() >= 4 && Character.isLetter(word.charAt(0))) {
                if (!Character.isUpperCase(word.charAt(0))) {
                    return false;
                }
                capitalised++;
            }
        }
        return capitalised >= MIN_WORDS;
    }
}
