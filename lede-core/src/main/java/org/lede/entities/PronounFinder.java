package org.lede.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds personal and possessive pronouns that may refer to an entity, leaving out the expletive "it"
 * ("it was announced", "it is raining") and the generic "they" ("they say"), which refer to nobody.
 */
final class PronounFinder {
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
            found.add(new Pronoun(i, pronounClass));
        }
        return found;
    }

    private boolean isNonReferring(TokenView view, int i) {
        String word = view.lower(i);
        return word.equals("it") && lexicon.expletiveIt.startsAt(view, i + 1)
                || word.equals("they") && lexicon.genericThey.startsAt(view, i + 1);
    }
}
