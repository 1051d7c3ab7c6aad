package org.lede.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How much of a gold text an extracted text holds, scored as the Article Extraction Benchmark scores it
 * (Zyte's {@code evaluate.py}): both texts are cut into word tokens (runs of letters, digits and
 * underscores, as Python's {@code \w+}), the tokens into overlapping shingles of four, and the shingles are
 * matched as multisets. The page's true positives, false positives and false negatives are then divided by
 * their sum, so that a long page weighs no more than a short one.
 */
public final class ShingleOverlap {
    /** Shingle length of the benchmark. */
    static final int SHINGLE = 4;

    private ShingleOverlap() {
    }

    /** The page's normalised tp, fp and fn; all zero when neither text has a word. */
    public static Counts of(String gold, String predicted) {
        Map<List<String>, Integer> goldShingles = shingles(gold);
        Map<List<String>, Integer> predictedShingles = shingles(predicted);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        Map<List<String>, Integer> union = new HashMap<>(goldShingles);
        predictedShingles.forEach((key, count) -> union.putIfAbsent(key, 0));
        for (List<String> key : union.keySet()) {
            int inGold = goldShingles.getOrDefault(key, 0);
            int inPredicted = predictedShingles.getOrDefault(key, 0);
            tp += Math.min(inGold, inPredicted);
            fp += Math.max(0, inPredicted - inGold);
            fn += Math.max(0, inGold - inPredicted);
        }
        double sum = tp + fp + fn;
        return sum == 0 ? Counts.ZERO : new Counts(tp / sum, fp / sum, fn / sum);
    }

    /** The word tokens of a text, as Python's {@code re.findall(r'\w+', text)} finds them. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (isWordChar(c)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                tokens.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            tokens.add(text.substring(start));
        }
        return tokens;
    }

    /** Python's {@code \w}: letters, numbers of every kind, and the underscore (combining marks are not). */
    private static boolean isWordChar(int c) {
        if (c == '_' || Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Shingles of four tokens with their counts; a text of fewer tokens is one shingle of them all. */
    private static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = tokens(text == null ? "" : text);
        Map<List<String>, Integer> shingles = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - SHINGLE + 1); i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + SHINGLE));
            if (!shingle.isEmpty()) {
                shingles.merge(List.copyOf(shingle), 1, Integer::sum);
            }
        }
        return shingles;
    }
}
