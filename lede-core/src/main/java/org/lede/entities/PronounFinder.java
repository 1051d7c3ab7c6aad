package org.lede.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds personal and possessive pronouns that may refer to an entity, leaving out the expletive "it"
 * ("it was announced", "it is raining") and the generic "they" ("they say"), which refer to nobody.
 */
final class PronounFinder {
    private static final Set<String> ALWAYS_OBJECTS = Set.of("him", "them");
    /** Words after which "it" or "her" ends its phrase as an object: "denied it.", "told her in…". */
    private static final Set<String> AFTER_OBJECTS = Set.of("to", "in", "on", "at", "for", "with", "from", "by",
            "as", "and", "or", "but");
    private final Lexicon lexicon;

    PronounFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Pronoun> find(TokenView view) {
        List<Pronoun> found = new ArrayList<>();
        for (int i = 0; i < view.size(); i++) {
            PronounClass pronounClass = lexicon.pronouns.get(view.lower(i));
            if (pronounClass == null || view.nameAt(i) >= 0 || isNonReferring(view, i)) {
                continue;
            }
            found.add(new Pronoun(i, pronounClass, isObject(view, i)));
        }
        return found;
    }

    /**
     * "him" and "them" always; "it" and "her" before punctuation or a preposition ("denied it.", "thanked
     * her for"), where they cannot be a subject ("it said") or a possessive ("her husband").
     */
    private static boolean isObject(TokenView view, int i) {
        String word = view.lower(i);
        if (ALWAYS_OBJECTS.contains(word)) {
            return true;
        }
        if (!word.equals("it") && !word.equals("her")) {
            return false;
        }
        int next = i + 1;
        return next >= view.sentenceAt(view.sentence(i)).endToken() || !view.isWord(next)
                || AFTER_OBJECTS.contains(view.lower(next));
    }

    private boolean isNonReferring(TokenView view, int i) {
        String word = view.lower(i);
        return word.equals("it") && lexicon.expletiveIt.startsAt(view, i + 1)
                || word.equals("they") && lexicon.genericThey.startsAt(view, i + 1);
    }
}
