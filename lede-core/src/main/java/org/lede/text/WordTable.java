package org.lede.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A lookup of lower-case words that also answers for their capitalised and upper-case spellings
 * ("dozens", "Dozens", "DOZENS"), so stages can look up token forms as they are without lower-casing
 * (and allocating) a string per token. Other mixed spellings ("dOzens") are not words news text uses.
 *
 * @param <V> what a word maps to
 */
public final class WordTable<V> {
    private final Map<String, V> entries;

    private WordTable(Map<String, V> entries) {
        this.entries = entries;
    }

    /** A table of these lower-case words and their values. */
    public static <V> WordTable<V> of(Map<String, V> lowerCase) {
        Map<String, V> entries = new HashMap<>(lowerCase.size() * 4);
        lowerCase.forEach((word, value) -> {
            entries.put(word, value);
            entries.put(Character.toUpperCase(word.charAt(0)) + word.substring(1), value);
            entries.put(word.toUpperCase(Locale.ROOT), value);
        });
        return new WordTable<>(entries);
    }

    /** A set of these lower-case words. */
    public static WordTable<Boolean> setOf(String... lowerCase) {
        Map<String, Boolean> words = new HashMap<>();
        for (String word : lowerCase) {
            words.put(word, Boolean.TRUE);
        }
        return of(words);
    }

    /** The value of a word in any of its three spellings, or null. */
    public V get(String form) {
        return entries.get(form);
    }

    public boolean contains(String form) {
        return entries.containsKey(form);
    }
}
