package org.lede.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.lede.model.EntityType;
import org.lede.model.Mention;
import org.lede.model.MentionKind;
import org.lede.model.Sentence;

/**
 * Links descriptions and pronouns to the entity they refer to, in text order, where the text allows only
 * one reading; otherwise leaves them unlinked. A wrong link shows a journalist a wrong speaker, so every
 * rule gives up on a tie rather than guess.
 *
 * <p>A description in apposition to a name ("Saeed Khatibzadeh, the ministry's spokesman") is that name's.
 * Another refers back to the one earlier entity of its type that fits its head: a person whose role has
 * the office word ("the spokesman"), an institution whose name has the word ("the ministry"), a group
 * that is no institution ("the terror group"), a facility or a country; between several, the only one
 * mentioned in this or the previous sentence.
 *
 * <p>A pronoun refers to the one compatible entity mentioned before it in its sentence; failing any, to
 * the one in the nearest of the two sentences before, or to that sentence's subject when it has several.
 * An object pronoun ("denied it", "thanked him") never means the subject of its own sentence.
 * A country or nationality that modifies a noun ("the US software giant") is no antecedent.
 * "He" and "she" give up when a noun for a person of their gender ("wife") stands between, and
 * "they" gives up when a plural noun ("police", "residents", "pirates") stands in the stretch from the
 * sentence of its antecedent to it.
 */
final class ReferenceLinker {
    private static final int PRONOUN_LOOKBACK = 2;
    /** How far into a sentence an introductory phrase may run before its comma ("On Tuesday, …"). */
    private static final int MAX_INTRO = 8;

    private final Lexicon lexicon;
    private final Appositions appositions;

    ReferenceLinker(Lexicon lexicon, Appositions appositions) {
        this.lexicon = lexicon;
        this.appositions = appositions;
    }

    /** A mention placed in the text with its entity; {@code phraseStart} counts a title before a name. */
    private record Placed(int first, int end, int phraseStart, Cluster cluster) {
    }

    /** Links what it can, adding each linked description and pronoun to its cluster's references. */
    void link(TokenView view, List<NameForm> forms, NameGrouper.Grouping grouping, Roles roles,
              List<Description> descriptions, List<Pronoun> pronouns) {
        new Pass(view, forms, grouping, roles).run(descriptions, pronouns);
    }

    /** The state of linking one article. */
    private final class Pass {
        private final TokenView view;
        private final NameGrouper.Grouping grouping;
        private final List<List<Placed>> bySentence;
        private final Map<Integer, Cluster> appositionStarts = new HashMap<>();
        private final Map<Integer, Cluster> appositionEnds = new HashMap<>();
        private final Map<Integer, Cluster> nameStarts = new HashMap<>();

        Pass(TokenView view, List<NameForm> forms, NameGrouper.Grouping grouping, Roles roles) {
            this.view = view;
            this.grouping = grouping;
            bySentence = new ArrayList<>(view.sentenceCount());
            for (int s = 0; s < view.sentenceCount(); s++) {
                bySentence.add(new ArrayList<>());
            }
            boolean[] inTitle = new boolean[view.size()];
            for (NameForm form : forms) {
                for (int i = roles.phraseStart()[form.index()]; i < form.mention().firstToken(); i++) {
                    inTitle[i] = true;
                }
            }
            for (NameForm form : forms) {
                Mention mention = form.mention();
                Cluster cluster = grouping.byName()[form.index()];
                if (!inTitle[mention.firstToken()] && !isPremodifier(form)) {
                    // A name inside another's title ("Foreign Ministry spokesman X") is no antecedent.
                    place(new Placed(mention.firstToken(), mention.endToken(), roles.phraseStart()[form.index()],
                            cluster));
                }
                nameStarts.put(mention.firstToken(), cluster);
                int[] after = appositions.after(view, mention);
                if (after != null) {
                    appositionStarts.put(after[0], cluster);
                }
                int[] before = appositions.before(view, mention);
                if (before != null) {
                    appositionEnds.put(before[1], cluster);
                }
            }
        }

        /**
         * A country or nationality name that modifies a noun ("The US software giant said it …") and so is
         * not what a later pronoun means: followed by a lower-case word that is no verb Lede knows, nor
         * looks like one ("Iran urges", "Iran warned").
         */
        private boolean isPremodifier(NameForm form) {
            if (form.type() != EntityType.GPE && form.type() != EntityType.NORP) {
                return false;
            }
            int next = form.mention().endToken();
            if (next >= view.size() || !view.isWord(next) || view.isCapitalized(next)
                    || view.sentence(next) != view.sentence(form.mention().firstToken())) {
                return false;
            }
            String word = view.lower(next);
            return !lexicon.nounPhraseFollowers.contains(word) && !word.endsWith("ed") && !word.endsWith("s");
        }

        void run(List<Description> descriptions, List<Pronoun> pronouns) {
            int d = 0;
            int p = 0;
            while (d < descriptions.size() || p < pronouns.size()) {
                boolean description = p == pronouns.size()
                        || d < descriptions.size() && descriptions.get(d).first() < pronouns.get(p).token();
                if (description) {
                    Description next = descriptions.get(d++);
                    record(next.first(), next.end(), MentionKind.DESCRIPTION, resolve(next));
                } else {
                    Pronoun next = pronouns.get(p++);
                    Cluster cluster = resolve(next);
                    record(next.token(), next.token() + 1, MentionKind.PRONOUN, cluster);
                    if (cluster != null) {
                        cluster.learnGender(next.pronounClass().gender());
                    }
                }
            }
        }

        private void record(int first, int end, MentionKind kind, Cluster cluster) {
            if (cluster == null) {
                return;
            }
            cluster.addReference(new Mention(view.token(first).start(), view.token(end - 1).end(),
                    view.text(first, end), cluster.type(), kind, first, end));
            place(new Placed(first, end, first, cluster));
        }

        private Cluster resolve(Description d) {
            Cluster apposed = appositionStarts.get(d.first());
            if (apposed == null) {
                apposed = appositionEnds.get(d.end());
            }
            if (apposed == null) {
                apposed = nameStarts.get(d.end());
            }
            if (apposed != null) {
                return apposed.type() == d.type() ? apposed : null;
            }
            Set<Cluster> inside = new HashSet<>();
            for (int i = d.first(); i < d.end(); i++) {
                if (view.nameAt(i) >= 0) {
                    inside.add(grouping.byName()[view.nameAt(i)]);
                }
            }
            List<Cluster> earlier = new ArrayList<>();
            for (Cluster cluster : grouping.clusters()) {
                // "the Somerset town" is not Somerset.
                if (cluster.firstNameToken() < d.first() && cluster.type() == d.type() && !inside.contains(cluster)) {
                    earlier.add(cluster);
                }
            }
            if (d.type() == EntityType.PERSON) {
                return only(earlier, c -> c.hasTitle(d.head()));
            }
            if (d.scope() == Lexicon.HeadScope.NAMED) {
                return only(earlier, c -> c.nameHas(d.head()));
            }
            List<Cluster> named = filter(earlier, c -> c.nameHas(d.head()));
            if (!named.isEmpty()) {
                return named.size() == 1 ? named.get(0) : null;
            }
            List<Cluster> fitting = filter(earlier, c -> fits(d, c));
            if (fitting.size() <= 1) {
                return fitting.isEmpty() ? null : fitting.get(0);
            }
            int sentence = view.sentence(d.first());
            Set<Cluster> recent = clustersIn(sentence, d.first(), c -> true);
            if (sentence > 0) {
                recent.addAll(clustersIn(sentence - 1, Integer.MAX_VALUE, c -> true));
            }
            return only(fitting, recent::contains);
        }

        /** A group description never means an institution; "the country" only a country. */
        private boolean fits(Description d, Cluster cluster) {
            return switch (d.scope()) {
                case COUNTRY -> cluster.isCountry();
                case NOT_COUNTRY -> !cluster.isCountry();
                default -> d.type() != EntityType.ORG || !cluster.isInstitution();
            };
        }

        private Cluster resolve(Pronoun pronoun) {
            int token = pronoun.token();
            int sentence = view.sentence(token);
            Predicate<Cluster> accepts = pronoun.pronounClass()::accepts;
            Set<Cluster> here = clustersIn(sentence, token, accepts);
            Cluster subject = pronoun.object() ? subject(sentence) : null;
            if (here.size() == 1 && here.contains(subject)) {
                // An object pronoun does not mean the subject of its sentence ("The ministry denied it."):
                // look for another entity before. It only ever removes the one candidate, so it cannot turn
                // two ("Steinberg told police LaCalamita shot him") into one.
                accepts = accepts.and(c -> c != subject);
                here = Set.of();
            }
            if (here.isEmpty() && pronoun.object() && pronoun.pronounClass() == PronounClass.THING) {
                // An object "it" with nothing before it in its sentence is most often a claim or an event
                // ("later denied it"), not an organisation from an earlier sentence.
                return null;
            }
            Cluster chosen = null;
            if (here.size() == 1) {
                chosen = here.iterator().next();
            } else if (here.isEmpty()) {
                for (int k = sentence - 1; k >= Math.max(0, sentence - PRONOUN_LOOKBACK); k--) {
                    Set<Cluster> there = clustersIn(k, Integer.MAX_VALUE, accepts);
                    if (there.size() == 1) {
                        chosen = there.iterator().next();
                    } else if (!there.isEmpty()) {
                        Cluster previousSubject = subject(k);
                        chosen = there.contains(previousSubject) ? previousSubject : null;
                    }
                    if (!there.isEmpty()) {
                        break;
                    }
                }
            }
            if (chosen != null && pronoun.pronounClass() == PronounClass.GROUP
                    && pluralPeopleBetween(lastSentence(chosen, token), token)) {
                return null;
            }
            Gender gender = pronoun.pronounClass().gender();
            if (chosen != null && gender != Gender.UNKNOWN && genderedNounBetween(lastEnd(chosen, token), token, gender)) {
                return null;
            }
            return chosen;
        }

        /** The clusters with a mention in a sentence before token {@code before} that a test accepts. */
        private Set<Cluster> clustersIn(int sentence, int before, Predicate<Cluster> test) {
            Set<Cluster> found = new LinkedHashSet<>();
            for (Placed placed : bySentence.get(sentence)) {
                if (placed.end() <= before && test.test(placed.cluster())) {
                    found.add(placed.cluster());
                }
            }
            return found;
        }

        /**
         * The entity that is the subject of a sentence: the mention its first noun phrase ends in, after
         * an introductory phrase ("On Tuesday, …"), or null when that phrase is no mention, is a
         * possessor ("Rajavi's aide") or is coordinated ("Rezaei and Karimi").
         */
        private Cluster subject(int sentence) {
            Sentence s = view.sentenceAt(sentence);
            int start = skipQuotes(s.firstToken(), s.endToken());
            Placed found = placedAt(sentence, start);
            if (found == null) {
                int intro = introComma(start, s.endToken());
                boolean nothingBefore = intro > 0
                        && bySentence.get(sentence).stream().noneMatch(p -> p.first() < intro);
                found = nothingBefore ? placedAt(sentence, skipQuotes(intro + 1, s.endToken())) : null;
            }
            if (found == null || view.is(found.end(), "'s") || view.is(found.end() - 1, "'s") || view.is(found.end(), "and")
                    || view.is(found.end(), "or")) {
                return null;
            }
            return found.cluster();
        }

        /** The comma that ends an introductory phrase starting at {@code start}, or -1. */
        private int introComma(int start, int sentenceEnd) {
            for (int i = start; i < Math.min(sentenceEnd, start + MAX_INTRO); i++) {
                if (view.is(i, ",")) {
                    return i;
                }
            }
            return -1;
        }

        /** Of the mentions whose noun phrase starts at {@code start}, the last (the head, not a modifier). */
        private Placed placedAt(int sentence, int start) {
            Placed found = null;
            for (Placed placed : bySentence.get(sentence)) {
                if (placed.phraseStart() == start) {
                    found = placed;
                }
            }
            return found;
        }

        private int skipQuotes(int i, int end) {
            while (i < end && (view.is(i, "\"") || view.is(i, "'"))) {
                i++;
            }
            return i;
        }

        /** The token after the cluster's last mention before a token. */
        private int lastEnd(Cluster cluster, int before) {
            for (int k = view.sentence(before); k >= 0; k--) {
                List<Placed> placed = bySentence.get(k);
                for (int i = placed.size() - 1; i >= 0; i--) {
                    if (placed.get(i).cluster() == cluster && placed.get(i).end() <= before) {
                        return placed.get(i).end();
                    }
                }
            }
            return before;
        }

        /** True when a noun for a person of this gender ("wife") stands in a stretch. */
        private boolean genderedNounBetween(int from, int to, Gender gender) {
            for (int i = from; i < to; i++) {
                if (lexicon.genderedNouns.get(view.lower(i)) == gender) {
                    return true;
                }
            }
            return false;
        }

        /** The first token of the sentence of the cluster's last mention before a token. */
        private int lastSentence(Cluster cluster, int before) {
            for (int k = view.sentence(before); k >= 0; k--) {
                for (Placed placed : bySentence.get(k)) {
                    if (placed.cluster() == cluster && placed.end() <= before) {
                        return view.sentenceAt(k).firstToken();
                    }
                }
            }
            return before;
        }

        /**
         * True when a plural noun stands in a stretch, so that "they" may mean it rather than a group:
         * "Supporters of the PMOI said they …", "The navy captured 23 pirates as they …".
         */
        private boolean pluralPeopleBetween(int from, int to) {
            for (int i = from; i < to; i++) {
                if (lexicon.pluralPeople.contains(view.lower(i)) || looksPlural(i)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A lower-case word ending in "s" that is no verb or function word Lede knows: a plural noun
         * ("pirates") that "they" may mean. Errs towards plural, which only costs a link.
         */
        private boolean looksPlural(int i) {
            String word = view.lower(i);
            return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                    && !word.endsWith("is") && view.nameAt(i) < 0 && !view.isCapitalized(i)
                    && !lexicon.nounPhraseFollowers.contains(word) && !lexicon.pronouns.containsKey(word);
        }

        private void place(Placed placed) {
            List<Placed> list = bySentence.get(view.sentence(placed.first()));
            int at = list.size();
            while (at > 0 && list.get(at - 1).first() > placed.first()) {
                at--;
            }
            list.add(at, placed);
        }
    }

    private static Cluster only(List<Cluster> clusters, Predicate<Cluster> test) {
        List<Cluster> passing = filter(clusters, test);
        return passing.size() == 1 ? passing.get(0) : null;
    }

    private static List<Cluster> filter(List<Cluster> clusters, Predicate<Cluster> test) {
        List<Cluster> passing = new ArrayList<>(clusters.size());
        for (Cluster cluster : clusters) {
            if (test.test(cluster)) {
                passing.add(cluster);
            }
        }
        return passing;
    }
}
