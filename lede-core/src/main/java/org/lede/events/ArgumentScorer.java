package org.lede.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lede.model.Entity;
import org.lede.model.EventArgument;
import org.lede.model.Mention;
import org.lede.model.MentionIndex;
import org.lede.model.Quote;
import org.lede.model.Sentence;
import org.lede.model.Token;

/**
 * Chooses an event's actor, target, place and instrument among the phrases around its trigger with one
 * logistic regression per slot ({@code models/event-arguments.tsv}, rebuilt by {@code lede train events}).
 * The candidates are the entity mentions of the trigger's sentence and the sentences either side, the words
 * for people who act, weapons and places, and what the rules of {@link ArgumentFinder} gave; the features say
 * where a candidate stands (side, distance, the preposition before it, clause breaks between), what it is
 * (entity type, name, description or pronoun) and whether the rules gave it to a slot. A slot the rules filled
 * keeps their phrase; an empty one takes its best candidate when its probability reaches the model's
 * threshold, and a phrase fills one slot only.
 * Immutable and thread-safe.
 */
final class ArgumentScorer {
    static final String RESOURCE = "/org/lede/models/event-arguments.tsv";
    /** The slots in the order the rules give them: actor, target, place, instrument. */
    static final List<String> SLOTS = List.of("actor", "target", "place", "instrument");
    /** Sentences either side of the trigger's whose mentions are candidates. */
    private static final int SENTENCE_REACH = 1;

    /** A phrase that may fill a slot, with the tokens it covers and how it came to be a candidate. */
    record Candidate(EventArgument argument, int firstToken, int endToken, String kind, String type) {
    }

    /**
     * What the scorer knows of a trigger: its token, whether it reads as a noun, its CAMEO root, and whether it
     * is a passive verb without "by …", which names no one who did it, so no actor is looked for elsewhere.
     */
    record TriggerContext(int token, int sentence, boolean noun, String root, boolean agentless) {
    }

    /**
     * Weights by "slot|feature". Never changed after construction. A HashMap, not Map.copyOf: most features
     * asked about are in no model, and the immutable map's probe compares the asked string with every key on
     * its way, while a HashMap compares stored hashes first.
     */
    private final Map<String, Double> weights;
    private final double threshold;

    ArgumentScorer(Map<String, Double> weights, double threshold) {
        this.weights = new HashMap<>(weights);
        this.threshold = threshold;
    }

    /** The model shipped in the jar, or null when it is absent (the rules alone then give the arguments). */
    static ArgumentScorer load() {
        InputStream in = ArgumentScorer.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            return null;
        }
        Map<String, Double> weights = new HashMap<>();
        double threshold = 0.5;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t");
                if (row[0].equals("threshold")) {
                    threshold = Double.parseDouble(row[1]);
                } else {
                    weights.put(row[0], Double.parseDouble(row[1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE, e);
        }
        return new ArgumentScorer(weights, threshold);
    }

    Map<String, Double> weights() {
        return Collections.unmodifiableMap(weights);
    }

    double threshold() {
        return threshold;
    }

    /**
     * The arguments for the four slots: what the rules gave stays (they are the more precise), and each slot
     * they left empty takes the best candidate whose probability reaches the threshold, greedily over the
     * slots from the most probable, so that one phrase fills one slot.
     */
    EventArgument[] choose(ArticleView view, TriggerContext trigger, EventArgument[] rules) {
        EventArgument[] chosen = rules.clone();
        if (Arrays.stream(chosen).allMatch(Objects::nonNull)) {
            return chosen;
        }
        List<Candidate> candidates = candidates(view, trigger, rules);
        boolean[] used = new boolean[candidates.size()];
        for (EventArgument rule : rules) {
            for (int c = 0; c < candidates.size(); c++) {
                used[c] |= rule != null && (rule.overlaps(candidates.get(c).argument())
                        || coordinated(view, rule, candidates.get(c)));
            }
        }
        // Only the pairs that could be chosen are scored: the features are most of the event stage's time.
        double[][] probability = new double[SLOTS.size()][candidates.size()];
        for (int k = 0; k < SLOTS.size(); k++) {
            for (int c = 0; c < candidates.size(); c++) {
                boolean open = chosen[k] == null && !used[c] && fits(SLOTS.get(k), candidates.get(c))
                        && !(k == 0 && trigger.agentless())
                        && !(k <= 1 && modifiesNoun(trigger, candidates.get(c)))
                        && !namesKind(view, trigger, candidates.get(c));
                probability[k][c] = open ? probability(SLOTS.get(k),
                        features(view, trigger, candidates.get(c), SLOTS.get(k), rules)) : 0;
            }
        }
        for (int round = 0; round < SLOTS.size(); round++) {
            int bestSlot = -1;
            int bestCandidate = -1;
            double best = threshold;
            for (int k = 0; k < SLOTS.size(); k++) {
                for (int c = 0; c < candidates.size(); c++) {
                    if (chosen[k] == null && !used[c] && probability[k][c] >= best && probability[k][c] > 0) {
                        best = probability[k][c];
                        bestSlot = k;
                        bestCandidate = c;
                    }
                }
            }
            if (bestSlot < 0) {
                break;
            }
            chosen[bestSlot] = candidates.get(bestCandidate).argument();
            used[bestCandidate] = true;
        }
        return chosen;
    }

    /**
     * Whether the candidate is joined to a phrase the rules gave by "and", "or" or a comma ("Lord Justice Rix and
     * Mr Justice Forbes ruled"): it shares that phrase's slot, which is widened to it later, and fills no other.
     */
    private static boolean coordinated(ArticleView view, EventArgument rule, Candidate candidate) {
        String text = view.analysis.article().text();
        EventArgument other = candidate.argument();
        int from = Math.min(rule.end(), other.end());
        int to = Math.max(rule.start(), other.start());
        if (to <= from || to - from > 6) {
            return false;
        }
        String between = text.substring(from, to).strip();
        return between.equals("and") || between.equals("or") || between.equals(",") || between.equals(", and");
    }

    /**
     * Whether the candidate stands right before a noun trigger, as a word that says what kind of event it is
     * ("house arrest", "a car bomb attack"). The rules read such a word as the actor ("an IRA bombing") or
     * the target ("hospital attacks") where it is one; one they left alone is no participant.
     */
    private static boolean modifiesNoun(TriggerContext trigger, Candidate candidate) {
        return trigger.noun() && candidate.endToken() == trigger.token();
    }

    /** Whether the candidate only says what kind of event the noun is ("house arrest"): it fills no slot. */
    private static boolean namesKind(ArticleView view, TriggerContext trigger, Candidate candidate) {
        return modifiesNoun(trigger, candidate)
                && Words.namesKindOf(view.form(candidate.endToken() - 1), view.form(trigger.token()));
    }

    /**
     * Whether a candidate can fill a slot at all: a place is a place entity's name or description (a pronoun
     * says too little of where, and is more often wrongly resolved) or a place word, an instrument a
     * weapon or a thing (no person, group or place), a weapon word is no actor or target, a place word no actor.
     */
    private static boolean fits(String slot, Candidate candidate) {
        String kind = candidate.kind();
        String type = candidate.type();
        return switch (slot) {
            case "place" -> kind.equals("PLACE_WORD") || !kind.equals("PRONOUN")
                    && (type.equals("GPE") || type.equals("LOC") || type.equals("FAC"));
            case "instrument" -> kind.equals("WEAPON_WORD") || type.equals("MISC")
                    || type.equals("none") && !kind.equals("AGENT_WORD") && !kind.equals("PLACE_WORD");
            case "actor" -> !kind.equals("WEAPON_WORD") && !kind.equals("PLACE_WORD");
            default -> !kind.equals("WEAPON_WORD");
        };
    }

    double probability(String slot, List<String> features) {
        return probability(weights, slot, features);
    }

    /** The logistic model's probability under weights by "slot|feature"; the trainer's weights as it fits them. */
    static double probability(Map<String, Double> weights, String slot, List<String> features) {
        double sum = 0;
        for (String feature : features) {
            sum += weights.getOrDefault(slot + "|" + feature, 0.0);
        }
        return 1 / (1 + Math.exp(-sum));
    }

    /**
     * The phrases that may fill a slot: every entity mention in the trigger's sentence and the ones either
     * side, what the rules gave (a longer phrase than a mention: "a compound belonging to the network"), and
     * the single words for people who act, weapons and places. A trigger inside a quote takes them from the
     * quote only: around it stand who said it and who relayed it ("the group had planned attacks abroad,
     * the state TV channel IRINN reported"), not who did what.
     */
    static List<Candidate> candidates(ArticleView view, TriggerContext trigger, EventArgument[] rules) {
        List<Sentence> sentences = view.analysis.sentences();
        int firstToken = sentences.get(Math.max(0, trigger.sentence() - SENTENCE_REACH)).firstToken();
        int endToken = sentences.get(Math.min(sentences.size() - 1, trigger.sentence() + SENTENCE_REACH)).endToken();
        Quote quote = view.quoteAt(trigger.token());
        if (quote != null) {
            while (firstToken < endToken && !quote.contains(view.tokens.get(firstToken))) {
                firstToken++;
            }
            while (endToken > firstToken && !quote.contains(view.tokens.get(endToken - 1))) {
                endToken--;
            }
        }
        Map<Long, Candidate> byStretch = new LinkedHashMap<>();
        for (MentionIndex.Entry found : view.mentionsWithin(firstToken, endToken)) {
            Mention mention = found.mention();
            Entity entity = found.entity();
            if (!(mention.firstToken() <= trigger.token() && trigger.token() < mention.endToken())) {
                add(byStretch, new Candidate(new EventArgument(entity.id(), mention.text(), mention.start(),
                        mention.end()), mention.firstToken(), mention.endToken(), mention.kind().name(),
                        entity.type().name()));
            }
        }
        for (EventArgument rule : rules) {
            if (rule != null) {
                int[] tokens = tokensOf(view, rule, firstToken, endToken);
                if (tokens != null) {
                    add(byStretch, new Candidate(rule, tokens[0], tokens[1], "PHRASE", typeAt(view, tokens[1] - 1)));
                }
            }
        }
        for (int i = firstToken; i < endToken; i++) {
            String word = wordClass(view.form(i));
            if (i != trigger.token() && view.mention(i) == null && word != null) {
                Token token = view.tokens.get(i);
                add(byStretch, new Candidate(new EventArgument(null, token.form(), token.start(), token.end()),
                        i, i + 1, word, "none"));
            }
        }
        return new ArrayList<>(byStretch.values());
    }

    private static void add(Map<Long, Candidate> byStretch, Candidate candidate) {
        byStretch.putIfAbsent((long) candidate.argument().start() << 32 | candidate.argument().end(), candidate);
    }

    private static int[] tokensOf(ArticleView view, EventArgument argument, int from, int to) {
        int first = -1;
        int end = -1;
        for (int i = from; i < to; i++) {
            Token token = view.tokens.get(i);
            if (first < 0 && token.start() >= argument.start()) {
                first = i;
            }
            if (token.end() <= argument.end()) {
                end = i + 1;
            }
        }
        return first < 0 || end <= first ? null : new int[] {first, end};
    }

    private static String typeAt(ArticleView view, int token) {
        return view.entityType(token) == null ? "none" : view.entityType(token).name();
    }

    private static String wordClass(String form) {
        if (Words.AGENTS.contains(form)) {
            return "AGENT_WORD";
        }
        if (Words.WEAPONS.contains(form) || Words.INSTRUMENTS.contains(form)) {
            return "WEAPON_WORD";
        }
        return Words.PLACE_NOUNS.contains(form) ? "PLACE_WORD" : null;
    }

    /** The features of one candidate for one slot; the weights are per slot, so the slot is not among them. */
    static List<String> features(ArticleView view, TriggerContext trigger, Candidate candidate, String slot,
                                 EventArgument[] rules) {
        List<String> features = new ArrayList<>(24);
        int t = trigger.token();
        boolean after = candidate.firstToken() > t;
        String side = after ? "after" : "before";
        int distance = after ? candidate.firstToken() - t : t - (candidate.endToken() - 1);
        int sentenceOffset = view.sentenceIndex(candidate.firstToken()) - trigger.sentence();
        String pos = trigger.noun() ? "noun" : "verb";
        String kind = candidate.kind();
        String type = candidate.type();
        features.add("bias");
        features.add("kind=" + kind);
        features.add("type=" + type);
        features.add("type=" + type + ":" + side);
        features.add("kind=" + kind + ":" + side);
        features.add("type=" + type + ":" + pos + ":" + side);
        features.add("sentence=" + sentenceOffset);
        if (sentenceOffset == 0) {
            features.add("distance=" + side + ":" + bucket(distance));
            features.add("distance=" + pos + ":" + side + ":" + bucket(distance));
            features.add("breaks=" + side + ":" + Math.min(2, breaksBetween(view, t, candidate)));
        }
        String before = candidate.firstToken() > 0 ? view.lower(candidate.firstToken() - 1) : "";
        String prep = Words.PREPOSITIONS.contains(before) ? before : "none";
        features.add("prep=" + prep + ":" + side);
        features.add("prep=" + prep + ":" + type);
        if (candidate.endToken() < view.tokens.size()) {
            String next = view.form(candidate.endToken());
            if (ArgumentFinder.isPossessive(next)) {
                features.add("possessor:" + side + ":" + Math.min(3, distance));
            }
        }
        features.add("root=" + trigger.root() + ":" + side);
        features.add("root=" + trigger.root() + ":" + type);
        if (t > 0 && view.form(t).endsWith("ed") && Words.PASSIVE_AUXILIARIES.contains(view.form(t - 1))) {
            features.add("passive:" + side);
        }
        if (!"PHRASE".equals(kind) && !"NAME".equals(kind)) {
            features.add("head=" + view.lower(candidate.endToken() - 1));
        }
        int slotIndex = SLOTS.indexOf(slot);
        EventArgument own = rules[slotIndex];
        if (own == null) {
            features.add("rule=none");
        } else if (own.overlaps(candidate.argument())) {
            features.add("rule=this");
        }
        for (int k = 0; k < rules.length; k++) {
            if (k != slotIndex && rules[k] != null && rules[k].overlaps(candidate.argument())) {
                features.add("rule=" + SLOTS.get(k));
            }
        }
        return features;
    }

    private static String bucket(int distance) {
        if (distance <= 3) {
            return Integer.toString(distance);
        }
        return distance <= 5 ? "4-5" : distance <= 9 ? "6-9" : distance <= 15 ? "10-15" : "16+";
    }

    /** Clause words and punctuation between the trigger and the candidate, in its sentence. */
    private static int breaksBetween(ArticleView view, int trigger, Candidate candidate) {
        int from = Math.min(trigger, candidate.endToken());
        int to = Math.max(trigger, candidate.firstToken());
        int breaks = 0;
        for (int i = from + 1; i < to; i++) {
            String form = view.form(i);
            if (Words.isPunctuation(form) || Words.CLAUSE_WORDS.contains(form)) {
                breaks++;
            }
        }
        return breaks;
    }
}
