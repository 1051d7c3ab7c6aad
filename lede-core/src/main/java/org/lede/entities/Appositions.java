package org.lede.entities;

import java.util.Set;
import org.lede.model.Mention;

/**
 * Finds the phrase set off by commas next to a name, where an apposition stands:
 * "Saeed Khatibzadeh, the ministry's spokesman, said" and "said the ministry's spokesman, Saeed Khatibzadeh."
 * It only finds the place; whether the phrase is a role or a description is for the caller to judge.
 */
final class Appositions {
    /** Longest phrase taken for an apposition, in tokens. */
    private static final int MAX_LENGTH = 12;
    private static final Set<String> CLOSERS = Set.of(",", ".", ")", ";");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** Finite verbs that make the phrase after a name's comma a clause of its own, unless a relative opens it. */
    private static final Set<String> FINITE = Set.of("is", "was", "are", "were", "has", "have", "had", "will",
            "would", "could", "can", "did", "does");
    private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whose", "whom");

    private final Lexicon lexicon;

    Appositions(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Tokens {first, end} of the phrase in "NAME, phrase," or "NAME, phrase." or null; none when a reporting verb
     * follows in it, which makes the phrase a speaker ("…, the rights group said.").
     */
    int[] after(TokenView view, Mention name) {
        int comma = name.endToken();
        int sentenceEnd = view.sentenceAt(view.sentence(name.firstToken())).endToken();
        if (comma >= sentenceEnd || !view.is(comma, ",")) {
            return null;
        }
        int first = comma + 1;
        int end = first;
        boolean relative = false;
        while (end < sentenceEnd && end - first <= MAX_LENGTH && (view.isWord(end) || view.is(end, "'s"))) {
            if (lexicon.reportingVerbs.contains(view.lower(end))) {
                return null; // "… Alexei Navalny, the OVD-Info rights group said.": the subject of a cue
            }
            relative |= RELATIVES.contains(view.lower(end));
            if (!relative && FINITE.contains(view.lower(end))) {
                return null; // "According to the FSB, the group was armed": a clause, not an apposition
            }
            end++;
        }
        boolean closed = end == sentenceEnd || CLOSERS.contains(view.lower(end));
        return end > first && closed ? new int[] {first, end} : null;
    }

    /**
     * Tokens {first, end} of the phrase in "phrase, NAME," where the phrase opens a sentence or clause or
     * follows a reporting verb ("said the ministry's spokesman, Saeed Khatibzadeh."), or null. A phrase
     * after anything else ("After meeting the minister, Rouhani said") is not in apposition.
     */
    int[] before(TokenView view, Mention name) {
        int comma = name.firstToken() - 1;
        int sentence = view.sentence(name.firstToken());
        int sentenceStart = view.sentenceAt(sentence).firstToken();
        int sentenceEnd = view.sentenceAt(sentence).endToken();
        if (comma <= sentenceStart || !view.is(comma, ",")) {
            return null;
        }
        int after = name.endToken();
        if (after < sentenceEnd && !CLOSERS.contains(view.lower(after))) {
            return null;
        }
        // The nearest place before the comma where a phrase can open, over words only.
        for (int start = comma - 1; start >= sentenceStart && comma - start <= MAX_LENGTH; start--) {
            if (!view.isWord(start) && !view.is(start, "'s")) {
                return null;
            }
            if (opensPhrase(view, start, sentenceStart)) {
                return new int[] {start, comma};
            }
        }
        return null;
    }

    /**
     * True at a sentence start, after punctuation or after a reporting verb ("said", "according to"), and at an
     * article after a verb in the past ("Police arrested a former lawmaker, Lee Cheuk-yan,": the object).
     */
    private boolean opensPhrase(TokenView view, int i, int sentenceStart) {
        if (i == sentenceStart || !view.isWord(i - 1) && !view.is(i - 1, "'s")) {
            return true;
        }
        String previous = view.lower(i - 1);
        return lexicon.reportingVerbs.contains(previous)
                || previous.equals("to") && view.is(i - 2, "according")
                || ARTICLES.contains(view.lower(i)) && previous.endsWith("ed")
                        && Character.isLowerCase(view.form(i - 1).charAt(0));
    }
}
