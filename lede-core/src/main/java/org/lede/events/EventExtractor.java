package org.lede.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lede.model.Analysis;
import org.lede.model.EntityType;
import org.lede.model.Event.Bounds;
import org.lede.model.Event.Casualty;
import org.lede.model.Event.Modality;
import org.lede.model.EventArgument;
import org.lede.model.Excerpt;
import org.lede.model.Mention;
import org.lede.model.MentionKind;
import org.lede.model.Quote;
import org.lede.model.Sentence;
import org.lede.model.Span;
import org.lede.model.Timex;
import org.lede.model.Token;
import org.lede.pipeline.Stage;
import org.lede.text.TitleCase;
import org.lede.text.Tokenizer;
import org.lede.text.WordTable;

/**
 * Finds the events an article reports, coded in CAMEO as GDELT codes them, with their actor, target, place,
 * time and instrument, the people killed, injured, arrested and displaced, the quote that states them and
 * how they are presented (happened, denied, planned, hypothetical, historical).
 *
 * <p>Precision over recall: triggers come from a short hand-checked lexicon ({@code triggers.tsv}), an actor
 * is only kept when it is an entity mention or a phrase headed by a word for people who act, and the mentions
 * of one occurrence (the lead's "raided", a later "the raid" or "the operation") are merged into one event.
 * Runs after the quote, time and quantity stages, whose layers it reads.
 */
public final class EventExtractor implements Stage {
    /** CAMEO's "use tactics of violent repression": tear gas, rubber bullets, baton charges on crowds. */
    private static final String REPRESSION = "175";
    /** How many sentences back a casualty count or an anaphoric noun looks for its event. */
    private static final int LOOK_BACK = 2;
    /** How far back a legal word ("charged", "charges") makes a bare crime noun a charge, in tokens. */
    private static final int CHARGE_REACH = 12;
    /** How many words that say what kind of crime may stand before its noun ("criminally negligent homicide"). */
    private static final int CRIME_MODIFIERS = 4;
    /** How far before a bare event noun a prohibition may stand ("a ban on public gatherings and protests"). */
    private static final int PROHIBITION_REACH = 5;
    /** How far before a trigger the word it must follow may stand ("found him guilty"), in tokens. */
    private static final int AFTER_REACH = 3;
    /** How far a word a trigger needs may follow it whatever stands between, in tokens. */
    private static final int NEEDS_NEAR = 5;
    /** How far a word a trigger needs may follow it when no comma or clause word stands between, in tokens. */
    private static final int NEEDS_REACH = 9;
    /** How far before "an attack" a copula or a verb of naming may stand ("called the explosion an attack"). */
    private static final int RENAMING_REACH = 4;
    /** How far after a verb the event noun it supports may stand ("fought a fierce gun battle"), in tokens. */
    private static final int SUPPORT_REACH = 4;

    /** CAMEO "Protest violently, riot". */
    private static final String VIOLENT_PROTEST = "145";

    private final EventLexicon lexicon;
    /** The learned choice among the candidate arguments, or null to keep what the rules give. */
    private final ArgumentScorer scorer;

    /** The extractor with the shipped lexicon and, when the jar has it, the shipped argument model. */
    public EventExtractor() {
        this(EventLexicon.load(), ArgumentScorer.load());
    }

    EventExtractor(EventLexicon lexicon, ArgumentScorer scorer) {
        this.lexicon = lexicon;
        this.scorer = scorer;
    }

    @Override
    public Analysis process(Analysis analysis) {
        ArticleView view = new ArticleView(analysis, lexicon);
        List<EventMention> mentions = new ArrayList<>();
        ArgumentFinder arguments = new ArgumentFinder(view);
        ModalityReader modality = new ModalityReader(view);
        CasualtyCounter counter = new CasualtyCounter(view);
        List<Sentence> sentences = analysis.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            int firstOfSentence = mentions.size();
            for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
                EventMention mention = mentionAt(view, i, s, sentence, arguments, modality);
                if (mention != null) {
                    mentions.add(mention);
                }
            }
            countCasualties(view, counter, sentence, mentions, firstOfSentence);
        }
        return analysis.withEvents(new EventMerger(lexicon).merge(mentions));
    }

    private EventMention mentionAt(ArticleView view, int i, int s, Sentence sentence, ArgumentFinder arguments,
                                   ModalityReader modality) {
        List<EventLexicon.Trigger> readings = lexicon.readings(view.form(i));
        EventLexicon.Trigger trigger = readings == null ? null : readingAt(view, i, sentence, readings);
        boolean anaphor = readings == null && Words.ANAPHORS.contains(view.form(i)) && definite(view, i, sentence);
        if (trigger == null && !anaphor || isInName(view, i)) {
            return null;
        }
        if (figurative(view, i, sentence) || accidental(view, i, sentence) || isMarkupLine(view, sentence)) {
            return null;
        }
        boolean noun = anaphor || isNoun(view, i, sentence, trigger);
        if (noun && i + 1 < sentence.endToken() && (ArgumentFinder.modifiesAgent(view, i)
                || Words.NOT_EVENT_HEADS.contains(view.form(i + 1)))) {
            return null; // a noun that only says what kind of thing follows: "riot police", "protest movement"
        }
        if (noun && i + 1 < sentence.endToken() && Words.ADJECTIVES_BEFORE_NAMES.contains(view.form(i))
                && Character.isUpperCase(view.form(i + 1).charAt(0)) && !view.isTimeToken(i + 1)
                && !view.form(i + 1).equals("I") && view.entityType(i + 1) != EntityType.PERSON) {
            // "the ruling Socialist coalition", "Labour's ruling NEC": who governs, not a court's ruling; a
            // person after it starts the next clause ("after the ruling Carla Ferstman said")
            return null;
        }
        if (noun && !anaphor && i > sentence.firstToken() && Words.KIND_QUANTIFIERS.contains(view.form(i - 1))) {
            return null; // "a life sentence for every murder", "any attack on a member": a kind, not an occurrence
        }
        if (noun && !anaphor && i - 2 >= sentence.firstToken() && view.form(i - 1).equals("of")
                && Words.KIND_NOUNS.contains(view.lower(i - 2))) {
            return null; // "all types of murder", "other forms of protest": a kind again
        }
        if (noun && !anaphor && forbidden(view, i, sentence)) {
            return null; // "a ban on public gatherings and protests": a kind of act, forbidden, not one that took place
        }
        if (noun && !anaphor && namesACharge(view, i, sentence)) {
            return null; // "on charges of murder", "convicted of kidnapping": a kind of crime, not an occurrence
        }
        if (noun && !anaphor && i > sentence.firstToken() && Words.AVOIDING.contains(view.form(i - 1))) {
            return null; // "resisting arrest", "murder to avoid arrest": the arrest never took place
        }
        if (!noun && i > sentence.firstToken() && Character.isUpperCase(view.form(i).charAt(0))
                && !view.form(i).equals(view.form(i).toUpperCase(Locale.ROOT))
                && !isTitleCase(view, sentence)) {
            // a capitalised verb inside a sentence is a title: "Arrested Development"; in a headline written in
            // title case ("Court Convicts Friend of Boston Bombing Suspect") every word is capitalised
            return null;
        }
        if (!noun && namesItsEventAfter(view, i, sentence, trigger)) {
            return null; // "fought a gun battle": the verb only says the battle took place, which is the event
        }
        if (!noun && trigger.after().isEmpty() && i > sentence.firstToken()
                && (Words.DETERMINERS.contains(view.form(i - 1)) && !view.form(i - 1).equalsIgnoreCase("that")
                        || ArgumentFinder.isPossessive(view.form(i - 1)))) {
            // a participle used as an adjective: "the jailed journalist", "the Blues' attacking play"; but "that"
            // before a verb is mostly a relative ("a device that exploded"), and a word that follows its verb may
            // have that verb's object before it ("found her guilty")
            return null;
        }
        // An anaphor has no code of its own: it takes the code of the event it refers to when merged.
        String code = anaphor ? EventMerger.ANAPHOR : trigger.code();
        boolean refersBack = anaphor
                || noun && (definite(view, i, sentence) || renamesEarlierEvent(view, i, sentence));
        EventArgument[] found = arguments(view, arguments, i, s, noun, trigger);
        if (scorer != null && !refersBack) {
            // A retelling ("the raid") takes its participants from the event it joins; phrases the model found
            // near it would only keep it from joining.
            boolean agentless = !noun && found[0] == null && arguments.readsPassive(i, sentence);
            found = scorer.choose(view, new ArgumentScorer.TriggerContext(i, s, noun, rootOf(code), agentless), found);
        }
        EventArgument[] shared = noun ? null : arguments.sharedWithVerbBefore(i, sentence);
        if (shared != null) {
            // what the first of two coordinated verbs names fills the slots of the second that the rules and the
            // model left empty; after the model, so that what it is trained on (each trigger's own phrases) stays
            // A phrase between the first verb's subject and the trigger is the first verb's object, not the
            // trigger's subject: "Police fired tear gas at protesters and baton-charged them"
            boolean insideFirstClause = found[0] != null && shared[0] != null && found[0].start() >= shared[0].end();
            found[0] = (found[0] == null || insideFirstClause) && !overlaps(shared[0], found[1]) ? shared[0] : found[0];
            found[1] = found[1] == null && !overlaps(shared[1], found[0]) ? shared[1] : found[1];
        }
        EventArgument othersObject = noun ? null : arguments.objectOfVerbBefore(i, sentence);
        if (othersObject != null && overlaps(found[1], othersObject)) {
            found[1] = null; // "The gunman entered the office and opened fire": the office was entered, not fired on
        }
        // Actor, target and place, not instrument; widened after the model chose, as it scores the phrases the
        // rules give (and is trained on them)
        for (int k = 0; k < 3; k++) {
            found[k] = withConjuncts(view, found, k, sentence);
        }
        String sense = anaphor ? code : trigger.sense();
        if (Words.RECIPROCAL.contains(view.form(i)) && (demonstrators(found[0]) || demonstrators(found[1]))) {
            // PETRARCH's CAMEO verb patterns code "police clashed with protesters" and "protesters and police
            // clashed" as the protesters' violent protest (145), not as a fight between armed sides (190)
            code = VIOLENT_PROTEST;
            sense = VIOLENT_PROTEST;
        }
        Token token = view.tokens.get(i);
        Excerpt text = Excerpt.of(view.analysis.article().text(), token.start(), token.end());
        Timex time = arguments.time(i, sentence);
        Quote quote = view.quoteAt(i);
        return new EventMention(code, sense, text, i, s, refersBack, noun && demonstrative(view, i, sentence),
                found[0], found[1], found[2], found[3], time, quote, modality.of(i, sentence, quote, time), Map.of());
    }

    /**
     * What the rules of {@link ArgumentFinder} give the trigger at token {@code i}: actor, target, place and
     * instrument, in the order of {@link ArgumentScorer#SLOTS}. {@code reading} is the reading its context
     * allows, or null: one that must follow a verb ("the jury found him guilty") takes that verb's subject
     * and object.
     */
    static EventArgument[] arguments(ArticleView view, ArgumentFinder finder, int i, int s, boolean noun,
                                     EventLexicon.Trigger reading) {
        Sentence sentence = view.analysis.sentences().get(s);
        int verb = noun || reading == null || reading.after().isEmpty() ? -1
                : wordBefore(view, i, sentence, reading.after());
        EventArgument[] actorTarget = noun ? finder.ofNoun(i, sentence)
                : finder.ofVerb(verb < 0 ? i : verb, sentence);
        if (!noun && actorTarget[1] != null && view.lower(i).startsWith("threat")
                && Words.THREATENED_ACTS.contains(firstWordOf(actorTarget[1]))) {
            actorTarget[1] = null; // "threatened legal action": what it threatens, not whom
        }
        if (!noun && actorTarget[1] != null && Words.PART_OF_EVENT.contains(actorTarget[1].text())) {
            // "opened fire on protesters": the fire is part of the event, not its target
            actorTarget[1] = finder.aimedAfter(actorTarget[1], sentence);
        }
        if (verb >= 0 && Words.PLEAS.contains(view.form(verb))) {
            // who pleads guilty is the one convicted; "Smith pleaded guilty", with no object, may read as a bare
            // participle, which has already put its subject in the target slot
            actorTarget = new EventArgument[] {null, actorTarget[0] != null ? actorTarget[0] : actorTarget[1]};
        }
        EventArgument instrument = finder.instrument(i, sentence);
        if (!noun && Words.DETONATIONS.contains(view.form(i)) && actorTarget[1] != null) {
            instrument = actorTarget[1]; // what one detonates is the device, not the target
            actorTarget[1] = null;
        }
        if (!noun && reading != null && reading.code().equals(REPRESSION) && actorTarget[1] != null
                && Words.INSTRUMENTS.contains(lastWordOf(actorTarget[1]))) {
            // "fired tear gas at protesters": the gas is what they used, the protesters whom they used it on
            instrument = actorTarget[1];
            actorTarget[1] = finder.aimedAfter(instrument, sentence);
        }
        EventArgument place = finder.place(i, sentence, noun);
        if (place == null && actorTarget[1] != null) {
            place = finder.placeOfTarget(actorTarget[1], s);
        }
        return new EventArgument[] {actorTarget[0], actorTarget[1], place, instrument};
    }

    private static String lastWordOf(EventArgument argument) {
        String text = argument.text();
        return text.substring(text.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    }

    private static String firstWordOf(EventArgument argument) {
        String text = argument.text();
        int space = text.indexOf(' ');
        return space < 0 ? text : text.substring(0, space);
    }

    /**
     * The name in slot {@code k} widened to the names coordinated with it: the participant of "Brayan Oropeza,
     * Luis Guerra and José Blanco were all indicted" or the place of "attacks in Badia al-Sukhnah and Badia
     * al-Sham" is all of them, and one slot holds one phrase. Only names of the same type joined by commas,
     * "and" or "or", and none that another slot holds ("fighting between Israel and Hamas"). The entity stays the
     * one the phrase was found for, so mentions merge as they did.
     */
    private static EventArgument withConjuncts(ArticleView view, EventArgument[] found, int k, Sentence sentence) {
        EventArgument argument = found[k];
        if (argument == null || argument.entity() == null) {
            return argument;
        }
        int first = firstTokenOf(view, argument.start(), sentence);
        int end = first;
        while (end < sentence.endToken() && view.tokens.get(end).end() <= argument.end()) {
            end++;
        }
        EntityType type = end > first ? view.entityType(end - 1) : null;
        if (type == null) {
            return argument;
        }
        for (int sep = first - 1; sep > sentence.firstToken(); ) {
            int before = isConjunction(view.form(sep)) && view.form(sep - 1).equals(",") ? sep - 2 : sep - 1;
            Mention name = before < sentence.firstToken() || !isJoiner(view.form(sep)) ? null
                    : view.mention(before);
            if (name == null || name.endToken() != before + 1 || !sameKind(name, type)
                    || heldByOther(found, k, name)) {
                break;
            }
            first = name.firstToken();
            sep = first - 1;
        }
        for (int sep = end; sep + 1 < sentence.endToken(); ) {
            int after = view.form(sep).equals(",") && isConjunction(view.form(sep + 1)) ? sep + 2 : sep + 1;
            Mention name = after >= sentence.endToken() || !isJoiner(view.form(sep)) ? null
                    : view.mention(after);
            if (name == null || name.firstToken() != after || !sameKind(name, type)
                    || heldByOther(found, k, name)) {
                break;
            }
            end = name.endToken();
            sep = end;
        }
        int start = view.tokens.get(first).start();
        int stop = view.tokens.get(end - 1).end();
        if (start == argument.start() && stop == argument.end()) {
            return argument;
        }
        return new EventArgument(argument.entity(), view.analysis.article().text().substring(start, stop), start, stop);
    }

    private static int firstTokenOf(ArticleView view, int start, Sentence sentence) {
        int i = sentence.firstToken();
        while (i < sentence.endToken() - 1 && view.tokens.get(i).end() <= start) {
            i++;
        }
        return i;
    }

    private static boolean isJoiner(String form) {
        return form.equals(",") || isConjunction(form);
    }

    private static boolean isConjunction(String form) {
        return form.equals("and") || form.equals("or");
    }

    private static boolean sameKind(Mention name, EntityType type) {
        return name.kind() == MentionKind.NAME && name.type() == type;
    }

    private static boolean overlaps(Span a, Span b) {
        return a != null && b != null && a.overlaps(b);
    }

    private static boolean heldByOther(EventArgument[] found, int k, Mention name) {
        for (int other = 0; other < found.length; other++) {
            if (other != k && overlaps(found[other], name)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an argument is headed by a word for people who demonstrate ("Protesters", "stone-throwing rioters"). */
    private static boolean demonstrators(EventArgument argument) {
        if (argument == null) {
            return false;
        }
        String text = argument.text();
        return Words.DEMONSTRATORS.contains(text.substring(text.lastIndexOf(' ') + 1));
    }

    /** The CAMEO root a scorer feature names: "19" for "190"; an anaphor ("the operation") has none yet. */
    static String rootOf(String code) {
        return code.equals(EventMerger.ANAPHOR) ? code : code.substring(0, 2);
    }

    /** The first reading of a trigger word its context allows, or null when it allows none. */
    static EventLexicon.Trigger readingAt(ArticleView view, int i, Sentence sentence,
                                          List<EventLexicon.Trigger> readings) {
        for (EventLexicon.Trigger reading : readings) {
            if (contextAllows(view, i, sentence, reading)) {
                return reading;
            }
        }
        return null;
    }

    /**
     * "signed" counts only when "agreement", "treaty"… follows within five tokens (or nine inside its clause),
     * "ruled" not when "out" follows, "guilty" only shortly after "found" and not right after "not", "strikes"
     * only right after "air", and "battle" only in a sentence with a word of violence.
     */
    private static boolean contextAllows(ArticleView view, int i, Sentence sentence, EventLexicon.Trigger trigger) {
        if (!trigger.after().isEmpty() && wordBefore(view, i, sentence, trigger.after()) < 0) {
            return false;
        }
        if (!trigger.rightAfter().isEmpty() && (i == sentence.firstToken()
                || !trigger.rightAfter().contains(view.lower(i - 1)))) {
            return false;
        }
        if (i + 1 < sentence.endToken()
                && trigger.notBefore().contains(view.lower(i + 1))) {
            return false;
        }
        if (trigger.needsViolence() && !mentionsViolence(view, i, sentence) && !shotAPerson(view, i, sentence)) {
            return false;
        }
        if (trigger.needs().isEmpty()) {
            return true;
        }
        // within five tokens, or further inside the clause ("ordered seven senior United Nations officials to
        // leave"): a comma or a clause word ends the search there
        boolean clauseEnded = false;
        for (int j = i + 1; j <= Math.min(sentence.endToken() - 1, i + NEEDS_REACH)
                && (j <= i + NEEDS_NEAR || !clauseEnded); j++) {
            if (trigger.needs().contains(view.lower(j))) {
                return true;
            }
            clauseEnded |= Words.isPunctuation(view.form(j)) || Words.CLAUSE_WORDS.contains(view.lower(j));
        }
        return false;
    }

    /**
     * Whether a trigger verb only supports a noun trigger of the same CAMEO root that is its object, three words
     * at most between them and no preposition: "fought a gun battle", not "fought in clashes". The noun is the
     * one event, and takes the verb's subject as its actor (the verb is a light verb to it).
     */
    private boolean namesItsEventAfter(ArticleView view, int i, Sentence sentence, EventLexicon.Trigger verb) {
        for (int j = i + 1; j < Math.min(sentence.endToken(), i + SUPPORT_REACH + 1); j++) {
            String form = view.form(j);
            List<EventLexicon.Trigger> readings = lexicon.readings(form);
            EventLexicon.Trigger noun = readings == null ? null : readingAt(view, j, sentence, readings);
            if (noun != null) {
                return rootOf(noun.code()).equals(rootOf(verb.code())) && isNoun(view, j, sentence, noun);
            }
            if (Words.isPunctuation(form) || Words.CLAUSE_WORDS.contains(form) || Words.PREPOSITIONS.contains(form)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Where one of the words stands in the three tokens before the trigger, or -1 when none does or "not"
     * stands right before it: "was found guilty", "found him guilty", but "found not guilty" is no conviction.
     */
    private static int wordBefore(ArticleView view, int i, Sentence sentence, java.util.Set<String> words) {
        if (i == sentence.firstToken() || view.form(i - 1).equalsIgnoreCase("not")) {
            return -1;
        }
        for (int j = i - 1; j >= Math.max(sentence.firstToken(), i - AFTER_REACH); j--) {
            if (words.contains(view.lower(j))) {
                return j;
            }
        }
        return -1;
    }

    /**
     * A form that is verb or noun is a noun after a determiner or a verb ("planned attacks"), or before a
     * preposition or punctuation.
     */
    static boolean isNoun(ArticleView view, int i, Sentence sentence, EventLexicon.Trigger trigger) {
        if (trigger.pos() != EventLexicon.PartOfSpeech.BOTH) {
            return trigger.pos() == EventLexicon.PartOfSpeech.NOUN;
        }
        if (i > sentence.firstToken()) {
            String before = view.form(i - 1);
            if (Words.DETERMINERS.contains(before) || ArgumentFinder.isPossessive(before)
                    || Words.looksVerbal(before) || namedModifier(view, i, sentence)) {
                return true;
            }
        }
        if (i + 1 >= sentence.endToken()) {
            return true;
        }
        String after = view.form(i + 1);
        return Words.PREPOSITIONS.contains(after) || Words.isPunctuation(after) || Words.CLAUSE_WORDS.contains(after)
                || after.equals("such"); // "attacks such as …"
    }

    /**
     * "the Rolando attack had been", "a Kabul bombing": a name between a determiner and the word modifies it as
     * a noun; a verb after a name with a determiner ("the Taliban attack the city") has its object after it.
     */
    private static boolean namedModifier(ArticleView view, int i, Sentence sentence) {
        if (!view.isName(i - 1)) {
            return false;
        }
        int first = view.mention(i - 1).firstToken();
        boolean determined = first > sentence.firstToken() && Words.DETERMINERS.contains(view.form(first - 1))
                || Words.DETERMINERS.contains(view.form(first));
        return determined && (i + 1 >= sentence.endToken() || !Words.DETERMINERS.contains(view.form(i + 1)));
    }

    /** A headline written in title case, not a sentence with a title in it ({@link TitleCase}). */
    private static boolean isTitleCase(ArticleView view, Sentence sentence) {
        return TitleCase.isTitleCase(view.analysis.tokensOf(sentence).stream().map(Token::form).toList());
    }

    /**
     * A word inside a proper name is no event ("Operation Storm", "Attack FC"), unless the name is that of an
     * event and the word ends it ("the Boston Marathon bombing").
     */
    private static boolean isInName(ArticleView view, int i) {
        return view.isName(i) && !(view.entityType(i) == EntityType.MISC && view.mention(i).endToken() == i + 1);
    }

    /**
     * Whether a word of violence other than the trigger itself stands in its sentence or the two before it:
     * "Thousands fled the city after the bombs went off. … the ghastly attacks on innocent people" is no
     * figure of speech, though its own sentence has no such word. A contest ("battle") needs a sure one before
     * it: a war or a death sentence told before is no evidence that the battle after it is fought with arms.
     */
    private static boolean mentionsViolence(ArticleView view, int trigger, Sentence sentence) {
        boolean contest = Words.CONTESTS.contains(view.lower(trigger));
        for (int j = firstTokenNear(view, trigger); j < sentence.endToken(); j++) {
            String form = view.form(j);
            if (j != trigger && Words.VIOLENCE.contains(form) && (j >= sentence.firstToken() || !contest
                    || !Words.VIOLENCE_IN_SENTENCE_ONLY.contains(form))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isShooting(String form) {
        String lower = form.toLowerCase(Locale.ROOT);
        return lower.startsWith("shot") || lower.startsWith("shoot");
    }

    /** The first token of the sentence {@link #LOOK_BACK} sentences before the trigger's, or of the article's first. */
    private static int firstTokenNear(ArticleView view, int trigger) {
        return view.analysis.sentences().get(Math.max(0, view.sentenceIndex(trigger) - LOOK_BACK)).firstToken();
    }

    /** Whether a word of {@code words} stands in the trigger's sentence or the two before it. */
    private static boolean toldNear(ArticleView view, int trigger, Sentence sentence, WordTable<Boolean> words) {
        for (int j = firstTokenNear(view, trigger); j < sentence.endToken(); j++) {
            if (words.contains(view.form(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "He shot Wilhelm", "shot him": a person right after "shot" is no photograph's or attempt's, so the shooting
     * needs no other word of violence near.
     */
    private static boolean shotAPerson(ArticleView view, int i, Sentence sentence) {
        if (!view.form(i).equalsIgnoreCase("shot") || i + 1 >= sentence.endToken()) {
            return false;
        }
        String next = view.lower(i + 1);
        return Words.PERSONAL_OBJECTS.contains(next)
                || view.entityType(i + 1) == EntityType.PERSON && view.mention(i + 1).firstToken() == i + 1;
    }

    /**
     * "to combat the virus", "a heart attack", "seized on the report", "seize the moment", "attacked Bush's
     * economic record", "firefighters battled the blaze", "shooting the film": fighting, seizing and shooting
     * words aimed at no one; a contestant evicted from a television show; "the alliance said", which names the
     * organisation; a film that "bombed", a record that "shot to the top", "a media storm".
     */
    private static boolean figurative(ArticleView view, int i, Sentence sentence) {
        if (i > sentence.firstToken() && (Words.NOT_FORCE_BEFORE.contains(view.form(i - 1))
                || Words.NOT_FORCE_BEFORE_FIGHTS.contains(view.form(i - 1)) && Words.FIGHTS.contains(view.form(i)))) {
            return true;
        }
        String lower = view.lower(i);
        int afterQuote = i + 1 < sentence.endToken() && Tokenizer.isQuotationMark(view.form(i + 1)) ? i + 2 : i + 1;
        if (lower.startsWith("explosion") && afterQuote < sentence.endToken()
                && view.form(afterQuote).equals("of") && !weaponWithin(view, afterQuote + 1, sentence)) {
            return true; // "an explosion of quangos", "the explosion of rioting": a sudden growth, not a blast
        }
        if (lower.equals("indictment") && i + 2 < sentence.endToken()
                && ArgumentFinder.isOneOf(view.form(i + 1), "of", "on")
                && !mentionWithin(view, i + 2, Math.min(sentence.endToken(), i + 5))) {
            return true; // "a powerful indictment of the failure of human rights groups": a judgement, not a charge
        }
        if (lower.equals("threatening") && beforeCommonNoun(view, i, sentence)
                && !Words.THREATENED_ACTS.contains(view.form(i + 1))) {
            return true; // "threatening behaviour", "threatening letters": the adjective
        }
        if (lower.equals("allied") && beforeCommonNoun(view, i, sentence)) {
            return true; // "allied targets", "allied soldiers": the adjective, no alliance made
        }
        if (lower.startsWith("detain") && inHospital(view, i, sentence)) {
            return true; // "96 people were detained in hospital": kept for treatment, not arrested
        }
        boolean seizing = lower.startsWith("seiz");
        if (seizing && i + 1 < sentence.endToken() && ArgumentFinder.isOneOf(view.form(i + 1), "on", "upon")) {
            return true; // to seize on a remark is to exploit it
        }
        if (lower.startsWith("threat") && atRisk(view, i, sentence)) {
            return true;
        }
        if (lower.equals("shot") && i + 2 < sentence.endToken() && view.form(i + 1).equals("to")
                && !ArgumentFinder.isOneOf(view.form(i + 2), "death", "dead")) {
            return true; // "shot to the top of the chart", "shot to fame"; not "shot to death"
        }
        if (isShooting(lower) || lower.equals("bombed")) {
            if (lower.equals("shot") && i > sentence.firstToken()
                    && Words.NOT_SHOOTING_BEFORE_SHOT.contains(view.lower(i - 1))) {
                return true;
            }
            for (int j = Math.max(sentence.firstToken(), i - 3); j < Math.min(sentence.endToken(), i + 5); j++) {
                if (Words.FILMING_OR_SPORT.contains(view.lower(j))) {
                    return true; // and "the film bombed" flopped
                }
            }
        }
        if (lower.equals("storm") && (i + 1 >= sentence.endToken() || !stormsSomething(view.form(i + 1)))) {
            return true; // "a media storm for saying", "the propaganda storm launched by …": no storming
        }
        if (lower.startsWith("evict") && toldNear(view, i, sentence, Words.TELEVISION_CONTESTS)) {
            return true; // "the first star to be evicted from Celebrity Big Brother"
        }
        if (lower.startsWith("allianc") && i > sentence.firstToken() && i + 1 < sentence.endToken()
                && view.form(i - 1).equalsIgnoreCase("the") && Words.SPEECH_VERBS.contains(view.form(i + 1))) {
            return true; // "the alliance said in a statement": the organisation, not an alliance made
        }
        if (lower.equals("ruled") && governed(view, i, sentence)) {
            return true;
        }
        boolean fighting = Words.FIGHTS.contains(lower) || lower.equals("attacked") || lower.equals("attacking");
        if (fighting && foughtFiguratively(view, i, sentence)) {
            return true;
        }
        boolean damaging = lower.startsWith("damag") || lower.startsWith("destr");
        for (int j = i + 1; j < Math.min(sentence.endToken(), i + 5); j++) {
            String form = view.form(j);
            if (Words.FIGURATIVE_TARGETS.contains(form) || seizing && Words.SEIZED_FIGURATIVELY.contains(form)
                    || damaging && Words.DAMAGED_FIGURATIVELY.contains(form)) {
                return true;
            }
            if (Words.isPunctuation(form) || Words.CLAUSE_WORDS.contains(form)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether "ruled" is to govern, not to decide a case: "a society ruled by law", "a country ruled by the
     * military" (but "ruled by an eight to one majority" is a court's), "the party that ruled for 40 years",
     * "ruled the country", "ruled the roost".
     */
    private static boolean governed(ArticleView view, int i, Sentence sentence) {
        int end = sentence.endToken();
        if (i + 1 >= end) {
            return false;
        }
        String next = view.lower(i + 1);
        if (next.equals("by")) {
            for (int j = i + 2; j < Math.min(end, i + 7); j++) {
                if (Words.VOTES.contains(view.lower(j))) {
                    return false;
                }
            }
            return true;
        }
        if (next.equals("for") && i + 2 < end && (Character.isDigit(view.form(i + 2).charAt(0))
                || Words.SPANS_OF_TIME.contains(view.lower(i + 2)))) {
            return true;
        }
        int noun = Words.DETERMINERS.contains(next) ? i + 2 : i + 1;
        return noun < end && Words.GOVERNED.contains(view.lower(noun));
    }

    /** Whether the word after "storm" begins what is stormed: "storm the building", "storm Parliament". */
    private static boolean stormsSomething(String next) {
        return Words.DETERMINERS.contains(next) || Character.isUpperCase(next.charAt(0)) || next.equals("into");
    }

    /**
     * Whether a lower-case word other than a determiner, preposition, clause word or pronoun follows the token,
     * as the noun it modifies when it is an adjective ("allied soldiers"), not the object of a verb ("allied
     * itself with", "threatening them").
     */
    private static boolean beforeCommonNoun(ArticleView view, int i, Sentence sentence) {
        if (i + 1 >= sentence.endToken()) {
            return false;
        }
        String next = view.form(i + 1);
        return Character.isLowerCase(next.charAt(0)) && !Words.DETERMINERS.contains(next)
                && !Words.PREPOSITIONS.contains(next) && !Words.CLAUSE_WORDS.contains(next)
                && !Words.PERSONAL_OBJECTS.contains(next) && !Words.REFLEXIVES.contains(next);
    }

    private static boolean mentionWithin(ArticleView view, int from, int to) {
        for (int j = from; j < to; j++) {
            if (view.mention(j) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether "in hospital" or "in a hospital" follows within a few words ("detained overnight in hospital"). */
    private static boolean inHospital(ArticleView view, int i, Sentence sentence) {
        for (int j = i + 1; j < Math.min(sentence.endToken() - 1, i + 4); j++) {
            if (view.form(j).equals("in")) {
                int noun = Words.DETERMINERS.contains(view.form(j + 1)) ? j + 2 : j + 1;
                return noun < sentence.endToken() && view.lower(noun).startsWith("hospital");
            }
        }
        return false;
    }

    /**
     * Whether a word of fighting is aimed at a fire, an addiction or a policy ({@link Words#FOUGHT_FIGURATIVELY}):
     * "battled the blaze", "attacked President Bush's economic record", "an attack on software patents". The
     * words after it are read up to the next verb, so "the attacks pushed claims up" keeps its attacks.
     */
    private static boolean foughtFiguratively(ArticleView view, int i, Sentence sentence) {
        for (int j = i + 1; j < Math.min(sentence.endToken(), i + 7); j++) {
            String form = view.form(j);
            if (Words.FOUGHT_FIGURATIVELY.contains(form)) {
                return true;
            }
            if (Words.isPunctuation(form) || Words.CLAUSE_WORDS.contains(form) || Words.AUXILIARIES.contains(form)
                    || Words.looksVerbal(form)) {
                return false;
            }
        }
        return false;
    }

    /**
     * A threat word that only says something is at risk: a thing at risk right before a passive ("2,000 jobs
     * are threatened", "services being threatened") or as its object ("threatened the economy"), or a verb of
     * change after "to" ("is threatening to dampen demand"). What a threat threatens to do ("threatened to cut
     * 12,000 jobs") is not its object.
     */
    private static boolean atRisk(ArticleView view, int i, Sentence sentence) {
        for (int j = i - 1; j >= Math.max(sentence.firstToken(), i - 4); j--) {
            String form = view.form(j);
            if (Words.AT_RISK.contains(form)) {
                return true;
            }
            if (!Words.AUXILIARIES.contains(form) && !form.equals("being") && !form.endsWith("ly")) {
                break;
            }
        }
        if (i + 2 < sentence.endToken() && view.form(i + 1).equals("to")) {
            return Words.HARMED_BY_CHANGE.contains(view.form(i + 2));
        }
        for (int j = i + 1; j < Math.min(sentence.endToken(), i + 5); j++) {
            String form = view.form(j);
            if (Words.AT_RISK.contains(form)) {
                return true;
            }
            if (Words.isPunctuation(form) || Words.CLAUSE_WORDS.contains(form) || Words.PREPOSITIONS.contains(form)) {
                return false;
            }
        }
        return false;
    }

    /** Whether a weapon or device is named within three tokens from {@code from}: "of a car bomb". */
    private static boolean weaponWithin(ArticleView view, int from, Sentence sentence) {
        for (int j = from; j < Math.min(sentence.endToken(), from + 3); j++) {
            if (Words.INSTRUMENTS.contains(view.lower(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A list item or a section heading ("* 2014 Bagram Airfield bombing", "==Responses and arrests=="): a line
     * of markup names events told elsewhere, and no one annotates or reports it as an occurrence.
     */
    private static boolean isMarkupLine(ArticleView view, Sentence sentence) {
        String first = view.form(sentence.firstToken());
        return Words.MARKUP_MARKS.contains(first) || first.startsWith("==");
    }

    /**
     * A bare noun for a crime after "of", "with", "for" or "including", or in a list of them, with a legal word and
     * its preposition before it in the sentence: "charged with crimes of treason, terrorism and homicide", "on
     * charges of first-degree murder", "faces charges, including murder"; or with "charges" right after it
     * ("arraigned on murder and other charges"). Words that say what kind of crime it is ("attempted",
     * "criminally negligent") may stand between. A determiner makes it one occurrence again ("charged with the
     * bombing"), which is kept; but one before an "and" or "or" of the list belongs to an earlier item ("crimes
     * of treason, terrorism, association to commit a crime and homicide").
     */
    private static boolean namesACharge(ArticleView view, int i, Sentence sentence) {
        if (chargesAfter(view, i, sentence)) {
            return true;
        }
        int k = i - 1;
        while (k > sentence.firstToken() && i - k <= CRIME_MODIFIERS && isCrimeModifier(view.form(k))) {
            k--;
        }
        if (k < sentence.firstToken()
                || !ArgumentFinder.isOneOf(view.form(k), "of", "with", "for", "and", "or", ",", "including")) {
            return false;
        }
        boolean listed = false;
        for (int j = k; j >= Math.max(sentence.firstToken(), i - CHARGE_REACH); j--) {
            String form = view.form(j);
            if (Words.LEGAL_WORDS.contains(form)
                    && ArgumentFinder.isOneOf(view.form(j + 1), "of", "with", "for", ",", "including")) {
                return true;
            }
            listed |= ArgumentFinder.isOneOf(form, "and", "or");
            if (Words.DETERMINERS.contains(form) && !listed || Words.CLAUSE_WORDS.contains(form)
                    && !form.equals("and") && !form.equals("or")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "on murder and other charges": "charges" closes a list the crime noun stands in; "an assault conviction",
     * "a kidnapping charge": a legal word right after the crime noun makes it the name of the charge.
     */
    private static boolean chargesAfter(ArticleView view, int i, Sentence sentence) {
        for (int j = i + 1; j < Math.min(sentence.endToken(), i + 4); j++) {
            String form = view.form(j);
            if (Words.LEGAL_NOUNS.contains(form)) {
                return true;
            }
            if (!ArgumentFinder.isOneOf(form, "and", "or", "other", "related")) {
                return false;
            }
        }
        return false;
    }

    /**
     * A word that says what kind of crime follows: "first-degree", "attempted", "criminally negligent"; and the
     * ordinal of an unhyphenated degree ("first degree murder"), which would otherwise read as a determiner.
     */
    private static boolean isCrimeModifier(String form) {
        if (ArgumentFinder.isOneOf(form, "first", "second", "third")) {
            return true;
        }
        return (form.equals("-") || !form.isEmpty() && Character.isLowerCase(form.charAt(0)))
                && !Words.DETERMINERS.contains(form) && !Words.PREPOSITIONS.contains(form)
                && !Words.CLAUSE_WORDS.contains(form) && !Words.AUXILIARIES.contains(form)
                && !Words.LEGAL_WORDS.contains(form) && !form.equals("including");
    }

    /**
     * A bare noun a prohibition governs, alone or in a list, up to {@link #PROHIBITION_REACH} tokens after it:
     * "banned protests", "a ban on public gatherings and protests", "the prohibition of strikes". A determiner
     * makes it one occurrence again ("banned the march planned for Friday" is kept).
     */
    private static boolean forbidden(ArticleView view, int i, Sentence sentence) {
        for (int j = i - 1; j >= Math.max(sentence.firstToken(), i - PROHIBITION_REACH); j--) {
            String form = view.form(j);
            if (Words.PROHIBITIONS.contains(form)) {
                return true;
            }
            if (Words.DETERMINERS.contains(form) || Words.looksVerbal(form)
                    || Words.CLAUSE_WORDS.contains(form) && !ArgumentFinder.isOneOf(form, "and", "or")
                    || Words.isPunctuation(form) && !form.equals(",")
                    || Words.PREPOSITIONS.contains(form) && !ArgumentFinder.isOneOf(form, "on", "of", "against")) {
                return false;
            }
        }
        return false;
    }

    /** "two accidental explosions", "the device detonated accidentally": a blast nobody meant is no attack. */
    private static boolean accidental(ArticleView view, int i, Sentence sentence) {
        for (int j = Math.max(sentence.firstToken(), i - 2); j < Math.min(sentence.endToken(), i + 3); j++) {
            if (j != i && Words.ACCIDENTAL.contains(view.form(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The Rolando bombing was an attack", "Macron called the explosion an 'attack'": an indefinite noun after
     * a copula or a verb of naming, with a trigger before it in its sentence (the subject or the object of
     * that verb), names that event again.
     */
    private boolean renamesEarlierEvent(ArticleView view, int i, Sentence sentence) {
        int j = i - 1;
        while (j > sentence.firstToken() && Words.QUOTE_MARKS.contains(view.form(j))) {
            j--;
        }
        if (j <= sentence.firstToken() || !ArgumentFinder.isOneOf(view.lower(j),
                "a", "an")) {
            return false;
        }
        for (int k = j - 1; k >= Math.max(sentence.firstToken(), j - RENAMING_REACH); k--) {
            if (Words.RENAMING_VERBS.contains(view.form(k))) {
                for (int t = j - 1; t >= sentence.firstToken(); t--) {
                    if (lexicon.isTrigger(view.form(t))) {
                        return true;
                    }
                }
                return false;
            }
            if (Words.CLAUSE_WORDS.contains(view.form(k)) || Words.isPunctuation(view.form(k))) {
                return false;
            }
        }
        return false;
    }

    /** "this attack", "these raids": a noun whose determiner points at what was just told. */
    private static boolean demonstrative(ArticleView view, int i, Sentence sentence) {
        for (int j = i - 1; j >= sentence.firstToken() && j >= i - 3; j--) {
            String form = view.form(j);
            if (Words.DETERMINERS.contains(form) || Words.isPunctuation(form)) {
                return Words.DEMONSTRATIVES.contains(view.lower(j));
            }
        }
        return false;
    }

    /** "the raid", "this operation", "Tuesday's raid": a noun that refers back. */
    private static boolean definite(ArticleView view, int i, Sentence sentence) {
        for (int j = i - 1; j >= sentence.firstToken() && j >= i - 3; j--) {
            String form = view.form(j);
            if (Words.ANAPHORIC_DETERMINERS.contains(form)) {
                return true;
            }
            if (Words.DETERMINERS.contains(form) || Words.isPunctuation(form)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Gives each casualty count of the sentence to an act of force in it (the nearest before the count, else
     * after it) or in the two sentences before, unless the sentence names another cause ("in a road
     * accident"). An arrest told beside a raid is the raid's count, not an event of its own; a count with no
     * act of force near it, or only a planned or possible one, is left out rather than guessed.
     */
    private static void countCasualties(ArticleView view, CasualtyCounter counter, Sentence sentence,
                                        List<EventMention> mentions, int firstOfSentence) {
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
            Casualty casualty = view.casualtyAt(i);
            if (casualty == null) {
                continue;
            }
            EventMention own = null;
            for (int m = firstOfSentence; m < mentions.size(); m++) {
                if (mentions.get(m).token() == i) {
                    own = mentions.get(m);
                }
            }
            EventMention harm = null;
            for (int m = firstOfSentence; m < mentions.size(); m++) {
                EventMention mention = mentions.get(m);
                if (mention != own && canSuffer(mention) && !mention.code().equals("173")
                        && !(own != null && isOccasionOf(view, i, mention, sentence))
                        && (harm == null || mention.token() < i)) {
                    harm = mention;
                }
            }
            if (harm == null) {
                harm = own;
            }
            if (harm == null && !namesOtherCause(view, sentence)) {
                harm = earlierHarm(mentions, firstOfSentence, view.sentenceIndex(i), casualty, view.quoteAt(i));
            }
            if (own != null && harm != own) {
                mentions.remove(own);
                if (harm.actor() == null && own.actor() != null && harm.sentence() == own.sentence()) {
                    // "Turkish police detained 43 people in raids": who arrested is who raided
                    EventMention withActor = harm.withActor(own.actor());
                    mentions.set(mentions.indexOf(harm), withActor);
                    harm = withActor;
                }
            }
            Bounds bounds = counter.countAt(i);
            if (harm != null && bounds != null) {
                harm.counts().merge(casualty, bounds, EventExtractor::larger);
            }
        }
    }

    /**
     * Whether an act of force told after an arrest is what the arrest was made for rather than in: "arrested
     * 12 people in connection with Saturday's attack", "detained over the bombing", "detained on suspicion of
     * murder". Such an arrest is an occurrence of its own, where "raided the camp and arrested 12" is a count
     * of the raid. "over" before a number is "more than" ("arrested over 100 protesters in the clashes").
     */
    private static boolean isOccasionOf(ArticleView view, int arrest, EventMention force, Sentence sentence) {
        for (int j = arrest + 1; j < force.token(); j++) {
            String form = view.form(j);
            boolean moreThan = form.equals("over") && j + 1 < sentence.endToken()
                    && Character.isDigit(view.form(j + 1).charAt(0));
            if (Words.OCCASION_LINKS.contains(form) && !moreThan) {
                return true;
            }
        }
        return false;
    }

    /**
     * The act of force in the sentences before that a count of {@code casualty} told in {@code quote} (null in
     * the article's voice) belongs to. An arrest kills and wounds no one, and an act one speaker states is not
     * where another speaker's count goes: "Police arrested 400 protesters, the police chief said. … at least two
     * party workers had been killed, the party's leader said" gives the arrests no deaths.
     */
    private static EventMention earlierHarm(List<EventMention> mentions, int firstOfSentence, int sentence,
                                            Casualty casualty, Quote quote) {
        for (int m = firstOfSentence - 1; m >= 0; m--) {
            EventMention mention = mentions.get(m);
            if (sentence - mention.sentence() > LOOK_BACK) {
                return null;
            }
            boolean arrestForHarm = mention.code().equals("173") && casualty != Casualty.ARRESTED;
            if (canSuffer(mention) && !arrestForHarm && sameVoice(mention.quote(), quote)) {
                return mention;
            }
        }
        return null;
    }

    /** Whether two statements are one voice: the article's, or one speaker's (two pieces of a quote). */
    private static boolean sameVoice(Quote a, Quote b) {
        if (a == null || b == null) {
            return true; // the article's own account of an act, and a count anyone gives of it
        }
        return a.id().equals(b.id()) || a.speaker() != null && a.speaker().equals(b.speaker());
    }

    /** An act of force that took place (or is said not to have): a planned or possible one harms nobody yet. */
    private static boolean canSuffer(EventMention mention) {
        return mention.harms() && mention.modality() != Modality.PLANNED
                && mention.modality() != Modality.HYPOTHETICAL;
    }

    /** "… were killed in a road accident": the sentence gives a cause that is no act of force. */
    private static boolean namesOtherCause(ArticleView view, Sentence sentence) {
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
            if (Words.OTHER_CAUSES.contains(view.form(i))) {
                return true;
            }
        }
        return false;
    }

    /** Of two reports of one count, the one with the higher lower bound: a toll only rises as news comes in. */
    static Bounds larger(Bounds a, Bounds b) {
        double minA = a.min() == null ? -1 : a.min();
        double minB = b.min() == null ? -1 : b.min();
        return minB > minA ? b : a;
    }
}
