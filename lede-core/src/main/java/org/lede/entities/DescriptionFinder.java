package org.lede.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lede.model.EntityType;

/**
 * Finds definite and demonstrative descriptions whose head is a word that can refer to an entity:
 * "the group", "the militant organisation", "this cult", "the camp", "the ministry's spokesman".
 * Only singular heads: "the officials" refers to no one entity. A head inside a name ("the People's
 * Mojahedin Organization") is part of the name, not a description.
 */
final class DescriptionFinder {
    private static final Set<String> OPENERS = Set.of("the", "this", "that");
    private static final Set<String> STOPPERS = Set.of("the", "this", "that", "a", "an", "these", "those");
    /** Words looked at after the determiner for a head. */
    private static final int MAX_LENGTH = 6;

    private final Lexicon lexicon;

    DescriptionFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Description> find(TokenView view) {
        List<Description> found = new ArrayList<>();
        for (int i = 0; i < view.size(); i++) {
            if (OPENERS.contains(view.lower(i)) && view.nameAt(i) < 0) {
                Description description = descriptionAt(view, i);
                if (description != null) {
                    found.add(description);
                    i = description.end() - 1;
                }
            }
        }
        return found;
    }

    private Description descriptionAt(TokenView view, int opener) {
        int sentenceEnd = view.sentenceAt(view.sentence(opener)).endToken();
        int limit = Math.min(sentenceEnd, opener + 1 + MAX_LENGTH);
        for (int j = opener + 1; j < limit; j++) {
            String word = view.lower(j);
            boolean possessive = word.equals("'s");
            if (!possessive && (!view.isWord(j) || STOPPERS.contains(word)
                    || lexicon.nounPhraseFollowers.contains(word) || lexicon.pronouns.containsKey(word))) {
                return null;
            }
            if (view.nameAt(j) >= 0 || !endsNounPhrase(view, j + 1, sentenceEnd)) {
                continue;
            }
            if (lexicon.isTitle(word)) {
                return new Description(opener, j + 1, word, EntityType.PERSON, Lexicon.HeadScope.ANY);
            }
            Lexicon.DescriptionHead head = lexicon.descriptionHeads.get(word);
            if (head != null) {
                return new Description(opener, j + 1, word, head.type(), head.scope());
            }
        }
        return null;
    }

    /**
     * True when a noun phrase can end before token {@code next}: at punctuation, before a preposition,
     * conjunction or verb, or before a name in apposition ("the militant group Hamas"). Before any other
     * word the head is a modifier: "the camp residents".
     */
    private boolean endsNounPhrase(TokenView view, int next, int sentenceEnd) {
        return endsNounPhrase(lexicon, view, next, sentenceEnd);
    }

    static boolean endsNounPhrase(Lexicon lexicon, TokenView view, int next, int sentenceEnd) {
        if (next >= sentenceEnd) {
            return true;
        }
        String word = view.lower(next);
        if (word.equals("'s")) {
            return false;
        }
        if (!view.isWord(next)) {
            return true;
        }
        return lexicon.nounPhraseFollowers.contains(word)
                || word.endsWith("ed") && !view.isCapitalized(next)
                || view.nameAt(next) >= 0 && view.isCapitalized(next);
    }
}
