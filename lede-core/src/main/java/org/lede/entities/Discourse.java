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
import org.lede.model.Sentence;

/**
 * The mentions of one article placed sentence by sentence with their entities, as linking proceeds in
 * text order: what came before a pronoun or description, which entity is a sentence's subject, and which
 * name a phrase stands in apposition to. Built per article, never shared between threads.
 */
final class Discourse {
    /** How far into a sentence an introductory phrase may run before its comma ("On Tuesday, …"). */
    private static final int MAX_INTRO = 8;

    /** A mention placed in the text with its entity; {@code phraseStart} counts a title before a name. */
    private record Placed(int first, int end, int phraseStart, Cluster cluster) {
    }

    private final TokenView view;
    private final Lexicon lexicon;
    private final NameGrouper.Grouping grouping;
    private final List<List<Placed>> bySentence;
    private final Map<Integer, Cluster> appositionStarts = new HashMap<>();
    private final Map<Integer, Cluster> appositionEnds = new HashMap<>();
    private final Map<Integer, Cluster> nameStarts = new HashMap<>();
    /** Head words of the descriptions linked so far, with the entities they were linked to. */
    private final Map<String, Set<Cluster>> describedAs = new HashMap<>();
    /** First tokens of the descriptions of something that is none of the entities ("The camp, known as …"). */
    private final Set<Integer> untrackedDescriptions = new HashSet<>();

    Discourse(TokenView view, List<NameForm> forms, NameGrouper.Grouping grouping, Roles roles, Lexicon lexicon,
              Appositions appositions) {
        this.view = view;
        this.lexicon = lexicon;
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
                place(mention.firstToken(), mention.endToken(), roles.phraseStart()[form.index()], cluster);
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

    TokenView view() {
        return view;
    }

    Lexicon lexicon() {
        return lexicon;
    }

    NameGrouper.Grouping grouping() {
        return grouping;
    }

    /**
     * The entity of the name that tokens [first, end) stand in apposition to ("X, the spokesman," /
     * "the spokesman, X," / "the militant group Hamas"), or null.
     */
    Cluster apposed(int first, int end) {
        Cluster apposed = appositionStarts.get(first);
        if (apposed == null) {
            apposed = appositionEnds.get(end);
        }
        return apposed != null ? apposed : nameStarts.get(end);
    }

    /** The entity named right after "of" at {@code end}: "the southwestern city of Ahvaz", or null. */
    Cluster namedAfterOf(int end) {
        return end + 1 < view.size() && view.is(end, "of") ? nameStarts.get(end + 1) : null;
    }

    /** Records the entity a description was linked to. */
    void describe(Description description, Cluster cluster) {
        describedAs.computeIfAbsent(description.head(), head -> new LinkedHashSet<>()).add(cluster);
    }

    /** Records a description of something that is none of the entities ("The camp" of no named camp). */
    void describeUntracked(Description description) {
        untrackedDescriptions.add(description.first());
    }

    /** The entities an earlier description with this head word was linked to ("the group" … "the terror group"). */
    Set<Cluster> describedAs(String head) {
        return describedAs.getOrDefault(head, Set.of());
    }

    /**
     * True when the sentence opens with a description of something that is none of the entities ("The
     * camp, known as Ashraf-3, lies …"): "It" in the next sentence most likely continues that subject and
     * means none of the entities the sentence mentions.
     */
    boolean opensWithUntrackedDescription(int sentence) {
        Sentence s = view.sentenceAt(sentence);
        return untrackedDescriptions.contains(skipQuotes(s.firstToken(), s.endToken()));
    }

    /** Records a linked mention at tokens [first, end). */
    void place(int first, int end, Cluster cluster) {
        place(first, end, first, cluster);
    }

    private void place(int first, int end, int phraseStart, Cluster cluster) {
        List<Placed> list = bySentence.get(view.sentence(first));
        int at = list.size();
        while (at > 0 && list.get(at - 1).first() > first) {
            at--;
        }
        list.add(at, new Placed(first, end, phraseStart, cluster));
    }

    /** The entities with a mention in a sentence ending before token {@code before} that a test accepts. */
    Set<Cluster> clustersIn(int sentence, int before, Predicate<Cluster> test) {
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
    Cluster subject(int sentence) {
        Sentence s = view.sentenceAt(sentence);
        int start = skipQuotes(s.firstToken(), s.endToken());
        Placed found = placedAt(sentence, start);
        if (found == null) {
            int intro = introComma(start, s.endToken());
            boolean nothingBefore = intro > 0
                    && bySentence.get(sentence).stream().noneMatch(p -> p.first() < intro);
            found = nothingBefore ? placedAt(sentence, skipQuotes(intro + 1, s.endToken())) : null;
        }
        if (found == null || view.is(found.end(), "'s") || view.is(found.end() - 1, "'s")
                || view.is(found.end(), "and") || view.is(found.end(), "or")) {
            return null;
        }
        return found.cluster();
    }

    /** The token after the entity's last mention before a token. */
    int lastEnd(Cluster cluster, int before) {
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

    /** The first token of the sentence of the entity's last mention before a token. */
    int lastSentenceStart(Cluster cluster, int before) {
        return view.sentenceAt(view.sentence(Math.max(0, lastEnd(cluster, before) - 1))).firstToken();
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
}
