package org.lede.events;

import java.util.List;
import org.lede.model.EntityType;
import org.lede.model.EventArgument;
import org.lede.model.Mention;
import org.lede.model.MentionKind;
import org.lede.model.Sentence;
import org.lede.model.Timex;
import org.lede.model.TimexType;
import org.lede.model.Token;
import org.lede.text.Tokenizer;

/**
 * Reads the participants of one event mention from the tokens around its trigger: the subject before a verb
 * (or the agent after "by" in the passive), the object after it, a modifier or "by …" of a noun, "in"/"near" a
 * place, "with" an instrument, and the date of the clause. Without a parser the phrases are read by word
 * classes ({@link Words}); an actor that is neither an entity mention nor headed by a word for people who act
 * is left out, and a place must be a place entity or a place noun: an empty argument is better than a wrong
 * one.
 */
final class ArgumentFinder {
    /** The longest phrase read around a trigger, in tokens. */
    private static final int MAX_PHRASE = 6;
    /** The longest description between commas read past to reach the subject, in tokens. */
    private static final int MAX_APPOSITIVE = 12;
    /** How far from the trigger a place, a time or an instrument may stand, in tokens. */
    private static final int REACH = 14;
    /** A date may close a long clause: "raided a camp belonging to the … (PFOI) on Tuesday". */
    private static final int TIME_REACH = 22;

    private final ArticleView view;

    ArgumentFinder(ArticleView view) {
        this.view = view;
    }

    /** Actor and target of a verb trigger; the passive swaps subject and agent. */
    EventArgument[] ofVerb(int trigger, Sentence sentence) {
        if (Words.SELF_ACTING.contains(view.form(trigger))) {
            return new EventArgument[] {null, null}; // "the bomb exploded": its subject is the weapon, not an actor
        }
        // "the Revolution Guards Corps (IRGC) on Wednesday seized": the date stands after the acronym
        int before = skipLeft(beforeBrackets(beforeTime(skipLeft(trigger - 1, sentence, Words.AUXILIARIES),
                sentence), sentence), sentence, Words.AUXILIARIES);
        if (before > sentence.firstToken() && Words.FLOATING_QUANTIFIERS.contains(view.form(before))) {
            before = skipLeft(before - 1, sentence, Words.AUXILIARIES); // "X and Y were all indicted"
        }
        if (before > sentence.firstToken() && view.form(before + 1).equals("to")
                && (Words.INTENTIONS.contains(view.form(before)) || Words.RAISING.contains(view.form(before)))) {
            // "Moscow vowed to expel", "the student appears to have been shot"
            before = skipLeft(before - 1, sentence, Words.AUXILIARIES);
        }
        if (before > sentence.firstToken() && Words.PHASE_VERBS.contains(view.form(before))) {
            // "troops began shelling", "insurgents who continue to ambush"
            before = skipLeft(before - 1, sentence, Words.AUXILIARIES);
        }
        if (trigger - 2 > sentence.firstToken() && isOneOf(view.form(trigger - 1), "of", "with")
                && Words.ACCUSATIONS.contains(view.form(trigger - 2))) {
            // "Bryant is suspected of vandalizing signs": who is suspected is who did it, allegedly
            return new EventArgument[] {nounPhraseEndingAt(skipLeft(trigger - 3, sentence, Words.AUXILIARIES),
                    sentence), objectOf(trigger, sentence)};
        }
        boolean passive = isPassive(trigger, sentence);
        EventArgument object = passive ? null : objectOf(trigger, sentence);
        if (!passive && object == null && isParticipleAfterBreak(trigger, before, sentence)) {
            passive = true;
            before--; // what it describes ends before the comma
        } else if (!passive && object == null && isBareParticiple(trigger, before, sentence)) {
            passive = true;
        }
        if (!passive && object == null && Words.RECIPROCAL.contains(view.form(trigger))) {
            object = otherSide(trigger + 1, sentence); // "rebels clashed with police"
        }
        if (passive && before > sentence.firstToken() && view.form(before).equals("having")
                && view.form(before - 1).equals(",")) {
            // "Mr Khodorkovsky, once Russia's richest man, is in prison, having been charged": the clause's
            // subject, where the sentence opens with it
            return new EventArgument[] {agentAfter(trigger, sentence),
                    phraseStartingAt(sentence.firstToken(), sentence, false)};
        }
        int antecedent = antecedentEnd(before, sentence);
        boolean relative = antecedent != before;
        before = beforeAppositive(antecedent, sentence);
        if (passive) {
            EventArgument undergoer = nounPhraseEndingAt(before, sentence);
            return new EventArgument[] {agentAfter(trigger, sentence),
                    relative ? undergoer : subjectBeforePreposition(undergoer, sentence)};
        }
        EventArgument subject = subjectEndingAt(before, sentence);
        if (subject == null && object == null) {
            // "Chekatt, shot dead by police": a verb with neither subject nor object before "by" someone who
            // acts reads as a passive participle
            return new EventArgument[] {agentAfter(trigger, sentence), null};
        }
        return new EventArgument[] {subject, object};
    }

    /**
     * Actor and target of the verb right before a verb trigger and "and" or "or", which the trigger shares with
     * it along with its voice ("she was arrested and charged with treason", "protesters ransacked and firebombed
     * the embassy"), or null when no verb stands there. After the first verb's object only its subject is
     * shared ({@link #subjectOfVerbBefore}).
     */
    EventArgument[] sharedWithVerbBefore(int trigger, Sentence sentence) {
        int and = skipLeft(trigger - 1, sentence, Words.AUXILIARIES);
        if (and - 1 < sentence.firstToken() || !isOneOf(view.form(and), "and", "or")) {
            return null;
        }
        if (isVerbForm(view.form(and - 1))) {
            return ofVerb(and - 1, sentence);
        }
        return and == trigger - 1 ? subjectOfVerbBefore(trigger, and, sentence) : null;
    }

    /**
     * "Albanian police raided a camp of the group and seized computers": the subject of a verb of the same tense
     * before the first verb's object and "and" is the second verb's too, the agencies' way of telling one
     * operation. The object stays the first verb's. The first verb is looked for within the clause (no comma,
     * clause word or quotation mark between), nearest first, and must be active and have a subject; "killed
     * seven suspected rebels and arrested four" passes over "suspected", which has none.
     */
    private EventArgument[] subjectOfVerbBefore(int trigger, int and, Sentence sentence) {
        int verb = verbBeforeObject(trigger, and, sentence);
        return verb < 0 ? null : new EventArgument[] {ofVerb(verb, sentence)[0], null};
    }

    /**
     * The object of the verb whose subject a trigger shares after "and" ("The gunman entered the office and
     * opened fire": "the office"), which is that verb's and not the trigger's; null when there is none.
     */
    EventArgument objectOfVerbBefore(int trigger, Sentence sentence) {
        int and = trigger - 1;
        if (and - 1 < sentence.firstToken() || !isOneOf(view.form(and), "and", "or")
                || isVerbForm(view.form(and - 1))) {
            return null;
        }
        int verb = verbBeforeObject(trigger, and, sentence);
        return verb < 0 ? null : objectOf(verb, sentence);
    }

    /** The first verb of {@link #subjectOfVerbBefore}, or -1. */
    private int verbBeforeObject(int trigger, int and, Sentence sentence) {
        boolean past = view.form(trigger).endsWith("ed") || Words.IRREGULAR_PARTICIPLES.contains(view.form(trigger))
                || Words.IRREGULAR_PAST.contains(view.form(trigger));
        if (!past || readsPassive(trigger, sentence)) {
            return -1;
        }
        for (int i = and - 2; i > sentence.firstToken() && i >= and - 2 * MAX_PHRASE; i--) {
            String form = view.form(i);
            if (Words.isPunctuation(form) || Words.CLAUSE_WORDS.contains(form)) {
                return -1;
            }
            boolean verb = form.endsWith("ed") && isVerbForm(form) || Words.IRREGULAR_PARTICIPLES.contains(form)
                    || Words.IRREGULAR_PAST.contains(form);
            if (verb && !Words.DETERMINERS.contains(view.lower(i - 1)) && !isPassive(i, sentence)
                    && ofVerb(i, sentence)[0] != null) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isVerbForm(String form) {
        return Words.looksVerbal(form) || Words.IRREGULAR_PARTICIPLES.contains(form);
    }

    /**
     * Whether a verb trigger reads as a passive, with "was" before it or as a bare participle ("12 protesters
     * detained last week"): its subject is who underwent it, and only "by …" names who did it.
     */
    boolean readsPassive(int trigger, Sentence sentence) {
        return isPassive(trigger, sentence) || objectOf(trigger, sentence) == null
                && isBareParticiple(trigger, skipLeft(trigger - 1, sentence, Words.AUXILIARIES), sentence);
    }

    /**
     * The object after a verb, or after the second of two ("ransacked and firebombed the embassy"). A reflexive
     * object is none: in "a suicide bomber blew himself up" the bomber is the actor, not a target; nor is a
     * clause after "that".
     */
    private EventArgument objectOf(int trigger, Sentence sentence) {
        if (trigger + 1 < sentence.endToken() && (Words.REFLEXIVES.contains(view.form(trigger + 1))
                || view.form(trigger + 1).equals("that"))) {
            return null;
        }
        int first = trigger + 1;
        if (first + 1 < sentence.endToken() && Words.PARTICLES.contains(view.form(first))
                && !Words.PREPOSITIONS.contains(view.form(first + 1)) && !Words.isPunctuation(view.form(first + 1))) {
            first++; // "had blown up explosive belts": the particle is the verb's
        } else if (first + 1 < sentence.endToken() && view.form(first).equals("dead")) {
            first++; // "shot dead a protester": how, not whom
        }
        EventArgument object = phraseStartingAt(first, sentence, false);
        return object == null && isCoordinated(trigger, sentence) ? phraseStartingAt(trigger + 3, sentence, false)
                : object;
    }

    private boolean isCoordinated(int trigger, Sentence sentence) {
        return trigger + 2 < sentence.endToken() && isOneOf(view.form(trigger + 1), "and", "or")
                && Words.looksVerbal(view.form(trigger + 2));
    }

    /** "12 protesters detained last week": a participle right after its noun with nothing after it is passive. */
    private boolean isBareParticiple(int trigger, int before, Sentence sentence) {
        return !isCoordinated(trigger, sentence) && before == trigger - 1 && isTransitiveParticiple(view.form(trigger));
    }

    /**
     * Where the subject ends when a relative pronoun stands for it: "a suicide bomber who detonated", "the
     * group, which attacked" read back to the noun before "who" or "which"; otherwise {@code last} itself.
     */
    private int antecedentEnd(int last, Sentence sentence) {
        if (last <= sentence.firstToken()) {
            return last;
        }
        if (view.form(last).equalsIgnoreCase("that")) {
            // "the junta that seized power": "that" right before the verb, after a phrase of someone who acts,
            // is the relative; after a verb ("said that attacked…") it would leave the verb without a subject
            return phraseEndingAt(last - 1, sentence) != null ? last - 1 : last;
        }
        if (!Words.SUBJECT_RELATIVES.contains(view.form(last))) {
            return last;
        }
        int end = last - 1;
        if (end > sentence.firstToken() && isOneOf(view.form(end), ",", "-", "–", "—")) {
            end--;
        }
        // "Warren Leblanc, 17, who was jailed": an age between the name and the relative is the name's
        if (end - 1 > sentence.firstToken() && isAge(view.form(end)) && view.form(end - 1).equals(",")) {
            end -= 2;
        }
        return end;
    }

    /**
     * "The protesters, members of the Kurdish Solidarity Network (KSN), were arrested": a phrase set off by
     * commas right before the verb describes the subject, which ends before the first comma. A verb, a clause
     * word or an event word between the commas makes it a clause, not a description, and {@code last} stays.
     */
    private int beforeAppositive(int last, Sentence sentence) {
        if (last <= sentence.firstToken() || !view.form(last).equals(",")) {
            return last;
        }
        for (int i = last - 1; i > sentence.firstToken() && i >= last - MAX_APPOSITIVE; i--) {
            String form = view.form(i);
            if (form.equals(",") && i + 1 < last) {
                // "Mr Mubanga, 29, from north London, was detained": an age before the description is the name's too
                boolean age = i - 2 > sentence.firstToken() && isAge(view.form(i - 1)) && view.form(i - 2).equals(",");
                return age ? i - 3 : i - 1;
            }
            if (form.equals(",")) {
                return last;
            }
            if (Words.CLAUSE_WORDS.contains(form) || Words.AUXILIARIES.contains(form) && !isPrepositionTo(i, last)
                    || Words.looksVerbal(form) || !view.lexiconFree(i) || isOneOf(form, ";", ":", "\"", "“", "”")) {
                return last;
            }
        }
        return last;
    }

    /**
     * Where the subject ends when an acronym or aside in brackets closes it: "the Central Reserve Police Force
     * (CRPF) raided". {@code last} itself otherwise.
     */
    private int beforeBrackets(int last, Sentence sentence) {
        if (last <= sentence.firstToken() || !view.form(last).equals(")")) {
            return last;
        }
        for (int i = last - 1; i > sentence.firstToken() && i >= last - 4; i--) {
            if (view.form(i).equals("(")) {
                return i - 1;
            }
        }
        return last;
    }

    /**
     * Where the subject ends when a date stands between it and the verb: "Albanian police on Tuesday raided",
     * "Police, late on Monday, detained", the agencies' order. {@code last} itself when no date ends there.
     */
    private int beforeTime(int last, Sentence sentence) {
        int i = last > sentence.firstToken() && view.form(last).equals(",") ? last - 1 : last;
        if (i <= sentence.firstToken() || !view.isTimeToken(i)) {
            return last;
        }
        while (i > sentence.firstToken() && view.isTimeToken(i)) {
            i--;
        }
        while (i > sentence.firstToken() && Words.TIME_PREPOSITIONS.contains(view.lower(i))) {
            i--;
        }
        return view.form(i).equals(",") ? i - 1 : i;
    }

    /** "an aide to Navalny", "adviser to the president": "to" before a name or an article is no infinitive's. */
    private boolean isPrepositionTo(int i, int limit) {
        return view.form(i).equals("to") && i + 1 < limit && (Character.isUpperCase(view.form(i + 1).charAt(0))
                || Words.DETERMINERS.contains(view.form(i + 1)));
    }

    private static boolean isAge(String form) {
        return form.length() <= 3 && !form.isEmpty() && form.chars().allMatch(Character::isDigit);
    }

    /**
     * The subject that ends at {@code end}, reading past a place that only says where it is ("protesters in
     * Iran ransacked").
     */
    private EventArgument subjectEndingAt(int end, Sentence sentence) {
        int beforePlace = beforeItsPlace(end, sentence);
        if (beforePlace != end) {
            EventArgument located = phraseEndingAt(beforePlace, sentence);
            if (located != null) {
                return located;
            }
        }
        EventArgument phrase = reachingBackOverOf(phraseEndingAt(end, sentence), sentence);
        int participle = phrase == null ? -1 : participleBefore(tokenStartingAt(phrase.start()), sentence);
        if (participle > sentence.firstToken()) {
            // "Syrian hackers backing embattled President Bashar Assad hijacked": the name is the object of
            // the participle, and who did it stands before that
            return phraseEndingAt(participle - 1, sentence);
        }
        if (phrase == null && end >= sentence.firstToken() && Words.SUBJECT_PRONOUNS.contains(view.form(end))
                && !view.form(end).equalsIgnoreCase("it")) {
            // "they seized hundreds of hostages": the pronoun is who did it, linked where coreference knows it
            return argument(end, end + 1, view.mention(end) == null ? null : view.entity(end));
        }
        return phrase;
    }

    /**
     * Where the phrase before "in", "from" or "at" a place ending at {@code last} ends ("protesters in Iran",
     * "a man from Leicester"), or before ", of" a place ("Vishwanand Subryan, 23, of Schenectady, was charged"):
     * the place only says where they are. {@code last} itself when no place ends there.
     */
    private int beforeItsPlace(int last, Sentence sentence) {
        Mention place = last >= sentence.firstToken() ? view.mention(last) : null;
        if (place == null || !isPlace(view.entityType(last)) || place.firstToken() - 1 <= sentence.firstToken()) {
            return last;
        }
        int preposition = place.firstToken() - 1;
        if (isOneOf(view.form(preposition), "in", "from", "at")) {
            return preposition - 1;
        }
        if (view.form(preposition).equals("of") && view.form(preposition - 1).equals(",")) {
            int beforeDescription = beforeAppositive(preposition - 1, sentence);
            return beforeDescription == preposition - 1 ? last : beforeDescription;
        }
        return last;
    }

    /**
     * "Supporters of the former president were detained", "the leader of the party was arrested", "dozens of
     * protesters": a phrase after "of" and a noun belongs to that noun, which names who did or underwent the act
     * (the president was not detained). The phrase keeps the entity it names, as "a camp belonging to the
     * group" does.
     */
    private EventArgument reachingBackOverOf(EventArgument phrase, Sentence sentence) {
        if (phrase == null) {
            return null;
        }
        int of = tokenStartingAt(phrase.start()) - 1;
        int noun = of - 1;
        if (noun < sentence.firstToken() || !view.form(of).equals("of") || !isNounBeforeOf(noun)) {
            return phrase;
        }
        int first = view.amountStartingBefore(noun);
        while (first - 1 >= sentence.firstToken() && noun - first + 1 < MAX_PHRASE) {
            String form = view.form(first - 1);
            if (Words.DETERMINERS.contains(form) && !form.equals("that")) {
                first--;
                break;
            }
            if (view.mention(first - 1) != null || !isModifierWord(first - 1, sentence)) {
                break;
            }
            first--; // "three senior members of"
        }
        return argument(first, tokenEndingAt(phrase.end()) + 1, phrase.entity());
    }

    /**
     * "Leftists known to be sympathetic to ETA were arrested": a phrase after "sympathetic to", "loyal to",
     * "linked to"… only says whom the people before it side with; the argument is those people, with it.
     */
    private EventArgument withWhomTheySide(EventArgument phrase, Sentence sentence) {
        int preposition = tokenStartingAt(phrase.start()) - 1;
        int adjective = preposition - 1;
        if (adjective <= sentence.firstToken() || !isOneOf(view.form(preposition), "to", "with")
                || !Words.AFFILIATIONS.contains(view.form(adjective))) {
            return phrase;
        }
        int last = adjective - 1;
        if (last - 2 > sentence.firstToken() && view.form(last).equals("be") && view.form(last - 1).equals("to")
                && Words.HEARSAY_PARTICIPLES.contains(view.form(last - 2))) {
            last -= 3; // "known to be", "believed to be"
        }
        EventArgument people = nounPhraseEndingAt(last, sentence);
        if (people == null) {
            return phrase;
        }
        int first = tokenStartingAt(people.start());
        return argument(first, tokenEndingAt(phrase.end()) + 1, people.entity());
    }

    /** A common noun or an amount ("members", "leader", "dozens", "villages north"), not a name or a verb. */
    private boolean isNounBeforeOf(int i) {
        String form = view.form(i);
        if (view.mention(i) != null || !view.lexiconFree(i) || view.isTimeToken(i)) {
            return false;
        }
        return view.isAmount(i) || form.length() > 1 && Character.isLetter(form.charAt(0))
                && !Words.looksVerbal(form) && !Words.DETERMINERS.contains(form) && !Words.PREPOSITIONS.contains(form)
                && !Words.CLAUSE_WORDS.contains(form) && !Words.AUXILIARIES.contains(form)
                && !Words.NOT_HEADS.contains(form);
    }

    /**
     * "Chérif Chekatt – shot dead by police – had pledged", "the convoy, ambushed by rebels near the border":
     * a participle right after a comma or a dash, with "by" someone after it or a person's name before it
     * ("aid worker Margaret Hassan, kidnapped in Iraq"), is a passive that describes the phrase before the comma.
     */
    private boolean isParticipleAfterBreak(int trigger, int before, Sentence sentence) {
        String form = view.form(trigger);
        return before == trigger - 1 && before > sentence.firstToken()
                && isOneOf(view.form(before), ",", "-", "–", "—")
                && (isTransitiveParticiple(form) || Words.IRREGULAR_PARTICIPLES.contains(form))
                && (agentAfter(trigger, sentence) != null || view.entityType(before - 1) == EntityType.PERSON);
    }

    private static boolean isTransitiveParticiple(String form) {
        return form.endsWith("ed") && !Words.INTRANSITIVE.contains(form);
    }

    /**
     * Any noun phrase ending at {@code last}, for the one who undergoes an event ("at least 40 computers were
     * seized"): back over words that are no verb, clause word, preposition or punctuation, to a determiner.
     */
    private EventArgument nounPhraseEndingAt(int last, Sentence sentence) {
        int suspected = accusationBefore(last, sentence);
        if (suspected >= 0) {
            return nounPhraseEndingAt(suspected - 1, sentence); // "any foreign national suspected of terrorism"
        }
        int beforePlace = beforeItsPlace(last, sentence);
        if (beforePlace != last) {
            EventArgument located = nounPhraseEndingAt(beforePlace, sentence);
            if (located != null) {
                return located; // "another man from Leicester was arrested"
            }
        }
        EventArgument named = reachingBackOverOf(phraseEndingAt(last, sentence), sentence);
        if (named != null) {
            return withWhomTheySide(named, sentence);
        }
        if (last < sentence.firstToken()) {
            return null;
        }
        if (Words.SUBJECT_PRONOUNS.contains(view.form(last)) || Words.REFLEXIVES.contains(view.form(last))) {
            // "she was arrested", "could find themselves prosecuted": the pronoun is who underwent it, linked to
            // its entity where coreference knows it
            return argument(last, last + 1, view.mention(last) == null ? null : view.entity(last));
        }
        int first = last + 1;
        while (first - 1 >= sentence.firstToken() && last - first + 1 < MAX_PHRASE) {
            String form = view.form(first - 1);
            boolean namesThem = first == last && Words.NAMED_BY_EVENT.contains(view.form(last)); // "bombing suspect"
            if (Words.isPunctuation(form) || Words.CLAUSE_WORDS.contains(form) || Words.AUXILIARIES.contains(form)
                    || !namesThem && (Words.looksVerbal(form) || !view.lexiconFree(first - 1))
                    || view.isTimeToken(first - 1) || Words.PREPOSITIONS.contains(form) && !form.equals("of")) {
                break;
            }
            first--;
            if (Words.DETERMINERS.contains(form)) {
                break;
            }
        }
        if (first > last || Words.NOT_HEADS.contains(view.form(last)) || view.form(first).equals("of")) {
            return null;
        }
        if (first == last && view.mention(first) == null && !Words.OBJECT_PRONOUNS.contains(view.form(first))
                && first > sentence.firstToken() && Words.AUXILIARIES.contains(view.form(first - 1))) {
            return null; // a bare word after "can", "is" or "to" is a verb: "can opt to be deported"
        }
        first = view.amountStartingBefore(first); // "at least 40 computers", not "least 40 computers"
        EventArgument phrase = argument(first, last + 1, entityWithin(first, last + 1));
        return withWhomTheySide(reachingBackOverOf(phrase, sentence), sentence);
    }

    /**
     * The "-ing" participle whose object the phrase starting at {@code first} is, over up to two words between
     * ("backing embattled President Bashar Assad"), or -1.
     */
    private int participleBefore(int first, Sentence sentence) {
        for (int i = first - 1; i > sentence.firstToken() && first - i <= 3; i--) {
            String form = view.form(i);
            if (form.endsWith("ing") && Words.looksVerbal(form)) {
                return i;
            }
            if (Words.isPunctuation(form) || Words.CLAUSE_WORDS.contains(form) || Words.PREPOSITIONS.contains(form)
                    || Words.AUXILIARIES.contains(form) || Words.DETERMINERS.contains(form)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The token of "suspected", "accused" or "convicted" that a phrase ending at {@code last} is the complement
     * of ("suspected of links with terrorism"), within a few words and no punctuation, or -1.
     */
    private int accusationBefore(int last, Sentence sentence) {
        for (int i = last; i > sentence.firstToken() && last - i <= MAX_PHRASE; i--) {
            String form = view.form(i);
            if (Words.ACCUSATIONS.contains(form) && i < last && Words.PREPOSITIONS.contains(view.form(i + 1))) {
                return i;
            }
            if (Words.isPunctuation(form) || Words.CLAUSE_WORDS.contains(form) || Words.AUXILIARIES.contains(form)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The subject of a passive for a phrase read back from it that follows "from", "in", "at"…: the noun before
     * the preposition with it ("twelve managers from Mitsubishi Motors were charged"), or none when a verb
     * stands there ("25 people who took part in a network based in Leicester were jailed": not Leicester).
     * Other prepositions may open a clause whose subject the phrase is ("after Mr Brown threatened", "with some
     * people jailed"), and a relative pronoun's antecedent may well follow a preposition ("a drama about Angela
     * Cannings, who was wrongly convicted"), so the caller leaves those alone.
     */
    private EventArgument subjectBeforePreposition(EventArgument phrase, Sentence sentence) {
        int preposition = phrase == null ? -1 : tokenStartingAt(phrase.start()) - 1;
        if (preposition < sentence.firstToken() || !Words.LOCATING.contains(view.form(preposition))) {
            return phrase;
        }
        int noun = preposition - 1;
        if (noun < sentence.firstToken() || Words.looksVerbal(view.form(noun)) || !view.lexiconFree(noun)) {
            return null;
        }
        EventArgument head = nounPhraseEndingAt(noun, sentence);
        return head == null ? null : new EventArgument(phrase.entity(),
                view.analysis.article().text().substring(head.start(), phrase.end()), head.start(), phrase.end());
    }

    /**
     * Actor and target of a noun trigger: "a police raid on the camp", "Israel's offensive", "… by the army",
     * "militants launched an attack". A place before the noun ("the Bagram Airfield bombing") is no actor.
     */
    EventArgument[] ofNoun(int trigger, Sentence sentence) {
        EventArgument actor = null;
        EventArgument undergoer = null;
        int left = trigger - 1;
        if (left > sentence.firstToken() && Tokenizer.isQuotationMark(view.form(left))) {
            left--; // the Provisional IRA's "bombing outrages"
        }
        int next = trigger + 1;
        if (left >= sentence.firstToken() && isPossessive(view.form(left))) {
            EventArgument possessor = phraseEndingAt(left - 1, sentence);
            if (Words.UNDERGONE_NOUNS.contains(view.form(trigger))
                    && (next >= sentence.endToken() || !view.form(next).equals("of"))) {
                undergoer = possessor;
            } else {
                actor = possessor;
            }
        } else if (left >= sentence.firstToken() && !Words.DETERMINERS.contains(view.form(left))) {
            // "Hamas rocket attacks", "a Taliban car bomb attack": the weapon words say with what, the name
            // before them who
            int modifier = left;
            while (modifier - 1 >= sentence.firstToken() && modifier >= left - 1 && view.mention(modifier) == null
                    && Words.INSTRUMENTS.contains(view.form(modifier))) {
                modifier--;
            }
            actor = modifierOfNoun(phraseEndingAt(modifier, sentence), sentence);
        }
        if (actor != null && isPlaceOrThing(actor)) {
            actor = null;
        }
        if (actor == null && undergoer == null && !Words.RECIPROCAL.contains(view.form(trigger))) {
            EventArgument[] harm = harmDoneIn(trigger, sentence);
            if (harm != null) {
                return harm; // "forces killed 12 militants in air strikes": who struck and whom
            }
        }
        EventArgument named = personNamedAfter(next, sentence);
        if (named != null && Words.SUSPECTS.contains(view.form(next))) {
            actor = named; // "bombing suspect Dzhokhar Tsarnaev": the one suspected of it, not its target
        } else if (named != null && undergoer == null) {
            undergoer = named; // "attack victim Lee Rigby"
        }
        if (actor == null) {
            actor = agentAfter(trigger, sentence);
        }
        if (actor == null) {
            actor = agentOfLightVerbAfter(trigger, sentence);
        }
        if (actor == null) {
            actor = subjectOfLightVerb(trigger, sentence);
        }
        EventArgument target = undergoer != null ? undergoer : defendantBefore(trigger, sentence);
        if (target == null && next < sentence.endToken() && isOneOf(view.form(next), "on", "against", "of")) {
            target = phraseStartingAt(next + 1, sentence, false);
        }
        if (next < sentence.endToken() && Words.RECIPROCAL.contains(view.form(trigger))) {
            EventArgument[] sides = sidesBetween(next, sentence);
            if (sides != null) {
                return sides; // "a battle between troops and gunmen"
            }
            EventArgument[] harm = actor == null && target == null ? harmDoneIn(trigger, sentence) : null;
            if (harm != null) {
                return harm;
            }
            if (target == null) {
                target = otherSide(next, sentence); // "clashes with police"
            }
        }
        if (target == null) {
            target = objectOfHarm(trigger, sentence);
        }
        if (target == null) {
            target = harmedBy(trigger, sentence);
        }
        if (target == null) {
            target = recipientAfter(trigger, sentence);
        }
        if (target == null && left >= sentence.firstToken() && view.mention(left) == null
                && (actor == null || !actor.contains(view.tokens.get(left)))
                && Words.PLACE_NOUNS.contains(view.form(left)) && !Words.GATHERINGS.contains(view.form(trigger))
                && !Words.namesKindOf(view.form(left), view.form(trigger))) {
            // "the hospital attacks", "a checkpoint bombing"; "house arrest" is a kind of detention, not one
            // done to a house, and "street protests" are held in the street, not against it
            target = argument(left, trigger, null);
        }
        return new EventArgument[] {actor, target};
    }

    /** Who goes on, stands or faces trial: the subject of the verb before the noun, or null. */
    private EventArgument defendantBefore(int trigger, Sentence sentence) {
        int verb = trigger - 1;
        if (verb > sentence.firstToken() && view.form(verb).equals("on")) {
            verb--; // "go on trial"
        }
        if (verb <= sentence.firstToken() || !Words.TRIALS.contains(view.form(trigger))
                || !Words.FACING_TRIAL.contains(view.form(verb))) {
            return null;
        }
        return nounPhraseEndingAt(skipLeft(verb - 1, sentence, Words.AUXILIARIES), sentence);
    }

    /** The person named right after a word for who did or underwent an event ("suspect", "victim"), or null. */
    private EventArgument personNamedAfter(int word, Sentence sentence) {
        int name = word + 1;
        if (name >= sentence.endToken() || !Words.NAMED_BY_EVENT.contains(view.form(word))
                || view.entityType(name) != EntityType.PERSON || view.mention(name).firstToken() != name) {
            return null;
        }
        Mention mention = view.mention(name);
        return new EventArgument(view.entity(name), mention.text(), mention.start(), mention.end());
    }

    /**
     * The phrase before an event noun as its actor: "an IRA bombing" gives "IRA", as the article belongs to the
     * noun. An organisation no knowledge base knows as an actor, after "the", names the event by where or at
     * whom it happened ("the Boston Marathon bombing", "the Cafeteria Rolando bombing"), not by who did it
     * ("the Hamas attack" is linked).
     */
    private EventArgument modifierOfNoun(EventArgument phrase, Sentence sentence) {
        if (phrase == null) {
            return null;
        }
        int first = tokenStartingAt(phrase.start());
        int nameAt = Words.DETERMINERS.contains(view.form(first)) ? first + 1 : first;
        if (nameAt < sentence.endToken() && view.entityType(nameAt) == EntityType.PERSON
                && view.mention(nameAt).endToken() == tokenEndingAt(phrase.end()) + 1) {
            return null; // a person's name before the noun says at whom: "the Kennedy assassination"
        }
        if (!isOneOf(view.lower(first), "a", "an", "the")
                || first + 1 >= sentence.endToken() || view.mention(first + 1) == null) {
            return phrase;
        }
        int name = first + 1;
        if (view.form(first).equalsIgnoreCase("the") && view.entityType(name) == EntityType.ORG
                && view.isName(name) && !view.isKnownActor(name)) {
            return null;
        }
        return argument(name, tokenEndingAt(phrase.end()) + 1, phrase.entity());
    }

    /**
     * "The explosion targeted a bakery", "bombings aimed at the military", "the attack killed three soldiers":
     * what the event noun, as subject of a verb of harm, did it to.
     */
    private EventArgument objectOfHarm(int trigger, Sentence sentence) {
        int verb = trigger + 1;
        if (verb + 1 < sentence.endToken() && view.form(verb).equals(",")
                && Words.SUBJECT_RELATIVES.contains(view.form(verb + 1))) {
            verb++; // "the bombings, which were aimed at civilians"
        }
        if (verb < sentence.endToken() && Words.SUBJECT_RELATIVES.contains(view.form(verb))) {
            verb++; // "a blast which injured several people"
        }
        verb = skipRight(verb, sentence);
        if (verb < sentence.endToken() && Words.RAISING.contains(view.form(verb))) {
            verb = skipRight(verb + 1, sentence); // "the bombings, which seemed to be aimed at civilians"
        }
        if (verb >= sentence.endToken() || !Words.HARM_VERBS.contains(view.form(verb))) {
            return null;
        }
        int object = verb + 1;
        if (object < sentence.endToken() && isOneOf(view.form(object), "at", "on", "against")) {
            object++;
        }
        return phraseStartingAt(object, sentence, false);
    }

    /**
     * "The Murrah Federal Building was shattered by an explosion", "two soldiers were killed in attacks",
     * "civilians killed in latest US airstrike": what a passive verb of harm says the event noun after "by" or
     * "in" did it to.
     */
    private EventArgument harmedBy(int trigger, Sentence sentence) {
        int by = trigger - 1;
        while (by > sentence.firstToken() && trigger - by <= 3 && !isOneOf(view.form(by), "by", "in")
                && (Character.isLowerCase(view.form(by).charAt(0))
                || view.mention(by) != null && view.mention(by).endToken() == trigger)) {
            by--; // "by an explosion", "in a powerful blast", "in latest US airstrike"
        }
        int verb = by - 1;
        if (verb <= sentence.firstToken() || !isOneOf(view.form(by), "by", "in")
                || !Words.HARM_VERBS.contains(view.form(verb))
                || !isPassive(verb, sentence) && !isBareParticiple(verb, verb - 1, sentence)
                || view.form(by).equals("in") && Words.RECIPROCAL.contains(view.form(trigger))) {
            return null; // who was wounded "in the gunfight" may have fought on either side
        }
        return nounPhraseEndingAt(skipLeft(verb - 1, sentence, Words.AUXILIARIES), sentence);
    }

    /**
     * "Security forces killed seven rebels in a gunfight", "police arrested four men in clashes", "forces
     * neutralised 12 militants in air strikes": who did the killing or arresting in the fight or attack is its
     * actor (or one side) and whom it was done to its target (or the other); null when no active verb of harm or
     * arrest governs the phrase before "in".
     */
    private EventArgument[] harmDoneIn(int trigger, Sentence sentence) {
        int in = trigger - 1;
        while (in > sentence.firstToken() && trigger - in <= 3 && !view.form(in).equals("in")
                && Character.isLowerCase(view.form(in).charAt(0))) {
            in--; // "in a fierce gunfight"
        }
        if (in <= sentence.firstToken() || !view.form(in).equals("in")) {
            return null;
        }
        EventArgument undergoer = nounPhraseEndingAt(in - 1, sentence);
        int verb = undergoer == null ? -1 : tokenStartingAt(undergoer.start()) - 1;
        while (verb > sentence.firstToken() && view.isAmount(verb)) {
            verb--; // "killed 12 militants": the count is the object's
        }
        boolean quoted = verb - 2 > sentence.firstToken() && Words.QUOTE_MARKS.contains(view.form(verb))
                && Words.QUOTE_MARKS.contains(view.form(verb - 2));
        if (quoted) {
            verb--; // forces "neutralized" 12 militants: the word in marks is still the verb
        }
        if (verb <= sentence.firstToken() || !Words.HARM_VERBS.contains(view.form(verb))
                && !Words.ARRESTS.contains(view.form(verb)) || !quoted && readsPassive(verb, sentence)) {
            return null;
        }
        EventArgument doer = quoted ? subjectEndingAt(verb - 2, sentence) : ofVerb(verb, sentence)[0];
        EventArgument[] shared = doer == null ? sharedWithVerbBefore(verb, sentence) : null;
        doer = shared == null ? doer : shared[0]; // "killed seven rebels and arrested four others in a gunfight"
        return doer == null ? null : new EventArgument[] {doer, undergoer};
    }

    /**
     * "warnings were given to the police", "an ultimatum sent to the government": who an event noun was given
     * or sent to is who it was aimed at.
     */
    private EventArgument recipientAfter(int trigger, Sentence sentence) {
        int verb = skipRight(trigger + 1, sentence);
        if (verb + 1 >= sentence.endToken() || !Words.GIVING.contains(view.form(verb))
                || !view.form(verb + 1).equals("to")) {
            return null;
        }
        return phraseStartingAt(verb + 2, sentence, false);
    }

    /** The first token at or after {@code from} that is no auxiliary ("the blast had also damaged"). */
    private int skipRight(int from, Sentence sentence) {
        int i = from;
        while (i < sentence.endToken() && Words.AUXILIARIES.contains(view.form(i))) {
            i++;
        }
        return i;
    }

    /** A word before a word for people who act, which only says what kind they are: "riot police". */
    static boolean modifiesAgent(ArticleView view, int i) {
        return i + 1 < view.tokens.size() && Words.AGENTS.contains(view.form(i + 1));
    }

    /** The other side of a fight, after "with" or "against": people who act or an entity, not "with rifles". */
    private EventArgument otherSide(int preposition, Sentence sentence) {
        if (preposition >= sentence.endToken() || !isOneOf(view.form(preposition), "with", "against")) {
            return null;
        }
        return phraseStartingAt(preposition + 1, sentence, true);
    }

    /** "between troops and gunmen": the two sides, first as actor, or null when the words do not say both. */
    private EventArgument[] sidesBetween(int preposition, Sentence sentence) {
        if (!view.form(preposition).equals("between")) {
            return null;
        }
        EventArgument first = phraseStartingAt(preposition + 1, sentence, true);
        if (first == null) {
            return null;
        }
        int and = preposition + 1;
        while (and < sentence.endToken() && view.tokens.get(and).end() <= first.end()) {
            and++;
        }
        if (and + 1 >= sentence.endToken() || !view.form(and).equals("and")) {
            return null;
        }
        EventArgument second = phraseStartingAt(and + 1, sentence, true);
        return second == null ? null : new EventArgument[] {first, second};
    }

    /**
     * "militants launched a series of attacks", "police carried out raids", "the group had planned attacks":
     * the subject of a verb that only says an event took place or was prepared, before the noun and its
     * determiner and modifiers.
     */
    private EventArgument subjectOfLightVerb(int trigger, Sentence sentence) {
        for (int i = trigger - 1; i >= sentence.firstToken() && i >= trigger - 5; i--) {
            String form = view.form(i);
            if (Words.LIGHT_VERBS.contains(form) || Words.PLANNING_VERBS.contains(form)) {
                int verb = i > sentence.firstToken() && form.equals("out") ? i - 1 : i;
                return phraseEndingAt(skipLeft(verb - 1, sentence, Words.AUXILIARIES), sentence);
            }
            if (Words.isPunctuation(form) || Words.CLAUSE_WORDS.contains(form) || view.mention(i) != null) {
                return null;
            }
        }
        return null;
    }

    /** An argument naming a place or a named thing (an event, a law), which acts on nobody. */
    private boolean isPlaceOrThing(EventArgument argument) {
        int last = tokenEndingAt(argument.end());
        EntityType type = last < 0 ? null : view.entityType(last);
        return type != null && (isPlace(type) || type == EntityType.MISC);
    }

    private int tokenStartingAt(int start) {
        int i = firstTokenEndingAfter(start);
        return i < view.tokens.size() && view.tokens.get(i).start() == start ? i : -1;
    }

    private int tokenEndingAt(int end) {
        int i = firstTokenEndingAfter(end - 1);
        return i < view.tokens.size() && view.tokens.get(i).end() == end ? i : -1;
    }

    /** The first token that ends after character {@code offset} (tokens are in text order and do not overlap). */
    private int firstTokenEndingAfter(int offset) {
        int low = 0;
        int high = view.tokens.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (view.tokens.get(middle).end() <= offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * A place named after "in", "near", "at"… in the trigger's sentence: after it first, else before it, but not
     * before a preposition that makes an event noun the complement of another word.
     */
    EventArgument place(int trigger, Sentence sentence, boolean noun) {
        EventArgument modifier = noun ? placeBeforeNoun(trigger, sentence) : null;
        if (modifier != null) {
            return modifier;
        }
        int end = Math.min(sentence.endToken(), trigger + REACH);
        for (int i = trigger + 1; i < end - 1; i++) {
            if (Words.CLAUSE_WORDS.contains(view.form(i)) && !view.form(i).equals("and")) {
                break;
            }
            EventArgument place = placeAfter(i, sentence);
            if (place != null) {
                return place;
            }
        }
        for (int i = trigger - 1; i >= Math.max(sentence.firstToken(), trigger - REACH); i--) {
            String form = view.form(i);
            if (Words.CLAUSE_WORDS.contains(form) || noun && Words.NOT_LOCATING_PREPOSITIONS.contains(form)) {
                break;
            }
            if (form.equals("from")) {
                continue; // "McCarthy, a senator from Wisconsin, threatened": where someone comes from
            }
            EventArgument place = placeAfter(i, sentence);
            if (place != null && !(tokenEndingAt(place.end()) == trigger - 1
                    && Words.namesKindOf(view.form(trigger - 1), view.form(trigger)))) {
                return place; // not "in" + "house arrest": "brings in house arrest"
            }
        }
        return null;
    }

    /**
     * Where a place the event was done to stands, as a later sentence about it tells: "raided a camp … The camp,
     * known as Ashraf-3, lies northwest of the capital" gives the camp by its name ("The camp, known as
     * Ashraf-3", the facility Ashraf-3), as that is where the event happened; without a name, "… The camp lies
     * northwest of the capital" gives the capital, the nearest place the text names. Only a sentence that
     * opens with the same noun counts, within the next three.
     */
    EventArgument placeOfTarget(EventArgument target, int sentenceIndex) {
        String head = null;
        for (int i = 0; i < view.tokens.size() && head == null; i++) {
            Token token = view.tokens.get(i);
            if (target.contains(token) && Words.PLACE_NOUNS.contains(token.form())) {
                head = token.lower();
            }
        }
        List<Sentence> sentences = view.analysis.sentences();
        for (int s = sentenceIndex + 1; head != null && s < Math.min(sentences.size(), sentenceIndex + 4); s++) {
            Sentence sentence = sentences.get(s);
            int first = sentence.firstToken();
            if (sentence.tokenCount() > 2 && view.form(first).equalsIgnoreCase("the")
                    && view.form(first + 1).equalsIgnoreCase(head)) {
                EventArgument named = facilityNamedAfter(first, sentence);
                if (named != null) {
                    return named;
                }
                for (int i = first + 2; i < sentence.endToken() - 1; i++) {
                    EventArgument place = placeAfter(i, sentence);
                    if (place != null && place.entity() != null) {
                        return place;
                    }
                }
            }
        }
        return null;
    }

    /**
     * "The camp, known as Ashraf-3" from the description at {@code first}: a facility's name within the few
     * words after the head noun, with the description as the argument's text.
     */
    private EventArgument facilityNamedAfter(int first, Sentence sentence) {
        for (int i = first + 2; i < Math.min(sentence.endToken(), first + 6); i++) {
            Mention mention = view.mention(i);
            if (mention != null && view.entityType(i) == EntityType.FAC && view.entity(i) != null) {
                return argument(first, mention.endToken(), view.entity(i));
            }
        }
        return null;
    }

    /** "the Bagram Airfield bombing", "a Kabul raid": a place named right before the trigger. */
    private EventArgument placeBeforeNoun(int trigger, Sentence sentence) {
        int left = trigger - 1;
        if (left < sentence.firstToken() || view.mention(left) == null || !isPlace(view.entityType(left))) {
            return null;
        }
        Mention mention = view.mention(left);
        if (mention.endToken() != trigger || mention.kind() == org.lede.model.MentionKind.PRONOUN) {
            return null;
        }
        return new EventArgument(view.entity(left), mention.text(), mention.start(), mention.end());
    }

    /** The date of the trigger's clause: a date or time the clause gives, not one a reporting verb governs. */
    Timex time(int trigger, Sentence sentence) {
        Token at = view.tokens.get(trigger);
        Timex best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Timex timex : view.timexIn(sentence)) {
            if (timex.type() != TimexType.DATE && timex.type() != TimexType.TIME) {
                continue;
            }
            int distance = timex.start() > at.start() ? tokensBetween(at.end(), timex.start(), sentence)
                    : tokensBetween(timex.end(), at.start(), sentence);
            if (distance >= 0 && distance <= TIME_REACH && distance < bestDistance) {
                best = timex;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** "with tear gas", "using drones": a phrase headed by a weapon word; or one before the noun ("a knife attack"). */
    EventArgument instrument(int trigger, Sentence sentence) {
        int left = trigger - 1;
        if (left >= sentence.firstToken() && Words.INSTRUMENTS.contains(view.form(left))) {
            int first = left;
            if (first - 1 >= sentence.firstToken() && Words.INSTRUMENTS.contains(view.form(first - 1))) {
                first--; // "a car bomb attack"
            }
            return argument(first, trigger, view.entity(left));
        }
        int end = Math.min(sentence.endToken(), trigger + REACH);
        for (int i = trigger + 1; i < end; i++) {
            String form = view.form(i);
            if (Words.isPunctuation(form) || Words.CLAUSE_WORDS.contains(form)) {
                return null;
            }
            if (isOneOf(form, "with", "using")) {
                EventArgument phrase = phraseStartingAt(i + 1, sentence, false);
                if (phrase != null && Words.INSTRUMENTS.contains(lastWord(phrase))) {
                    return phrase;
                }
            }
        }
        return weaponNear(trigger, sentence);
    }

    /** A weapon word close to the trigger in its clause ("a gunman opened fire with …", "detonated his bomb"). */
    private EventArgument weaponNear(int trigger, Sentence sentence) {
        for (int distance = 1; distance <= MAX_PHRASE; distance++) {
            for (int i : new int[] {trigger + distance, trigger - distance}) {
                if (i < sentence.firstToken() || i >= sentence.endToken() || !Words.WEAPONS.contains(view.form(i))) {
                    continue;
                }
                int from = Math.min(i, trigger);
                int to = Math.max(i, trigger);
                boolean sameClause = true;
                for (int j = from + 1; j < to; j++) {
                    sameClause &= !Words.isPunctuation(view.form(j)) && !Words.CLAUSE_WORDS.contains(view.form(j));
                }
                if (sameClause) {
                    return argument(i, i + 1, view.entity(i));
                }
            }
        }
        return null;
    }

    /**
     * Tokens between two offsets, or -1 when a clause word or a line break stands between ("told reporters on
     * Wednesday that the operation…" gives Wednesday to the telling, not to the operation).
     */
    private int tokensBetween(int from, int to, Sentence sentence) {
        int count = 0;
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
            Token token = view.tokens.get(i);
            if (token.start() >= from && token.end() <= to) {
                String form = token.form();
                if (Words.CLAUSE_WORDS.contains(form) && !form.equals("and") || form.equals(";")) {
                    return -1;
                }
                count++;
            }
        }
        return count;
    }

    private EventArgument placeAfter(int preposition, Sentence sentence) {
        if (!Words.PLACE_PREPOSITIONS.contains(view.form(preposition))) {
            return null;
        }
        if (view.form(preposition).equals("of") && !(preposition > sentence.firstToken()
                && (Words.PLACE_NOUNS.contains(view.form(preposition - 1))
                || Words.DIRECTIONS.contains(view.form(preposition - 1))))) {
            return null; // "the town of X", "northwest of X" say where; "the mayor of X", "the bombing of X" do not
        }
        int i = preposition + 1;
        if (i < sentence.endToken() && Words.DETERMINERS.contains(view.form(i)) && view.mention(i) == null) {
            i++;
        }
        if (i >= sentence.endToken()) {
            return null;
        }
        if (view.mention(i) == null || !isPlace(view.entityType(i))) {
            return placeNounAfter(preposition, i, sentence);
        }
        Mention mention = view.mention(i);
        EventArgument specified = mention.kind() == MentionKind.DESCRIPTION ? placeNounAfter(preposition, i, sentence)
                : null;
        if (specified != null) {
            return specified; // "in the southern port city of Basra": the description and the name it is specified by
        }
        int after = mention.endToken();
        if (after + 1 < sentence.endToken() && view.form(after).equals("-")
                && Character.isLowerCase(view.form(after + 1).charAt(0))) {
            return null; // "the US-led coalition", "a Saudi-backed force": the name modifies what follows
        }
        int nounEnd = placeNounAfterName(mention.endToken(), sentence);
        if (nounEnd > 0) {
            return argument(mention.firstToken(), nounEnd, view.entity(i));
        }
        return new EventArgument(view.entity(i), mention.text(), mention.start(), mention.end());
    }

    /**
     * "in the Markets area", "at the Oxford Street bus station": the end of the place noun that a place name
     * modifies, within two lower-case words after it, or -1. The place is the area or the station, which the
     * name only tells apart.
     */
    private int placeNounAfterName(int after, Sentence sentence) {
        for (int i = after; i < Math.min(sentence.endToken(), after + 2); i++) {
            String form = view.form(i);
            if (form.isEmpty() || !Character.isLowerCase(form.charAt(0)) || view.mention(i) != null) {
                return -1;
            }
            if (Words.PLACE_NOUNS.contains(form)) {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * "in a Latvian town", "at the port of Apapa": a noun for a place after "in", "at" or "near" (not "of",
     * "from", "on", which say too much else), with up to two modifiers and the place it belongs to.
     */
    private EventArgument placeNounAfter(int preposition, int first, Sentence sentence) {
        if (!isOneOf(view.form(preposition), "in", "at", "near", "outside", "inside")) {
            return null;
        }
        for (int i = first; i < Math.min(sentence.endToken(), first + 3); i++) {
            String form = view.form(i);
            if (Words.PLACE_NOUNS.contains(form)) {
                if (i + 1 < sentence.endToken() && Words.PLACE_NOUNS.contains(view.form(i + 1))) {
                    i++; // "the French port city of Marseille"
                }
                int owner = ownerAfter(i + 1, sentence); // "the port of Apapa"
                if (owner >= 0 && isPlace(view.entityType(owner))) {
                    return argument(preposition + 1, view.mention(owner).endToken(), view.entity(owner));
                }
                return argument(preposition + 1, i + 1, entityWithin(first, i + 1));
            }
            if (Words.isPunctuation(form) || Words.PREPOSITIONS.contains(form) || Words.CLAUSE_WORDS.contains(form)) {
                return null;
            }
        }
        return null;
    }

    private static boolean isPlace(EntityType type) {
        return type == EntityType.GPE || type == EntityType.LOC || type == EntityType.FAC;
    }

    private boolean isPassive(int trigger, Sentence sentence) {
        if (!view.form(trigger).endsWith("ed") && !Words.IRREGULAR_PARTICIPLES.contains(view.form(trigger))) {
            return false;
        }
        for (int i = trigger - 1; i >= sentence.firstToken() && i >= trigger - 3; i--) {
            String form = view.form(i);
            if (Words.PASSIVE_AUXILIARIES.contains(form)) {
                return true;
            }
            if (!Words.AUXILIARIES.contains(form) && !form.endsWith("ly")) {
                return false;
            }
        }
        return false;
    }

    /**
     * What a verb whose object is part of the event ("opened fire") was aimed at: the phrase
     * after "on", "at" or "upon" right after that object ("opened fire on protesters"), or null.
     */
    EventArgument aimedAfter(EventArgument partOfEvent, Sentence sentence) {
        int next = tokenEndingAt(partOfEvent.end()) + 1;
        if (next <= 0 || next >= sentence.endToken() || !isOneOf(view.form(next), "on", "at", "upon")) {
            return null;
        }
        return phraseStartingAt(next + 1, sentence, false);
    }

    /** "… by Albanian police": the agent after the trigger, before the clause ends. */
    private EventArgument agentAfter(int trigger, Sentence sentence) {
        int end = Math.min(sentence.endToken(), trigger + MAX_PHRASE);
        for (int i = trigger + 1; i < end; i++) {
            String form = view.form(i);
            if (form.equals("by")) {
                return phraseStartingAt(i + 1, sentence, true);
            }
            if (Words.isPunctuation(form) || Words.CLAUSE_WORDS.contains(form)) {
                return null;
            }
        }
        return null;
    }

    /**
     * "The attacks, some of them deadly, were carried out by militants": the agent of a verb that only says the
     * event took place, further on than {@link #agentAfter} reads (past commas), as long as no other event word
     * stands between.
     */
    private EventArgument agentOfLightVerbAfter(int trigger, Sentence sentence) {
        int end = Math.min(sentence.endToken() - 1, trigger + REACH);
        for (int i = trigger + 2; i < end; i++) {
            String form = view.form(i);
            if (!view.lexiconFree(i) || isOneOf(form, ";", ":")) {
                return null;
            }
            String verb = view.form(i - 1);
            if (form.equals("by") && Words.LIGHT_VERBS.contains(verb)
                    && (verb.equals("out") ? view.form(i - 2).equals("carried") : verb.endsWith("ed"))) {
                return phraseStartingAt(i + 1, sentence, true);
            }
        }
        return null;
    }

    private int skipLeft(int from, Sentence sentence, org.lede.text.WordTable<Boolean> skipped) {
        int i = from;
        while (i >= sentence.firstToken() && (skipped.contains(view.form(i)) || isAdverb(view.form(i)))) {
            i--;
        }
        return i;
    }

    private static boolean isAdverb(String form) {
        return form.length() > 4 && form.endsWith("ly") && Character.isLowerCase(form.charAt(0));
    }

    /**
     * The phrase whose last token is {@code last}: an entity mention with its modifiers, or a word for people
     * who act ("police") with the names and nationalities before it ("Albanian police"). Null when the
     * token ends no such phrase.
     */
    private EventArgument phraseEndingAt(int last, Sentence sentence) {
        if (last < sentence.firstToken()) {
            return null;
        }
        String head = view.form(last);
        Mention mention = view.mention(last);
        if (mention == null && !Words.AGENTS.contains(head)) {
            return null;
        }
        int first = mention == null ? last : Math.max(mention.firstToken(), sentence.firstToken());
        boolean pronoun = mention != null && mention.kind() == org.lede.model.MentionKind.PRONOUN;
        // Modifiers: a nationality or a name before the head ("Albanian police", "Iran's foreign ministry"); a
        // pronoun takes none ("ISIS warned the United States they would attack": not "the United States they")
        while (!pronoun && first - 1 >= sentence.firstToken() && last - first + 1 < MAX_PHRASE) {
            int i = first - 1;
            Mention modifier = view.mention(i);
            if (modifier != null && modifier != mention) {
                first = Math.max(modifier.firstToken(), sentence.firstToken());
            } else if (isPossessive(view.form(i)) && i - 1 >= sentence.firstToken() && view.mention(i - 1) != null) {
                first = Math.max(view.mention(i - 1).firstToken(), sentence.firstToken());
            } else if (Words.DETERMINERS.contains(view.form(i)) && !view.form(i).equals("that")) {
                first = i;
                break;
            } else if (mention == null && isModifierWord(i, sentence)) {
                first = i;
            } else {
                break;
            }
        }
        return argument(first, last + 1, mention != null ? view.entity(last) : entityWithin(first, last + 1));
    }

    /** A word before an agent noun that is no verb, clause word, preposition or date ("riot police"). */
    private boolean isModifierWord(int i, Sentence sentence) {
        String form = view.form(i);
        return i >= sentence.firstToken() && Character.isLetter(form.charAt(0)) && !view.isTimeToken(i)
                && !Words.looksVerbal(form) && !Words.CLAUSE_WORDS.contains(form) && !Words.PREPOSITIONS.contains(form)
                && !Words.AUXILIARIES.contains(form) && !isAdverb(form) && view.lexiconFree(i);
    }

    /**
     * The phrase that starts at {@code first}: an optional determiner, then an entity mention or up to a few
     * words up to a preposition, clause word, punctuation or verb form, then "belonging to", "of" or "run by"
     * an entity, which links the phrase to that entity ("a camp belonging to the group").
     */
    private EventArgument phraseStartingAt(int first, Sentence sentence, boolean mustAct) {
        int end = sentence.endToken();
        if (first >= end) {
            return null;
        }
        int i = first;
        if (Words.DETERMINERS.contains(view.form(i)) && (view.mention(i) == null
                || view.mention(i).kind() == org.lede.model.MentionKind.PRONOUN && i + 1 < end
                && !Words.isPunctuation(view.form(i + 1)))) {
            i++; // "the", and "his" before a noun ("an attack on his life")
        }
        int headEnd = i;
        String entity = null;
        boolean afterName = false;
        while (headEnd < end && headEnd - first < MAX_PHRASE) {
            Mention mention = view.mention(headEnd);
            if (mention != null) {
                if (afterName) {
                    break; // two names side by side are two phrases
                }
                entity = view.entity(headEnd);
                headEnd = Math.min(mention.endToken(), end);
                if (mention.kind() == org.lede.model.MentionKind.PRONOUN) {
                    break;
                }
                // A nationality modifies the noun after it ("four Russian diplomats"), and so may a name, when
                // common nouns follow it: "the Christmas market", "the Oklahoma City federal building".
                afterName = view.entityType(headEnd - 1) != EntityType.NORP;
                continue;
            }
            String form = view.form(headEnd);
            if (view.isAmount(headEnd)) {
                headEnd++; // "more than 50 protesters", "at least 40 computers"
                continue;
            }
            if (form.equals("of") && headEnd > i
                    && (view.isAmount(headEnd - 1) || Words.QUANTITY_NOUNS.contains(view.form(headEnd - 1)))) {
                headEnd++; // "hundreds of hostages", "a total of 14 rifles"
                continue;
            }
            if (afterName && (!Character.isLowerCase(form.charAt(0)) || Words.NOT_HEADS.contains(form))) {
                break;
            }
            if (headEnd > i && Words.OBJECT_COMPLEMENTS.contains(form) && endsPhrase(headEnd + 1, end)) {
                break; // "took its 16 crew members hostage on Wednesday"
            }
            if (Words.isPunctuation(form) || Words.PREPOSITIONS.contains(form) || Words.CLAUSE_WORDS.contains(form)
                    || Words.AUXILIARIES.contains(form) || Words.looksVerbal(form) && !isAttributive(first, i, headEnd)
                    || view.isTimeToken(headEnd) && form.indexOf('-') < 0 // "a new four-year agreement"
                    || !view.lexiconFree(headEnd) && !modifiesAgent(view, headEnd) && !isAttributive(first, i, headEnd)
                    || isAdverb(form)) {
                break;
            }
            headEnd++;
        }
        if (headEnd == i && i == first + 1 && view.form(first).equalsIgnoreCase("her")) {
            // no noun after "her": it was the object pronoun, not the possessive ("found her guilty")
            return argument(first, first + 1, view.entity(first));
        }
        if (headEnd == i || headEnd == i + 1 && Words.NOT_HEADS.contains(view.form(i))) {
            return null;
        }
        String head = view.form(headEnd - 1);
        if (entity == null && mustAct && !Words.AGENTS.contains(head)) {
            return null;
        }
        int phraseEnd = headEnd;
        int owner = ownerAfter(headEnd, sentence);
        if (owner >= 0) {
            Mention ownerMention = view.mention(owner);
            phraseEnd = ownerMention.endToken();
            if (entity == null || !view.isName(headEnd - 1)) {
                entity = view.entity(owner);
            }
        }
        return argument(first, phraseEnd, entity);
    }

    /** Whether nothing of a noun phrase can stand at {@code i}: the sentence's end, punctuation, a preposition. */
    private boolean endsPhrase(int i, int end) {
        return i >= end || Words.isPunctuation(view.form(i)) || Words.PREPOSITIONS.contains(view.form(i))
                || Words.CLAUSE_WORDS.contains(view.form(i)) || isOneOf(view.form(i), "and", "or");
    }

    /**
     * Whether the participle at {@code k}, the first word after a determiner, modifies the noun after it: "a
     * crowded market", "the wounded man", "an armed group", which are no verbs ending the phrase.
     */
    private boolean isAttributive(int first, int i, int k) {
        return k == i && i > first && k + 1 < view.tokens.size() && view.form(k).endsWith("ed")
                && Character.isLowerCase(view.form(k + 1).charAt(0)) && Character.isLetter(view.form(k + 1).charAt(0))
                && !Words.PREPOSITIONS.contains(view.form(k + 1)) && !Words.CLAUSE_WORDS.contains(view.form(k + 1))
                && !Words.AUXILIARIES.contains(view.form(k + 1)) && !Words.looksVerbal(view.form(k + 1));
    }

    /** The first token of an entity mention after "belonging to", "owned by", "run by", "of", or -1. */
    private int ownerAfter(int i, Sentence sentence) {
        int end = sentence.endToken();
        int j = i;
        if (j + 1 < end && isOneOf(view.form(j), "belonging", "owned", "run", "linked", "used", "operated")) {
            j += 2;
        } else if (j < end && view.form(j).equals("of")) {
            j += 1;
        } else {
            return -1;
        }
        if (j < end && Words.DETERMINERS.contains(view.form(j)) && view.mention(j) == null) {
            j++;
        }
        return j < end && view.mention(j) != null && view.mention(j).firstToken() == j ? j : -1;
    }

    /** The entity a modifier names ("Afghan police"); a pronoun ("its troops") is too weak a link to keep. */
    private String entityWithin(int first, int end) {
        for (int i = end - 1; i >= first; i--) {
            if (view.entity(i) != null && view.mention(i).kind() != org.lede.model.MentionKind.PRONOUN) {
                return view.entity(i);
            }
        }
        return null;
    }

    private EventArgument argument(int first, int end, String entity) {
        Token a = view.tokens.get(first);
        Token b = view.tokens.get(end - 1);
        String text = view.analysis.article().text().substring(a.start(), b.end());
        return new EventArgument(entity, text, a.start(), b.end());
    }

    private static String lastWord(EventArgument phrase) {
        String text = phrase.text();
        return text.substring(text.lastIndexOf(' ') + 1);
    }

    static boolean isPossessive(String form) {
        return form.equals("'s") || form.equals("’s") || form.equals("'") || form.equals("’");
    }

    static boolean isOneOf(String form, String... words) {
        for (String word : words) {
            if (form.equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }
}
