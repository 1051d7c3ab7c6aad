package org.lede.text;

import java.util.Map;

/**
 * English number words: cardinals from zero to ninety-nine ("seven", "twenty-five") and the scale words
 * that multiply them ("hundred", "million", "dozen"). Shared by the stages that read numbers in words.
 */
public final class NumberWords {

    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80,
            "ninety", 90);
    private static final Map<String, Double> SCALES = Map.of(
            "dozen", 12.0, "hundred", 100.0, "thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12);

    private static final WordTable<Integer> SMALL_WORDS = WordTable.of(SMALL);
    private static final WordTable<Integer> TENS_WORDS = WordTable.of(TENS);
    private static final WordTable<Double> SCALE_WORDS = WordTable.of(SCALES);

    /**
     * A regular-expression alternation (case-insensitive) that matches exactly the words
     * {@link #cardinal(String)} reads; tens come first so "twenty-five" is not cut at "twenty".
     */
    public static final String CARDINAL_REGEX = "(?i:(?:" + alternation(TENS.keySet()) + ")(?:-(?:"
            + alternation(SMALL.keySet()) + "))?|" + alternation(SMALL.keySet()) + ")";

    private NumberWords() {
    }

    /** The words longest first, so "seventeen" is tried before "seven". */
    private static String alternation(java.util.Set<String> words) {
        return String.join("|", words.stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList());
    }

    /** The cardinal words other than compounds, lower-case: "zero" to "nineteen" and the tens. */
    public static java.util.List<String> words() {
        java.util.List<String> words = new java.util.ArrayList<>(SMALL.keySet());
        words.addAll(TENS.keySet());
        return words;
    }

    /** The value of a cardinal word from "zero" to "ninety-nine" ("twenty-five", "Seven"), or -1. */
    public static int cardinal(String form) {
        Integer small = SMALL_WORDS.get(form);
        if (small != null) {
            return small;
        }
        Integer tens = TENS_WORDS.get(form);
        if (tens != null) {
            return tens;
        }
        int hyphen = form.indexOf('-');
        if (hyphen > 0) {
            Integer high = TENS_WORDS.get(form.substring(0, hyphen));
            Integer low = SMALL_WORDS.get(form.substring(hyphen + 1));
            if (high != null && low != null && low > 0 && low < 10) {
                return high + low;
            }
        }
        return -1;
    }

    /** The multiplier of a scale word ("hundred" 100, "dozen" 12, "million" 1e6), or 0 if it is none. */
    public static double scale(String form) {
        Double scale = SCALE_WORDS.get(form);
        return scale == null ? 0 : scale;
    }
}
