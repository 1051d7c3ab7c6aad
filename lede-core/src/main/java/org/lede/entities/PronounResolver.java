package org.lede.entities;

import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the entity a pronoun refers to: the one compatible entity mentioned before it in its sentence;
 * failing any, the one in the nearest of the two sentences before, or that sentence's subject when it has
 * several; else none.
 * <ul>
 *   <li>An object pronoun ("denied it", "thanked him") does not mean the subject of its sentence, and an
 *       object "it" with nothing before it in its sentence is taken for a claim or an event.</li>
 *   <li>A subject "it" gives up when the sentence it looks back to opens with a description of something
 *       that is none of the entities ("The camp … lies northwest of the capital. It houses …"): that
 *       subject most likely continues.</li>
 *   <li>"He" and "she" give up when a noun for a person of their gender ("wife") stands between them and
 *       the entity; "they" when a plural noun ("residents", "pirates") stands in the stretch from the
 *       entity's sentence.</li>
 * </ul>
 */
final class PronounResolver {
    private static final int LOOKBACK_SENTENCES = 2;

    private final Lexicon lexicon;

    PronounResolver(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    Cluster resolve(Pronoun pronoun, Discourse discourse) {
        int token = pronoun.token();
        int sentence = discourse.view().sentence(token);
        Predicate<Cluster> accepts = pronoun.pronounClass()::accepts;
        Set<Cluster> here = discourse.clustersIn(sentence, token, accepts);
        Cluster subject = pronoun.object() ? discourse.subject(sentence) : null;
        if (here.size() == 1 && here.contains(subject)) {
            // Looking past the subject only ever removes the one candidate, so it cannot turn two
            // ("Steinberg told police LaCalamita shot him") into one.
            accepts = accepts.and(c -> c != subject);
            here = Set.of();
        }
        if (here.isEmpty() && pronoun.object() && pronoun.pronounClass() == PronounClass.THING) {
            return null;
        }
        Cluster chosen = here.size() == 1 ? here.iterator().next() : null;
        if (here.isEmpty()) {
            for (int k = sentence - 1; k >= Math.max(0, sentence - LOOKBACK_SENTENCES); k--) {
                if (pronoun.pronounClass() == PronounClass.THING && !pronoun.object()
                        && discourse.opensWithUntrackedDescription(k)) {
                    return null;
                }
                Set<Cluster> there = discourse.clustersIn(k, Integer.MAX_VALUE, accepts);
                if (there.size() == 1) {
                    chosen = there.iterator().next();
                } else if (!there.isEmpty()) {
                    Cluster previousSubject = discourse.subject(k);
                    chosen = there.contains(previousSubject) ? previousSubject : null;
                }
                if (!there.isEmpty()) {
                    break;
                }
            }
        }
        return chosen != null && blocked(pronoun, chosen, discourse) ? null : chosen;
    }

    private boolean blocked(Pronoun pronoun, Cluster chosen, Discourse discourse) {
        TokenView view = discourse.view();
        int token = pronoun.token();
        if (pronoun.pronounClass() == PronounClass.GROUP) {
            for (int i = discourse.lastSentenceStart(chosen, token); i < token; i++) {
                if (lexicon.pluralPeople.contains(view.lower(i)) || looksPlural(view, i)) {
                    return true;
                }
            }
        }
        Gender gender = pronoun.pronounClass().gender();
        if (gender != Gender.UNKNOWN) {
            for (int i = discourse.lastEnd(chosen, token); i < token; i++) {
                if (lexicon.genderedNouns.get(view.lower(i)) == gender) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A lower-case word ending in "s" that is no verb or function word Lede knows: a plural noun
     * ("pirates") that "they" may mean. Errs towards plural, which only costs a link.
     */
    private boolean looksPlural(TokenView view, int i) {
        String word = view.lower(i);
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is") && view.nameAt(i) < 0 && !view.isCapitalized(i)
                && !lexicon.nounPhraseFollowers.contains(word) && !lexicon.pronouns.containsKey(word);
    }
}
