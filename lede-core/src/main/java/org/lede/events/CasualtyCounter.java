package org.lede.events;

import org.lede.model.Event.Bounds;
import org.lede.model.Quantity;
import org.lede.text.WordTable;

/**
 * Finds the number of people a casualty word reports: the amount just before it ("at least one person was killed",
 * "dozens of others were injured", "12 dead", "two protesters were shot dead") or just after it ("killing at least
 * 12 people", "arrested 30 protesters"). Amounts of money, distance or time are not people.
 */
final class CasualtyCounter {
    private static final WordTable<Boolean> BETWEEN = WordTable.setOf("was", "were", "are", "is", "have", "has",
            "had", "been", "being", "reportedly", "also", "later", "allegedly", "all", "confirmed", "seriously",
            "critically", "badly", "slightly", "lightly", "severely", "gravely", "fatally", "mortally", "moderately",
            "now", "since", "believed", "feared", "left", "be", "shot", "found", "stabbed", "beaten", "burned", "burnt",
            "hacked", "stoned", "crushed");
    private static final WordTable<Boolean> NOT_PEOPLE = WordTable.setOf("%", "usd", "gbp", "eur", "jpy",
            "kilometres", "kilometers", "km", "miles", "metres", "meters", "years", "days", "hours", "minutes",
            "months", "weeks", "times", "tonnes", "tons", "percent", "per", "cent");

    private static final WordTable<Boolean> ONE_PERSON = WordTable.setOf("protester", "protestor", "demonstrator",
            "man", "woman", "child", "boy", "girl", "teenager", "student", "civilian", "soldier", "policeman",
            "policewoman", "officer", "journalist", "suspect", "resident", "worker", "farmer", "person", "guard",
            "bystander", "passer-by", "pedestrian", "driver", "villager", "militant", "rebel", "fighter");

    /** More characters than any run of linking words ("were reportedly critically") takes. */
    private static final int MAX_LINKING_CHARS = 120;

    private final ArticleView view;

    CasualtyCounter(ArticleView view) {
        this.view = view;
    }

    /** The bounds of the count the casualty word at {@code token} reports, or null. */
    Bounds countAt(int token) {
        int start = view.tokens.get(token).start();
        int end = view.tokens.get(token).end();
        for (Quantity quantity : view.analysis.quantities()) {
            if (isPeople(quantity) && (onlyLinkingWords(quantity.end(), start) || justAfter(end, quantity))) {
                return new Bounds(quantity.min(), quantity.max());
            }
        }
        return onePersonAfter(token) ? new Bounds(1.0, 1.0) : null;
    }

    /**
     * "shot dead a protester", "killed a policeman": one person, whom the quantity layer does not count (an
     * article is no number). Only a word for a person: "killed a bill" counts no one.
     */
    private boolean onePersonAfter(int token) {
        int k = token + 1;
        if (k < view.tokens.size() && view.form(k).equals("dead")) {
            k++;
        }
        return k + 1 < view.tokens.size() && (view.form(k).equals("a") || view.form(k).equals("an"))
                && ONE_PERSON.contains(view.form(k + 1));
    }

    private static boolean isPeople(Quantity quantity) {
        return quantity.min() != null || quantity.max() != null
                ? quantity.unit() == null || !NOT_PEOPLE.contains(quantity.unit()) : false;
    }

    private boolean justAfter(int end, Quantity quantity) {
        return quantity.start() >= end && quantity.start() - end <= MAX_LINKING_CHARS
                && view.analysis.article().text().substring(end, quantity.start()).isBlank();
    }

    /** Whether only auxiliaries and adverbs ("were reportedly") stand between the two offsets. */
    private boolean onlyLinkingWords(int from, int to) {
        if (from > to || to - from > MAX_LINKING_CHARS) {
            return false; // checked first: every quantity of the article is asked about every casualty word
        }
        String between = view.analysis.article().text().substring(from, to).strip();
        if (between.isEmpty()) {
            return true;
        }
        for (String word : between.split("\\s+")) {
            if (!BETWEEN.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
