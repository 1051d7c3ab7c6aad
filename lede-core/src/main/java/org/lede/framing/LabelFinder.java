package org.lede.framing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lede.model.Analysis;
import org.lede.model.Entity;
import org.lede.model.EntityLabel;
import org.lede.model.EntityLabel.Polarity;
import org.lede.model.EntityLabel.Voice;
import org.lede.model.EntityType;
import org.lede.model.Excerpt;
import org.lede.model.Mention;
import org.lede.model.MentionKind;
import org.lede.model.Quote;
import org.lede.model.Token;

/**
 * Finds the labels an article attaches to each entity, from the entities and quotes earlier stages found:
 * <ul>
 *   <li>descriptions that refer to it ("the terror cult", "the group") and its appositions and titles;</li>
 *   <li>predicate nominals after one of its mentions: "X is a terrorist organisation", "X remains the
 *       main opposition", "…, which Tehran calls a terror cult", "X, branded a cult";</li>
 *   <li>label words modifying one of its names: "the notorious PFOI" (only words of the lexicon, so that
 *       "said PFOI" is not a label).</li>
 * </ul>
 * Each label is in the article's voice or inside a quote, and has the lexicon's polarity.
 */
final class LabelFinder {
    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "remains", "remain", "remained",
            "became", "becomes", "become", "being");
    private static final Set<String> NAMING_VERBS = Set.of("calls", "called", "call", "labels", "labelled",
            "labeled", "label", "brands", "branded", "brand", "dubs", "dubbed", "dub", "considers", "considered",
            "described", "describes", "designated", "designates", "declared", "deems", "deemed", "termed");
    /** Naming verbs that, as participles, attach a label without a subject: "X, branded a cult". */
    private static final Set<String> NAMING_PARTICIPLES = Set.of("called", "labelled", "labeled", "branded", "listed",
            "dubbed", "considered", "described", "designated", "declared", "deemed", "termed");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the");
    private static final Set<String> DASHES = Set.of("-", "–", "—");
    /** What a sentence's first word follows: its end, or a quotation mark opening it. */
    private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?", "\"", "“");
    private static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her", "our", "'s");
    private static final Set<String> SKIPPED = Set.of("also", "still", "now", "as", "merely", "just", "only",
            "simply", "nothing", "but", "more", "than", "like", "really", "truly");
    /** Words that end a label phrase: clause and preposition openers. */
    private static final Set<String> PHRASE_ENDS = Set.of("that", "which", "who", "whom", "whose", "and", "but",
            "or", "in", "on", "at", "for", "with", "to", "by", "from", "since", "after", "before", "of", "as",
            "because", "while", "when", "if", "than", "said", "says", "according");
    private static final int MAX_PHRASE = 6;
    private static final int MAX_MODIFIERS = 3;
    /**
     * Words for what kind of actor a name is, which may stand between its label words and it: "the
     * pro-government daily Sabah", "the outlawed militant group PKK".
     */
    private static final Set<String> ACTOR_KINDS = Set.of("daily", "newspaper", "paper", "weekly", "tabloid",
            "agency", "news", "channel", "broadcaster", "television", "tv", "radio", "station", "website", "outlet",
            "group", "party", "movement", "organisation", "organization", "militia", "faction", "network", "cleric",
            "leader", "politician", "activist", "blogger", "journalist", "preacher", "commander");
    private static final int MAX_KIND_WORDS = 2;
    /** Who owns an outlet, a label before its kind however the lexicon reads the word alone ("state"). */
    private static final Set<String> OWNERS = Set.of("state", "government", "official", "semi-official", "public",
            "party", "military", "army");
    /** How far after a mention a relative pronoun and then a naming verb may stand. */
    private static final int RELATIVE_REACH = 5;
    /** The longest aside in brackets read past after a name, in tokens: an acronym, "Maoist", "in Persian". */
    private static final int MAX_BRACKETED = 4;
    /**
     * Heads of an indefinite apposition that say what kind of actor a name is ("Sibneft, a Russian oil
     * company"), which makes it a label even without a loaded word; "Apple, a deserved win" is none.
     */
    private static final Set<String> ACTOR_HEADS = Set.of("group", "party", "movement", "organisation",
            "organization", "militia", "faction", "network", "cult", "sect", "outfit", "company", "firm", "agency",
            "force", "forces", "army", "regime", "government", "broadcaster", "newspaper", "daily", "channel",
            "think-tank", "tank", "alliance", "coalition", "union", "body", "charity", "association", "insurgency",
            "militants", "rebels", "guerrillas");
    /** Words for a government that a place's or a ruler's name before them says whose it is: "the Kiev regime". */
    private static final Set<String> RULE_NOUNS = Set.of("regime", "junta", "clique", "dictatorship");
    /** The most words a reduced relative's subject may have: "Tehran", "the government", "its critics". */
    private static final int MAX_SUBJECT = 3;
    private static final Set<String> INDEFINITES = Set.of("a", "an");
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    /** The longest apposition read past between a name and its copula, in tokens. */
    private static final int MAX_APPOSITION = 20;

    private final LabelLexicon lexicon;

    LabelFinder(LabelLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<EntityLabel> find(Analysis analysis) {
        Collected found = new Collected(analysis);
        for (Entity entity : analysis.entities()) {
            for (Mention mention : entity.mentions()) {
                if (mention.kind() == MentionKind.DESCRIPTION) {
                    add(analysis, entity, mention.start(), mention.end(), found);
                }
                if (mention.kind() == MentionKind.NAME) {
                    modifiers(analysis, entity, mention, found);
                }
                predicateNominal(analysis, entity, mention, found);
            }
            for (Excerpt role : entity.roles()) {
                add(analysis, entity, role.start(), role.end(), found);
            }
        }
        found.labels.sort(Comparator.comparingInt(EntityLabel::start).thenComparing(EntityLabel::entity));
        return found.labels;
    }

    /**
     * The labels found so far in one article, and what is looked up for each: which tokens are inside a name,
     * and the quotes in text order. Worked out once per article, since an article of megabytes has
     * thousands of labels, mentions and quotes.
     */
    private static final class Collected {
        final List<EntityLabel> labels = new ArrayList<>();
        /** The labels found so far of each entity, to leave out one inside another. */
        final Map<String, List<EntityLabel>> byEntity = new HashMap<>();
        final Set<String> seen = new HashSet<>();
        final boolean[] inName;
        final List<Quote> quotes;

        Collected(Analysis analysis) {
            inName = new boolean[analysis.tokens().size()];
            for (Mention mention : analysis.mentions()) {
                if (mention.kind() == MentionKind.NAME) {
                    java.util.Arrays.fill(inName, mention.firstToken(), mention.endToken(), true);
                }
            }
            quotes = new ArrayList<>(analysis.quotes());
            quotes.sort(Comparator.comparingInt(Quote::start));
        }

        /** The first quote, in text order, whose content holds [start, end), or null. */
        Quote quoteAround(int start, int end) {
            for (Quote quote : quotes) {
                if (quote.start() > start) {
                    return null;
                }
                if (end <= quote.end()) {
                    return quote;
                }
            }
            return null;
        }
    }

    /**
     * Label words before a name, after its determiner: "the notorious PFOI" gives "notorious"; with the word
     * for what kind of actor it is between them, "the pro-government daily Sabah" gives "pro-government daily"
     * and "the state-run news agency IRNA" "state-run news agency".
     */
    private void modifiers(Analysis analysis, Entity entity, Mention mention, Collected found) {
        List<Token> tokens = analysis.tokens();
        int first = mention.firstToken();
        int kinds = first - 1;
        while (kinds >= 0 && first - 1 - kinds < MAX_KIND_WORDS && ACTOR_KINDS.contains(lower(tokens, kinds))) {
            kinds--;
        }
        int from = labelWordsFrom(tokens, kinds);
        if (from > kinds && kinds < first - 1 && kinds >= 0 && OWNERS.contains(lower(tokens, kinds))) {
            from = kinds; // "State news agency TASS", "the official news agency IRNA": who owns the outlet
        }
        if (from > kinds) {
            from = labelWordsFrom(tokens, first - 1); // "civil rights activist Malcolm X": the kind is the label
        }
        if (from < first) {
            add(analysis, entity, tokens.get(from).start(), tokens.get(first - 1).end(), found);
        }
        int after = mention.endToken();
        boolean governs = after < tokens.size() && RULE_NOUNS.contains(lower(tokens, after))
                && (entity.type() == EntityType.GPE || entity.type() == EntityType.PERSON);
        if ((entity.type() == EntityType.ORG || governs) && after < tokens.size()
                && isLoadedNoun(tokens.get(after).form())) {
            // "12 PKK terrorists", "Hamas militants": the group's name says whose they are, the noun what they are
            // called. Only after an organisation, or a word for rule after a place or a person ("the Kiev
            // regime", "the Assad regime"): otherwise after a nationality or a place the noun is someone else's
            // ("British terror suspects")
            add(analysis, entity, tokens.get(after).start(), tokens.get(after).end(), found);
        }
    }

    /**
     * A lower-case delegitimising word that is no verb or adverb ("Russia banned"); a legitimising one after a
     * name is mostly sport's ("Arsenal defender", "Wimbledon champion").
     */
    private boolean isLoadedNoun(String form) {
        Polarity polarity = lexicon.polarity(form);
        return polarity == Polarity.DELEGITIMISING && Character.isLowerCase(form.charAt(0))
                && !form.endsWith("ed") && !form.endsWith("ing") && !form.endsWith("ly");
    }

    /**
     * The first of the lexicon's lower-case words ending at {@code last}, or {@code last + 1} when there are none.
     * A participle must follow an article or possessive: in "Russia banned Gazprom" it is the verb (a compound
     * such as "state-owned" is none).
     */
    private int labelWordsFrom(List<Token> tokens, int last) {
        int t = last;
        while (t >= 0 && last - t < MAX_MODIFIERS && lexicon.polarity(tokens.get(t).form()) != null
                && (Character.isLowerCase(tokens.get(t).form().charAt(0))
                || opensSentence(tokens, t) && tokens.get(t).form().indexOf('-') > 0)) {
            t--;
        }
        int from = t + 1;
        if (from <= last && tokens.get(from).form().endsWith("ed") && tokens.get(from).form().indexOf('-') < 0
                && (t < 0 || !DETERMINERS.contains(lower(tokens, t)) && !POSSESSIVES.contains(lower(tokens, t)))) {
            from++;
        }
        return from;
    }

    /**
     * "MENTION is a PHRASE", "MENTION, which SOMEONE calls a PHRASE", "MENTION, branded a PHRASE": the phrase
     * runs from its determiner to the first word that opens a clause or a prepositional phrase.
     */
    private void predicateNominal(Analysis analysis, Entity entity, Mention mention, Collected found) {
        List<Token> tokens = analysis.tokens();
        int t = afterBrackets(tokens, mention.endToken());
        if (mention.kind() == MentionKind.NAME) {
            t = afterWeekday(tokens, t); // "the PFOI on Tuesday, a group Tehran calls a terror cult"
        }
        boolean comma = t < tokens.size() && tokens.get(t).form().equals(",");
        // "the PKK - listed as a terrorist organization by …": a dash sets a naming participle off as a comma
        // does; a clause between dashes ("Melcher - who knew Manson - was") runs on past the second one
        boolean dash = t < tokens.size() && DASHES.contains(tokens.get(t).form());
        if (comma || dash) {
            t++;
        }
        int afterComma = t;
        if (comma) {
            t = pastApposition(tokens, t); // "The Guards, an elite force that …, were designated a …"
        }
        boolean apposition = t != afterComma;
        int verb = -1;
        if (comma && mention.kind() == MentionKind.NAME && entity.type() != EntityType.PERSON
                && t < tokens.size() && INDEFINITES.contains(tokens.get(t).form())) {
            // "Hamas, an Islamist group that …", "the PFOI, a group Tehran calls a terror cult": the apposition
            // is the article's word for the name, and a naming verb inside it gives its subject's. (A person's
            // apposition is a role, labelled as such.)
            int end = phraseEnd(tokens, t, found.inName);
            if (end > t + 1 && (ACTOR_HEADS.contains(lower(tokens, end - 1))
                    || lexicon.polarityOf(wordsOutsideNames(analysis, tokens.get(t).start(), tokens.get(end - 1).end(),
                            found)) != Polarity.NEUTRAL)) {
                add(analysis, entity, tokens.get(t).start(), tokens.get(end - 1).end(), found);
            }
            verb = namingVerbOfReducedRelative(tokens, end);
        } else if (dash) {
            verb = t < tokens.size() && NAMING_PARTICIPLES.contains(lower(tokens, t)) ? t : -1;
        } else if (t < tokens.size() && COPULAS.contains(lower(tokens, t))) {
            // "…, an elite force that answers to Ali Khamenei, were designated …": a copula after a comma
            // closing an apposition has the apposition's subject, not the name inside it, unless the name is
            // that apposition ("her father, Murray, is a former champion")
            boolean nameIsApposition = mention.firstToken() > 0
                    && tokens.get(mention.firstToken() - 1).form().equals(",");
            verb = comma && !apposition && !nameIsApposition ? -1 : pastNamingParticiple(tokens, t);
        } else if (comma && t < tokens.size() && NAMING_PARTICIPLES.contains(lower(tokens, t))) {
            verb = t; // "X, branded a cult by …"; without the comma "Tehran called a meeting" would count
        } else if (t < tokens.size() && Set.of("which", "who", "whom").contains(lower(tokens, t))) {
            for (int v = t + 1; v < Math.min(tokens.size(), t + RELATIVE_REACH); v++) {
                if (NAMING_VERBS.contains(lower(tokens, v)) || COPULAS.contains(lower(tokens, v))) {
                    verb = pastNamingParticiple(tokens, v); // "X, which is listed as a …"
                    break;
                }
            }
        }
        if (verb < 0) {
            return;
        }
        int d = verb + 1;
        while (d < tokens.size() && SKIPPED.contains(lower(tokens, d))) {
            d++;
        }
        if (d >= tokens.size() || !DETERMINERS.contains(lower(tokens, d))) {
            return;
        }
        int end = phraseEnd(tokens, d, null);
        if (end > d + 1) {
            add(analysis, entity, tokens.get(d).start(), tokens.get(end - 1).end(), found);
        }
    }

    /**
     * Where a label phrase opened by the determiner at {@code d} ends: at the first word that opens a clause or a
     * prepositional phrase, or after {@link #MAX_PHRASE} words. In an apposition (where the tokens inside
     * names are given), also before a name after its first word ("a group Tehran calls …") and before a
     * naming verb.
     */
    private static int phraseEnd(List<Token> tokens, int d, boolean[] inName) {
        int end = d + 1;
        while (end < tokens.size() && end - d <= MAX_PHRASE && isPhraseWord(tokens.get(end).form())
                && !PHRASE_ENDS.contains(lower(tokens, end))
                && !(inName != null && end > d + 1 && (inName[end] && !inName[end - 1]
                        || NAMING_VERBS.contains(lower(tokens, end))))) {
            end++;
        }
        return end;
    }

    /**
     * The words of the characters [start, end) outside names, which give a label its polarity: "Liberation" in "a
     * spokesman for the Mountain Liberation Army" is a name's, and labels nothing.
     */
    private static List<String> wordsOutsideNames(Analysis analysis, int start, int end, Collected found) {
        List<String> words = new ArrayList<>();
        List<Token> tokens = analysis.tokens();
        for (int t = analysis.firstTokenFrom(start); t < tokens.size() && tokens.get(t).start() < end; t++) {
            if (tokens.get(t).end() <= end && !found.inName[t]) {
                words.add(tokens.get(t).form());
            }
        }
        return words;
    }

    /**
     * The naming verb of a relative clause without its pronoun right after a phrase ending at {@code end}: "a
     * group Tehran calls a terror cult", "a movement critics describe as a cult"; else -1.
     */
    private static int namingVerbOfReducedRelative(List<Token> tokens, int end) {
        for (int v = end; v < tokens.size() && v <= end + MAX_SUBJECT; v++) {
            if (!isPhraseWord(tokens.get(v).form())) {
                return -1;
            }
            if (v > end && NAMING_VERBS.contains(lower(tokens, v))) {
                return v;
            }
        }
        return -1;
    }

    /** Past "on Tuesday" right after a name, else {@code t}. */
    private static int afterWeekday(List<Token> tokens, int t) {
        return t + 1 < tokens.size() && lower(tokens, t).equals("on") && WEEKDAYS.contains(lower(tokens, t + 1))
                ? t + 2 : t;
    }

    /** The participle after a copula ("X is considered a …", "which is listed as a …"), else the copula. */
    private static int pastNamingParticiple(List<Token> tokens, int verb) {
        return COPULAS.contains(lower(tokens, verb)) && verb + 1 < tokens.size()
                && NAMING_PARTICIPLES.contains(lower(tokens, verb + 1)) ? verb + 1 : verb;
    }

    /**
     * Past an apposition opened by an article and closed by a comma before a copula ("The Guards, an elite
     * force that answers to the Supreme Leader, were designated a …"), to the copula; else {@code t}.
     */
    private static int pastApposition(List<Token> tokens, int t) {
        if (t >= tokens.size() || !DETERMINERS.contains(lower(tokens, t))) {
            return t;
        }
        for (int k = t + 1; k < tokens.size() && k <= t + MAX_APPOSITION; k++) {
            String form = tokens.get(k).form();
            if (form.equals(",")) {
                return k + 1 < tokens.size() && COPULAS.contains(lower(tokens, k + 1)) ? k + 1 : t;
            }
            if (SENTENCE_ENDS.contains(form) || form.equals(";")) {
                return t;
            }
        }
        return t;
    }

    /**
     * Past an acronym or aside in brackets right after a name ("the Tigray People's Liberation Front (TPLF), which
     * the government designated a terrorist organisation"), else {@code t}.
     */
    private static int afterBrackets(List<Token> tokens, int t) {
        if (t >= tokens.size() || !tokens.get(t).form().equals("(")) {
            return t;
        }
        for (int k = t + 1; k < tokens.size() && k <= t + MAX_BRACKETED; k++) {
            if (tokens.get(k).form().equals(")")) {
                return k + 1;
            }
        }
        return t;
    }

    /**
     * "State-owned Rosneft": a capital that only opens the sentence does not make a compound a name's. (A plain
     * word there may be a name's or modify another word: "Cult British group Portishead".)
     */
    private static boolean opensSentence(List<Token> tokens, int t) {
        return t == 0 || SENTENCE_ENDS.contains(tokens.get(t - 1).form());
    }

    private static boolean isPhraseWord(String form) {
        return Character.isLetterOrDigit(form.charAt(0)) || form.equals("-") || form.equals("'s");
    }

    private static String lower(List<Token> tokens, int t) {
        return tokens.get(t).form().toLowerCase(Locale.ROOT);
    }

    private void add(Analysis analysis, Entity entity, int start, int end, Collected found) {
        if (!found.seen.add(entity.id() + ':' + start + ':' + end)) {
            return;
        }
        List<EntityLabel> entityLabels = found.byEntity.computeIfAbsent(entity.id(), id -> new ArrayList<>());
        for (EntityLabel label : entityLabels) {
            if (label.start() <= start && end <= label.end()) {
                return; // "state TV channel" inside the description "the state TV channel" of the same entity
            }
        }
        List<String> words = wordsOutsideNames(analysis, start, end, found);
        Quote quote = found.quoteAround(start, end);
        EntityLabel label = new EntityLabel(entity.id(), analysis.article().text().substring(start, end), start, end,
                quote == null ? Voice.ARTICLE : Voice.QUOTE, quote == null ? null : quote.id(),
                lexicon.polarityOf(words));
        // "a spokesman", an apposition, inside the role "a spokesman for the group" found after it
        List<EntityLabel> inside = entityLabels.stream()
                .filter(other -> start <= other.start() && other.end() <= end).toList();
        found.labels.removeAll(inside);
        entityLabels.removeAll(inside);
        found.labels.add(label);
        entityLabels.add(label);
    }

    /** A label's words without case and its leading determiner: what "the same label" compares. */
    static String key(EntityLabel label) {
        String text = label.text().toLowerCase(Locale.ROOT).strip();
        for (String determiner : List.of("the ", "a ", "an ", "this ", "that ", "these ", "those ")) {
            if (text.startsWith(determiner)) {
                return text.substring(determiner.length()).strip();
            }
        }
        return text;
    }

    static boolean isLoaded(EntityLabel label) {
        return label.polarity() != Polarity.NEUTRAL;
    }
}
