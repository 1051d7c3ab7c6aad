package org.lede.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lede.model.EntityType;
import org.lede.model.Mention;

/**
 * Finds the roles of people: a title chain right before the name ("former prime minister Ehud Barak",
 * "President Hassan Rouhani", "the ministry's spokesman Saeed Khatibzadeh") and an apposition next to it
 * ("Saeed Khatibzadeh, the ministry's spokesman," / "the ministry's spokesman, Saeed Khatibzadeh," /
 * "Ali Safavi, a spokesman for the group").
 */
final class RoleFinder {
    /** Prepositions that can continue a role after its office word: "a spokesman for the group". */
    private static final Set<String> ROLE_PREPOSITIONS = Set.of("of", "for", "at", "in", "to", "with", "on");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this");
    /** Office words looked for after a determiner before the first that ends the noun phrase. */
    private static final int MAX_HEAD_DISTANCE = 6;

    private final Lexicon lexicon;
    private final Appositions appositions;

    RoleFinder(Lexicon lexicon, Appositions appositions) {
        this.lexicon = lexicon;
        this.appositions = appositions;
    }

    Roles find(TokenView view, List<NameForm> forms) {
        List<List<Role>> byName = new ArrayList<>(forms.size());
        int[] phraseStart = new int[forms.size()];
        for (NameForm form : forms) {
            List<Role> roles = new ArrayList<>(2);
            int first = form.mention().firstToken();
            // "The PMOI said": the phrase, and so a sentence's subject, starts at the determiner.
            phraseStart[form.index()] = first > 0 && DETERMINERS.contains(view.lower(first - 1)) ? first - 1 : first;
            if (form.type() == EntityType.PERSON) {
                int chainStart = titleChainStart(view, form);
                Role title = role(view, chainStart, form.coreFirst());
                if (title != null) {
                    roles.add(title);
                    phraseStart[form.index()] = Math.min(chainStart, first);
                }
                addApposition(view, appositions.after(view, form.mention()), roles);
                addApposition(view, appositions.before(view, form.mention()), roles);
            }
            byName.add(List.copyOf(roles));
        }
        return new Roles(List.copyOf(byName), phraseStart);
    }

    private void addApposition(TokenView view, int[] phrase, List<Role> roles) {
        if (phrase != null) {
            Role role = role(view, phrase[0], phrase[1]);
            if (role != null) {
                roles.add(role);
            }
        }
    }

    /**
     * The first token of the title chain before a name's core: office words and their modifiers, courtesy
     * titles, organisation and country names ("Iranian Foreign Ministry spokesman"), possessives
     * ("the ministry's") and one determiner.
     */
    private int titleChainStart(TokenView view, NameForm form) {
        int sentenceStart = view.sentenceAt(view.sentence(form.coreFirst())).firstToken();
        int i = form.coreFirst() - 1;
        while (i >= sentenceStart) {
            String word = view.lower(i);
            int name = view.nameAt(i);
            if (lexicon.isTitleChainWord(word)) {
                i--;
            } else if (word.equals("'s") && i - 1 >= sentenceStart && view.isWord(i - 1)) {
                i -= 2;
            } else if (name >= 0 && name != form.index() && isModifierType(view.names().get(name))) {
                i = view.names().get(name).firstToken() - 1;
            } else if (DETERMINERS.contains(word)) {
                i--;
                break;
            } else {
                break;
            }
        }
        return i + 1;
    }

    private static boolean isModifierType(Mention mention) {
        EntityType type = mention.type();
        return type == EntityType.ORG || type == EntityType.GPE || type == EntityType.NORP;
    }

    /**
     * The role a phrase of tokens [first, end) states, or null when it names no office: an optional
     * determiner, words up to the last office word, and a prepositional phrase after it ("for the group").
     */
    private Role role(TokenView view, int first, int end) {
        int k = first < end && DETERMINERS.contains(view.lower(first)) ? first + 1 : first;
        int head = -1;
        for (int j = k; j < end && j < k + MAX_HEAD_DISTANCE; j++) {
            String word = view.lower(j);
            if (lexicon.nounPhraseFollowers.contains(word) || !view.isWord(j) && !word.equals("'s")) {
                break;
            }
            if (lexicon.isTitle(word)) {
                head = j;
            }
        }
        if (head < 0) {
            return null;
        }
        int roleEnd = head + 1;
        if (roleEnd < end && ROLE_PREPOSITIONS.contains(view.lower(roleEnd))) {
            int j = roleEnd + 1;
            while (j < end && (view.isWord(j) || view.is(j, "'s"))
                    && (!lexicon.nounPhraseFollowers.contains(view.lower(j))
                    || ROLE_PREPOSITIONS.contains(view.lower(j)))) {
                j++;
            }
            roleEnd = j;
        }
        List<String> titles = new ArrayList<>(2);
        Gender gender = Gender.UNKNOWN;
        for (int j = first; j <= head; j++) {
            Gender implied = lexicon.titles.get(view.lower(j));
            if (implied != null) {
                titles.add(view.lower(j));
                gender = gender.and(implied);
            }
        }
        return new Role(view.excerpt(first, roleEnd), titles, gender);
    }
}
