package org.lede.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrase-level scoring exactly as the CoNLL shared tasks' {@code conlleval} script does it: a predicted
 * chunk counts only when it starts and ends where a gold chunk does and has its type. Tags may be IOB1,
 * BIO (IOB2) or IOBE, and gold and prediction may use different schemes (IOB1 gold against BIO output is
 * the usual CoNLL-2003 case), because chunk starts and ends are read from tag transitions the way the
 * script reads them.
 *
 * <p>Feed it one sentence at a time; it keeps running counts, so one instance scores one corpus.
 */
public final class ConllEval {
    private static final String OUTSIDE = "O";

    private final Map<String, int[]> byType = new LinkedHashMap<>();
    private int correctChunks;
    private int goldChunks;
    private int guessedChunks;
    private int tokens;
    private int correctTags;

    /** Types listed first in reports, in this order, even when a corpus lacks one. */
    public ConllEval(List<String> typeOrder) {
        for (String type : typeOrder) {
            counts(type);
        }
    }

    /** Scores one sentence; the two lists hold one tag per token ("B-PER", "I-LOC", "O"). */
    public void addSentence(List<String> gold, List<String> guessed) {
        if (gold.size() != guessed.size()) {
            throw new IllegalArgumentException("gold has " + gold.size() + " tags, guess has " + guessed.size());
        }
        String lastGold = OUTSIDE;
        String lastGoldType = "";
        String lastGuess = OUTSIDE;
        String lastGuessType = "";
        boolean inCorrect = false;
        // The sentence end is a boundary: conlleval treats the blank line as a token tagged O.
        for (int i = 0; i <= gold.size(); i++) {
            String goldTag = i < gold.size() ? gold.get(i) : OUTSIDE;
            String guessTag = i < gold.size() ? guessed.get(i) : OUTSIDE;
            String goldPrefix = prefix(goldTag);
            String goldType = type(goldTag);
            String guessPrefix = prefix(guessTag);
            String guessType = type(guessTag);

            if (inCorrect) {
                boolean goldEnds = endOfChunk(lastGold, goldPrefix, lastGoldType, goldType);
                boolean guessEnds = endOfChunk(lastGuess, guessPrefix, lastGuessType, guessType);
                if (goldEnds && guessEnds && lastGuessType.equals(lastGoldType)) {
                    inCorrect = false;
                    correctChunks++;
                    counts(lastGoldType)[0]++;
                } else if (goldEnds != guessEnds || !guessType.equals(goldType)) {
                    inCorrect = false;
                }
            }
            boolean goldStarts = startOfChunk(lastGold, goldPrefix, lastGoldType, goldType);
            boolean guessStarts = startOfChunk(lastGuess, guessPrefix, lastGuessType, guessType);
            if (goldStarts && guessStarts && guessType.equals(goldType)) {
                inCorrect = true;
            }
            if (goldStarts) {
                goldChunks++;
                counts(goldType)[1]++;
            }
            if (guessStarts) {
                guessedChunks++;
                counts(guessType)[2]++;
            }
            if (i < gold.size()) {
                tokens++;
                if (goldTag.equals(guessTag)) {
                    correctTags++;
                }
            }
            lastGold = goldPrefix;
            lastGoldType = goldType;
            lastGuess = guessPrefix;
            lastGuessType = guessType;
        }
    }

    /** Counts per type, in the order given at construction and then first seen. */
    public Map<String, Counts> byType() {
        Map<String, Counts> result = new LinkedHashMap<>();
        byType.forEach((type, c) -> result.put(type, new Counts(c[0], c[2] - c[0], c[1] - c[0])));
        return result;
    }

    public Counts overall() {
        return new Counts(correctChunks, guessedChunks - correctChunks, goldChunks - correctChunks);
    }

    /**
     * The share of tokens whose tag is exactly right, conlleval's "accuracy" (which differs by a hair
     * because the script also counts each {@code -DOCSTART-} line as a token).
     */
    public double tokenAccuracy() {
        return tokens == 0 ? 0 : (double) correctTags / tokens;
    }

    public int tokens() {
        return tokens;
    }

    /** The report in Lede's shared shape, with token accuracy and any further figures. */
    public EvalReport report(String name, Map<String, Number> extra) {
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("token_accuracy", tokenAccuracy());
        figures.put("tokens", tokens);
        figures.putAll(extra);
        return new EvalReport(name, overall(), byType(), figures);
    }

    private int[] counts(String type) {
        return byType.computeIfAbsent(type, t -> new int[3]);
    }

    private static String prefix(String tag) {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }

    private static String type(String tag) {
        int dash = tag.indexOf('-');
        return dash < 0 ? "" : tag.substring(dash + 1);
    }

    // The two predicates below follow conlleval's endOfChunk and startOfChunk rule by rule.
    private static boolean endOfChunk(String prevTag, String tag, String prevType, String type) {
        boolean end = prevTag.equals("B") && (tag.equals("B") || tag.equals("O"))
                || prevTag.equals("I") && (tag.equals("B") || tag.equals("O"))
                || prevTag.equals("E") && (tag.equals("E") || tag.equals("I") || tag.equals("O"));
        if (!prevTag.equals("O") && !prevTag.equals(".") && !prevType.equals(type)) {
            end = true;
        }
        return end || prevTag.equals("]") || prevTag.equals("[");
    }

    private static boolean startOfChunk(String prevTag, String tag, String prevType, String type) {
        boolean start = tag.equals("B") && (prevTag.equals("B") || prevTag.equals("I") || prevTag.equals("O"))
                || prevTag.equals("O") && (tag.equals("I") || tag.equals("E"))
                || prevTag.equals("E") && (tag.equals("E") || tag.equals("I"));
        if (!tag.equals("O") && !tag.equals(".") && !prevType.equals(type)) {
            start = true;
        }
        return start || tag.equals("[") || tag.equals("]");
    }
}
