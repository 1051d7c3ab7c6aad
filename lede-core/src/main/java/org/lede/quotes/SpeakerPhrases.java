package org.lede.quotes;

import java.util.List;
import java.util.Set;

/**
 * Finds the phrases that name who speaks around a cue: the subject before it ("the ministry's spokesman
 * said"), with an apposition ("Smith, a spokesman for the ministry, said") or a relative pronoun ("leaders
 * who say"); the subject after it ("…, said Smith"); the noun phrase after "according to" or "citing";
 * the addressee of "told". Works on tokens with word lists, without a parser or a tagger.
 */
final class SpeakerPhrases {
    /** What may follow a programme's or paper's name after "told": "told the Today programme: …". */
    private static final Set<String> ADDRESSEE_ENDS = Set.of(":", "that", ",", ".");
    /** Nouns that end a compound audience after a first noun: "told a news conference", "told a radio station". */
    private static final Set<String> COMPOUND_HEADS = Set.of("conference", "briefing", "agency", "channel", "website",
            "programme", "program", "show", "station", "network", "service", "meeting", "committee");
    /** Words that open the claim after an audience as a pronoun would: "told the BBC News website this was …". */
    /**
     * Nouns for people or records that speak for where they come from: "officials from the ministry said",
     * "footage from the scene showed". "criticism from the committee, which said" is the committee's.
     */
    private static final Set<String> SOURCES_FROM = Set.of("officials", "official", "sources", "source",
            "representatives", "delegates", "experts", "analysts", "researchers", "footage", "video", "videos",
            "images", "pictures", "photos", "data", "figures", "statistics", "report", "reports", "research",
            "survey", "poll", "letter", "statement", "documents", "records", "witnesses", "residents", "doctors");
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "these", "those");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "whom", "which");
    /** How many words an audience may have when what follows it ends it: "told the official news agency IRNA that". */
    private static final int MAX_ADDRESSEE_WORDS = 5;
    /** How many tokens back the dash that opens an apposition may stand from the one that closes it. */
    private static final int MAX_DASHED_APPOSITION = 15;
    /** Nouns of "at the time", "in the past": a time before a cue, no speaker. */
    private static final Set<String> OCCASIONS = Set.of("time", "past", "moment", "end", "outset", "meantime");
    /** Adverbs made of "in" and a word: "in particular, Will wrote". */
    private static final Set<String> IN_IDIOMS = Set.of("particular", "general", "fact", "turn", "addition", "short",
            "private", "public", "response");
    private final Set<String> cueWords;
    private final Set<String> boundaries;
    private final Set<String> determiners;
    private final Set<String> pronouns;
    private final Set<String> modifiers;
    private final Set<String> timeWords;

    SpeakerPhrases(Set<String> cueWords, Set<String> boundaries, Set<String> determiners, Set<String> pronouns,
                   Set<String> modifiers, Set<String> timeWords) {
        this.cueWords = cueWords;
        this.boundaries = boundaries;
        this.determiners = determiners;
        this.pronouns = pronouns;
        this.modifiers = modifiers;
        this.timeWords = timeWords;
    }

    /** The subject of the cue at {@code cue}: a pronoun, a name, a description, a name with apposition. */
    TokenRange subjectBefore(TokenView v, int cue, int from) {
        int j = cue - 1;
        while (j >= from && isModifier(v, j)) {
            j--;
        }
        // "Proponents of the bill, however, say": an adverb set off by commas
        if (j - 2 >= from && v.isComma(j) && isModifier(v, j - 1) && v.isComma(j - 2)) {
            j -= 3;
        }
        // "Trump at the time said", "allies have in the past said", "lobbyists in general prefer": no one's name
        int idiom = idiomLength(v, j, from);
        if (idiom > 0) {
            j -= idiom;
            while (j >= from && isModifier(v, j)) {
                j--;
            }
        }
        // "Trump on Tuesday said", "who in 2010 said", "a panel in late August found"
        int k = j;
        while (k >= from && (timeWords.contains(v.lower[k]) && !v.lower[k].equals("on") || v.isYear(k))) {
            k--;
        }
        if (k < j && k >= from && (v.lower[k].equals("on") || v.lower[k].equals("in"))) {
            j = k - 1;
            while (j >= from && modifiers.contains(v.lower[j])) {
                j--;
            }
        }
        if (j < from) {
            return null;
        }
        if (pronouns.contains(v.lower[j])) {
            return new TokenRange(j, j + 1);
        }
        if (v.lower[j].equals("who") || v.lower[j].equals("which")) {
            // "leaders who say …", "Smith, who said …": the relative pronoun with what it stands for
            TokenRange antecedent = nounPhraseEndingAt(v, v.isComma(j - 1) ? j - 2 : j - 1, from);
            return new TokenRange(antecedent == null ? j : antecedent.first(), j + 1);
        }
        if (v.isComma(j)) {
            TokenRange named = nameWithApposition(v, j, from);
            return named != null ? named : nounPhraseEndingAt(v, j - 1, from);
        }
        if (TokenView.DASHES.contains(v.lower[j])) {
            TokenRange named = nameBeforeDashes(v, j, from);
            if (named != null) {
                return named;
            }
        }
        if ((v.lower[j].equals("and") || v.lower[j].equals("but")) && j > from) {
            return subjectAtStart(v, from, j); // "Sullivan put off deciding but said …": the clause's subject
        }
        return nounPhraseEndingAt(v, j, from);
    }

    /**
     * "Smith, a spokesman for the ministry who …, said", "Cory James, 22, of Flint, Mich., said": from the
     * leftmost name that opens the clause to the comma before the cue.
     */
    private TokenRange nameWithApposition(TokenView v, int comma, int from) {
        TokenRange best = null;
        for (int k = comma - 1; k >= from && comma - k < 30; k--) {
            if (v.insideQuote[k] >= 0 || v.closingMarkOf[k] >= 0) {
                break;
            }
            if (v.isComma(k)) {
                TokenRange head = nounPhraseEndingAt(v, k - 1, from);
                if (head != null && opensClause(v, head.first(), from)
                        && (v.capitalized(head.end() - 1) || best == null)) {
                    best = head;
                }
            }
        }
        if (best == null) {
            return null;
        }
        // "The PFOI, which calls itself …, denied": a relative clause describes the speaker, it does not name it
        String afterHead = v.lower[best.end() + 1];
        return afterHead.equals("which") || afterHead.equals("who") ? best : new TokenRange(best.first(), comma);
    }

    /**
     * "Lord Bingham - a senior law lord - said", "Paul Myers, chief executive of Wippit - a music service -
     * believes": the subject before an apposition set off by dashes, with it, up to the dash before the cue at
     * {@code dash}. Null where the phrase before the dashes does not open the clause ("an attendant suspended
     * over images on her blog - web diary - says": the blog is no subject).
     */
    private TokenRange nameBeforeDashes(TokenView v, int dash, int from) {
        for (int k = dash - 2; k > from && dash - k < MAX_DASHED_APPOSITION; k--) {
            if (v.insideQuote[k] >= 0 || v.isEnd(k)) {
                return null;
            }
            if (TokenView.DASHES.contains(v.lower[k])) {
                TokenRange head = nounPhraseEndingAt(v, k - 1, from);
                if (head == null) {
                    return null;
                }
                int first = head.first();
                if (v.isComma(first - 1)) {
                    TokenRange name = nounPhraseEndingAt(v, first - 2, from); // "Paul Myers, chief executive of …"
                    first = name == null ? first : name.first();
                }
                return opensClause(v, first, from) ? new TokenRange(first, dash) : null;
            }
        }
        return null;
    }

    private boolean opensClause(TokenView v, int i, int from) {
        return i == from || !v.sameLine(i - 1, i) || v.isComma(i - 1) || v.closingMarkOf[i - 1] >= 0
                || v.lower[i - 1].equals("and")
                || v.lower[i - 1].equals("but");
    }

    /** The subject that opens a clause, for a participle with no subject of its own. */
    TokenRange subjectAtStart(TokenView v, int from, int limit) {
        int k = from;
        for (int i = k; i < limit && i - k < 8 && (v.capitalized(i) || v.isComma(i) || v.lower[i].equals(".")); i++) {
            if (i + 1 < limit && (v.lower[i + 1].equals("-") || v.lower[i + 1].equals("--"))) {
                k = i + 2; // "BRUSSELS - European leaders …", "BUENA PARK, Calif. - …": past the dateline
                break;
            }
        }
        if (k < limit && (boundaries.contains(v.lower[k]) || v.lower[k].endsWith("ing") || v.lower[k].endsWith("ed")
                || opensWithTime(v, k, limit))) {
            // "On Sunday, Mr. Trump …", "Facing criticism, Mr. Trump …": skip the opening phrase
            while (k < limit && !v.isComma(k)) {
                k++;
            }
            k++;
        }
        if (k >= limit) {
            return null;
        }
        if (pronouns.contains(v.lower[k])) {
            return new TokenRange(k, k + 1);
        }
        int end = determiners.contains(v.lower[k]) ? k + 1 : k;
        while (end < limit && end - k < 8 && isNounWord(v, end) && (v.capitalized(end) || !v.lower[end].endsWith("ed"))
                || end < limit && end > k && (v.lower[end].equals("'s") || v.lower[end].equals("of")
                && end + 1 < limit && (v.capitalized(end + 1) || isNounWord(v, end + 1)))) {
            end++;
        }
        return end > k && isNounWord(v, end - 1) ? new TokenRange(k, end) : null;
    }

    /** The length of the adverbial idiom ending at {@code j} ("at the time", "in general", "in particular"), or 0. */
    private static int idiomLength(TokenView v, int j, int from) {
        if (j - 2 >= from && OCCASIONS.contains(v.lower[j]) && v.lower[j - 1].equals("the")
                && (v.lower[j - 2].equals("at") || v.lower[j - 2].equals("in"))) {
            return 3;
        }
        return j - 1 >= from && v.lower[j - 1].equals("in") && IN_IDIOMS.contains(v.lower[j]) ? 2 : 0;
    }

    /** "A month later, …", "Last October, …": a time phrase up to a comma opens the clause. */
    private boolean opensWithTime(TokenView v, int from, int limit) {
        boolean time = false;
        for (int i = from; i < limit && i - from < 6; i++) {
            if (v.isComma(i)) {
                return time;
            }
            time |= timeWords.contains(v.lower[i]) || v.lower[i].equals("ago") || v.isYear(i);
        }
        return false;
    }

    /**
     * Whether the preposition at {@code p} ties what follows to the noun before it, the phrase's head: "of" and
     * "for" after any noun ("the spokesman of the ministry"), "in" and "at" after a common noun, which may open
     * the sentence ("Officials in Kabul", "a spokesman at the ministry"), not after a name ("Trump in Ohio").
     */
    private boolean joinsHead(TokenView v, int p, int from) {
        String w = v.lower[p];
        boolean ofOrFor = w.equals("of") || w.equals("for");
        boolean inOrAt = (w.equals("in") || w.equals("at")) && (!v.capitalized(p - 1) || p - 1 == from);
        if (w.equals("from") && SOURCES_FROM.contains(v.lower[p - 1])) {
            return true; // "officials from the ministry", "footage from the scene", "data from the CML"
        }
        if (p - 2 >= from && (w.equals("with") && v.lower[p - 1].equals("familiar")
                || w.equals("to") && v.lower[p - 1].equals("close"))) {
            return true; // "a source familiar with the matter", "sources close to the investigation"
        }
        return (ofOrFor || inOrAt) && isNounWord(v, p - 1);
    }

    TokenRange nounPhraseEndingAt(TokenView v, int j, int from) {
        if (j > from && v.tokens.get(j).form().equals(")")) {
            // "Sen. Chuck Grassley (R-Iowa)": the bracket belongs to the name before it
            int open = j;
            while (open > from && !v.tokens.get(open).form().equals("(")) {
                open--;
            }
            TokenRange name = nounPhraseEndingAt(v, open - 1, from);
            return name == null ? null : new TokenRange(name.first(), j + 1);
        }
        if (j < from || !isNounWord(v, j) || timeWords.contains(v.lower[j]) || v.lower[j].endsWith("ing")
                || v.lower[j].endsWith("ed") && !v.capitalized(j)) {
            return null;
        }
        int k = j;
        while (k - 1 >= from && j - k < 11) {
            int p = k - 1;
            if (determiners.contains(v.lower[p])) {
                k = p;
                if (p - 2 >= from && joinsHead(v, p - 1, from)) {
                    continue; // "the spokesman of the ministry", "a spokesman at the ministry": the head is before
                }
                break;
            }
            if (p - 1 >= from && joinsHead(v, p, from)) {
                k = p;
            } else if (v.lower[p].equals("'s") || v.lower[p].equals("'") && v.closingMarkOf[p] < 0
                    || v.lower[p].equals("-")
                    || isNounWord(v, p)) {
                k = p;
            } else {
                break;
            }
        }
        while (k < j && (timeWords.contains(v.lower[k]) || v.lower[k].equals("'s") || v.lower[k].equals("-"))) {
            k++; // "On Tuesday Trump said": the day is no part of the speaker
        }
        return new TokenRange(k, j + 1);
    }

    boolean isNounWord(TokenView v, int i) {
        String form = v.tokens.get(i).form();
        char c = form.charAt(0);
        if (!Character.isLetterOrDigit(c)) {
            return false;
        }
        String w = v.lower[i];
        if (boundaries.contains(w) || pronouns.contains(w) || cueWords.contains(w) || modifiers.contains(w)) {
            return false;
        }
        return Character.isUpperCase(c) || !w.endsWith("ly");
    }

    /** "has also", "actually", "partly": words between a subject and its verb. */
    boolean isModifier(TokenView v, int i) {
        return modifiers.contains(v.lower[i]) || v.lower[i].endsWith("ly") && v.lower[i].length() > 4
                && !v.capitalized(i);
    }

    /** The speaker of an inverted cue: "…, said Smith, the ministry's spokesman." */
    TokenRange speakerAfter(TokenView v, List<TokenRange> channels, int start, int to) {
        if (start >= to || boundaries.contains(v.lower[start]) || timeWords.contains(v.lower[start])
                || !isNounWord(v, start) && !determiners.contains(v.lower[start])) {
            return null;
        }
        int end = start;
        while (end < to && end - start < 15) {
            String f = v.tokens.get(end).form();
            if (TokenView.SENTENCE_END.contains(f) || f.equals(";") || f.equals(":") || f.equals("\"")
                    || ChannelPhrases.endAt(channels, end) >= 0) {
                break;
            }
            if (f.equals(",")) {
                int next = end + 1;
                if (next >= to || isBoundary(v, next) || timeWords.contains(v.lower[next])
                        || cueWords.contains(v.lower[next]) || v.lower[next].equals("\"")
                        || v.lower[next].equals("according") || v.lower[next].equals("citing")) {
                    break;
                }
            } else if (isBoundary(v, end) || cueWords.contains(v.lower[end])) {
                break;
            }
            end++;
        }
        return end > start ? new TokenRange(start, end) : null;
    }

    /** A word that ends a speaker phrase, save a possessive that opens an apposition ("…, its president"). */
    private boolean isBoundary(TokenView v, int i) {
        return boundaries.contains(v.lower[i]) && !determiners.contains(v.lower[i]);
    }

    /** A noun phrase after a preposition or verb, up to the next comma or the sentence end. */
    TokenRange phraseAfter(TokenView v, int start, int to) {
        int end = start;
        while (end < to && end - start < 12 && !TokenView.CLAUSE_PUNCTUATION.contains(v.tokens.get(end).form())
                && !v.tokens.get(end).form().equals("\"")
                && !(end > start && (v.lower[end].equals("that") || cueWords.contains(v.lower[end])
                || startsTimePhrase(v, end, to)))) {
            end++;
        }
        if (end - start > 1 && RELATIVE_PRONOUNS.contains(v.lower[end - 1])) {
            end--; // "a source … who spoke on condition of anonymity": the cue word ended the phrase, not its clause
        }
        return end > start ? new TokenRange(start, end) : null;
    }

    /** "on Monday", "in 2014", "last week": when something was said, no part of who said it. */
    private boolean startsTimePhrase(TokenView v, int i, int to) {
        boolean preposition = v.lower[i].equals("on") || v.lower[i].equals("in");
        int next = preposition ? i + 1 : i;
        return next < to && (timeWords.contains(v.lower[next]) && !v.lower[next].equals("on") || v.isYear(next))
                && (preposition || v.lower[i].equals("last") || v.lower[i].equals("this"));
    }

    /**
     * "told reporters", "told Reuters", "told the Associated Press", "told him"; and, where what follows ends it
     * ("that", a colon, a pronoun, a time and then "that"), an audience of up to five words: "told state
     * television that", "told the Reuters news agency last week that".
     */
    TokenRange addresseeAt(TokenView v, int k, int to) {
        int end = k;
        if (end < to && (pronouns.contains(v.lower[end]) || Set.of("him", "them", "us", "me").contains(v.lower[end]))) {
            return new TokenRange(k, end + 1);
        }
        if (end < to && determiners.contains(v.lower[end])) {
            end++;
        }
        int words = end;
        while (end < to && end - k < 6 && (v.capitalized(end) || v.lower[end].equals("'s")
                || end > words && Character.isDigit(v.tokens.get(end).form().charAt(0)))) {
            end++; // "BBC Radio 4's Today"
        }
        if (end < to && isNounWord(v, end) && (end == words || end + 1 >= to
                || ADDRESSEE_ENDS.contains(v.lower[end + 1]) || pronouns.contains(v.lower[end + 1]))) {
            end++; // "reporters", "supporters", "BBC Radio 4's Today programme: …", "… programme he hoped"
        }
        while (end > words && end < to && end - k < MAX_ADDRESSEE_WORDS && COMPOUND_HEADS.contains(v.lower[end])) {
            end++; // "a news conference", "a radio station"
        }
        int phrase = words;
        while (phrase < to && phrase - words < MAX_ADDRESSEE_WORDS
                && Character.isLetter(v.tokens.get(phrase).form().charAt(0)) && !boundaries.contains(v.lower[phrase])
                && !pronouns.contains(v.lower[phrase]) && !timeWords.contains(v.lower[phrase])) {
            phrase++;
        }
        int afterTime = phrase;
        while (afterTime < to && timeWords.contains(v.lower[afterTime])) {
            afterTime++;
        }
        boolean timeThenEnd = afterTime > phrase && (afterTime == to
                || ADDRESSEE_ENDS.contains(v.lower[afterTime]) && !v.isComma(afterTime));
        if (phrase > end && phrase < to && !v.isComma(phrase) && (ADDRESSEE_ENDS.contains(v.lower[phrase])
                || pronouns.contains(v.lower[phrase]) || DEMONSTRATIVES.contains(v.lower[phrase]) || timeThenEnd)) {
            // "state television that …", "the official news agency IRNA: …", "the Reuters news agency last week
            // that …", words the rules above stop at; not "the Lord Chancellor, Lord Falconer, was …", a subject
            end = phrase;
        }
        return end > k ? new TokenRange(k, end) : null;
    }
}
