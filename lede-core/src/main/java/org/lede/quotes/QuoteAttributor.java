package org.lede.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lede.model.Analysis;
import org.lede.model.Entity;
import org.lede.model.Excerpt;
import org.lede.model.Mention;
import org.lede.model.Quote;
import org.lede.model.Sentence;
import org.lede.model.Source;
import org.lede.model.Token;
import org.lede.pipeline.Stage;

/**
 * Finds what the article attributes to someone: words in quotation marks and reported speech, each with
 * its cue ("said", "according to"), its speaker, the channel it went through ("in a statement"), the relays
 * that passed it on ("…, a TV channel reported") and the sources the speaker rests it on ("citing press
 * reports").
 *
 * <p>Rules over tokens, sentence by sentence: a cue word from a lexicon derived from PolNeAR train
 * ({@code cue-verbs.tsv}) with a speaker phrase before it ("the spokesman said …") or after it ("…, said
 * Smith") frames a content after the cue (the reported clause, or the quotation it introduces) or before it
 * ("…, he said"). Quotations nobody introduces continue the attribution before them, as news writing
 * does when a speaker's quote runs on over paragraphs. Speakers and sources are linked to the entity that
 * has a mention overlapping them.
 */
public final class QuoteAttributor implements Stage {

    /** How someone's words reach an audience: "in a series of tweets", "in an interview with CNN", "told reporters". */
    private static final Pattern CHANNEL = Pattern.compile(
            "\\b(?:(?:[Ii]n|[Oo]n|[Aa]t|[Dd]uring|[Vv]ia|[Tt]hrough)\\s+(?:a|an|the|his|her|their|its)\\s+"
                    + "(?:(?:series of|brief|written|joint|televised|separate|short|new|recent|lengthy|radio|TV|"
                    + "television|phone|telephone|Facebook|Twitter|campaign)\\s+)*"
                    + "(?:statements?|tweets?|interviews?|press conference|news conference|press release|posts?|"
                    + "speech|letter|video|e-?mail|op-ed|message|remarks|briefing|rally|appearance|call|memo)"
                    + "(?:\\s+(?:with|to|on)\\s+(?:the\\s+)?[A-Z][\\w.'&-]*(?:\\s+[A-Z][\\w.'&-]*)*)?"
                    + "|[Oo]n\\s+(?:Twitter|Facebook|Instagram|television|TV|radio|CNN|Fox News|MSNBC)"
                    + "|[Tt]old\\s+(?:reporters|journalists|the press|supporters))\\b");

    private static final Set<String> CLAUSE_PUNCTUATION = Set.of(".", "!", "?", ";", ":", ",");
    private static final Set<String> SENTENCE_END = Set.of(".", "!", "?");
    private static final Set<String> ADDRESSING = Set.of("told", "tells", "telling", "tell", "assured", "reminded",
            "urged", "asked", "warned");
    private static final Set<String> STATE_NOUNS = Set.of("hope", "hopes", "concern", "concerns", "confidence",
            "doubt", "doubts", "regret", "fear", "fears", "optimism", "support", "frustration", "disappointment",
            "surprise", "belief", "interest", "anger", "outrage", "skepticism");
    /** Verbs news writing puts before their subject after a quote: "…," said Smith. */
    private static final Set<String> INVERTING = Set.of("said", "says", "added", "adds", "wrote", "writes", "asked",
            "asks", "say", "continued", "explained", "noted", "notes", "argued", "recalled", "replied", "declared",
            "insisted", "warned", "concluded", "tweeted", "stated", "reported", "observed", "acknowledged",
            "conceded", "cautioned", "predicted", "remarked", "responded", "suggested", "countered");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "been", "being", "be", "'re");
    /** Participles that say how someone stands, not what was done to them: "the government is worried that". */
    private static final Set<String> STANCES = Set.of("worried", "concerned", "convinced", "confident", "determined",
            "pleased", "disappointed", "upset", "frustrated", "optimistic", "skeptical", "committed", "prepared");
    private static final Set<String> APPEARANCE = Set.of("seemed", "seems", "seem", "appeared", "appears", "appear",
            "sounded", "looked", "looks");
    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "to", "with", "by", "from", "into",
            "about", "against", "over", "under", "during", "without", "through", "between", "among", "like", "for",
            "of", "after", "before", "since", "until", "as");
    private static final Set<String> MENTAL_VERBS = Set.of("think", "believe", "know", "say", "feel", "hope",
            "fear", "expect", "argue", "insist", "suggest", "claim", "worry", "agree", "acknowledge", "admit", "warn",
            "predict", "assume", "doubt", "realize", "understand", "recognize", "contend", "maintain", "suspect",
            "show", "find", "mean", "see", "hear", "learn", "note", "tell", "promise", "deny", "concede");
    private static final Set<String> SURVEYS = Set.of("poll", "polls", "survey", "surveys", "study", "studies",
            "report", "analysis", "estimate", "estimates", "count", "tally", "census", "data", "figures");
    private static final Set<String> MEDIATE_VERBS = Set.of("cited", "quoted");
    private static final Set<String> IMPERSONAL_VERBS = Set.of("announced", "reported", "said", "claimed",
            "alleged", "learned", "revealed", "confirmed");

    private final Set<String> cueWords = WordList.load("cue-verbs.tsv");
    private final Set<String> boundaries = WordList.load("speaker-boundaries.txt");
    private final Set<String> determiners = WordList.load("speaker-determiners.txt");
    private final Set<String> pronouns = WordList.load("pronouns.txt");
    private final Set<String> modifiers = WordList.load("verb-modifiers.txt");
    private final Set<String> relayWords = WordList.load("relay-words.txt");
    private final Set<String> timeWords = WordList.load("time-words.txt");
    private final QuotationMarks marks = new QuotationMarks();

    @Override
    public Analysis process(Analysis analysis) {
        return analysis.withQuotes(new Run(analysis).quotes());
    }

    private enum CueKind { VERB, PARTICIPLE, ACCORDING }

    private record Cue(int first, int end, CueKind kind) {
    }

    /** A token range {@code [first, end)}. */
    private record Range(int first, int end) {
    }

    /** One attribution being built; local to one call of {@link #process}. */
    private static final class Draft {
        Range content;
        boolean direct;
        Range cue;
        Range speaker;
        /** The phrase before the cue is its grammatical subject but names nobody who speaks ("he was asked"). */
        boolean unnamed;
        Excerpt channel;
        /** The end of the tokens this attribution used up, its relay and source clauses included. */
        int consumedEnd;
        final List<Range> relays = new ArrayList<>();
        final List<Range> sources = new ArrayList<>();

        Draft(Range content, boolean direct, Range cue, Range speaker) {
            this.content = content;
            this.direct = direct;
            this.cue = cue;
            this.speaker = speaker;
        }

        Draft continuing(Range otherContent, boolean otherDirect) {
            Draft next = new Draft(otherContent, otherDirect, cue, speaker);
            next.unnamed = unnamed;
            next.channel = channel;
            next.relays.addAll(relays);
            next.sources.addAll(sources);
            return next;
        }
    }

    /** The work on one analysis: everything per article lives here, so the stage itself keeps no state. */
    private final class Run {
        private final Analysis analysis;
        private final List<Token> tokens;
        private final String[] lower;
        private final List<QuotedSpan> quoted;
        private final int[] insideQuote;
        private final int[] closingMarkOf;
        private final int[] openingMarkOf;
        private final boolean[] claimed;
        private final List<Draft> drafts = new ArrayList<>();
        private List<int[]> channels = List.of();

        Run(Analysis analysis) {
            this.analysis = analysis;
            this.tokens = analysis.tokens();
            int n = tokens.size();
            lower = new String[n];
            for (int i = 0; i < n; i++) {
                lower[i] = tokens.get(i).form().toLowerCase(Locale.ROOT);
            }
            quoted = marks.find(analysis.article().text(), tokens);
            insideQuote = filled(n);
            closingMarkOf = filled(n);
            openingMarkOf = filled(n);
            for (int q = 0; q < quoted.size(); q++) {
                QuotedSpan span = quoted.get(q);
                for (int i = span.first(); i < span.end(); i++) {
                    insideQuote[i] = q;
                }
                for (int i = span.end(); i < span.closeEnd(); i++) {
                    closingMarkOf[i] = q;
                }
                openingMarkOf[span.open()] = q;
            }
            claimed = new boolean[n];
        }

        List<Quote> quotes() {
            for (Sentence sentence : analysis.sentences()) {
                channels = channelsIn(sentence);
                attribute(sentence.firstToken(), sentence.endToken());
            }
            continueQuotations();
            return build();
        }

        // ---- cues -------------------------------------------------------------------------------------

        private void attribute(int from, int to) {
            Draft labelled = labelledLine(from, to);
            if (labelled != null) {
                finish(labelled, from, to);
            }
            for (int i = from; i < to; i++) {
                if (insideQuote[i] >= 0 || claimed[i]) {
                    continue; // words in quotation marks are the speaker's own, not the article's attribution
                }
                Cue cue = cueAt(i, to);
                if (cue == null) {
                    continue;
                }
                List<Draft> found = switch (cue.kind()) {
                    case ACCORDING -> according(cue, from, to);
                    case PARTICIPLE -> participle(cue, from, to);
                    case VERB -> verb(cue, from, to);
                };
                for (Draft draft : found) {
                    finish(draft, from, to);
                }
                i = cue.end() - 1;
            }
        }

        /** "Clinton: Trump's view is dangerous." in headlines, "FALLIN: Well, I think …" in transcripts. */
        private Draft labelledLine(int from, int to) {
            Draft survey = surveyOpening(from, to);
            if (survey != null) {
                return survey;
            }
            if (lower[from].equals("asked") && from + 1 < to) {
                // "Asked whether he was bullied, the candidate said no": the question, put by someone unnamed
                int comma = from + 1;
                while (comma < to && !isComma(comma)) {
                    comma++;
                }
                Range question = trim(new Range(from + 1, comma));
                if (comma < to && question.end() - question.first() >= 2) {
                    Draft asked = new Draft(question, false, new Range(from, from + 1), new Range(from, from + 1));
                    asked.unnamed = true;
                    return asked;
                }
            }
            for (int k = from + 1; k < to && k - from <= 6; k++) {
                if (tokens.get(k).form().equals(":")) {
                    Range content = trim(new Range(k + 1, to));
                    boolean named = true;
                    for (int i = from; i < k; i++) {
                        named &= capitalized(i) && !boundaries.contains(lower[i]) || lower[i].equals("'s")
                                || lower[i].equals("of") || lower[i].equals(".");
                    }
                    return named && insideQuote[from] < 0 && substantial(content.first(), content.end())
                            ? new Draft(content, isDirect(content), new Range(k, k + 1), new Range(from, k)) : null;
                }
                if (!Character.isLetterOrDigit(tokens.get(k).form().charAt(0)) && !lower[k].equals("'s")) {
                    return null;
                }
            }
            return null;
        }

        /** "In the latest Post-ABC poll, Clinton leads …": the poll is the source of the clause after it. */
        private Draft surveyOpening(int from, int to) {
            if (!lower[from].equals("in") && !lower[from].equals("by")) {
                return null;
            }
            for (int k = from + 1; k < to && k - from <= 12; k++) {
                if (isComma(k)) {
                    boolean survey = false;
                    for (int i = from + 1; i < k; i++) {
                        survey |= SURVEYS.contains(lower[i]);
                    }
                    Range content = trim(new Range(k + 1, to));
                    return survey && substantial(content.first(), content.end())
                            ? new Draft(content, false, new Range(from, from + 1), new Range(from + 1, k)) : null;
                }
            }
            return null;
        }

        private Cue cueAt(int i, int to) {
            String w = lower[i];
            if (w.equals("according") && i + 1 < to && lower[i + 1].equals("to")) {
                return new Cue(i, i + 2, CueKind.ACCORDING);
            }
            if (MEDIATE_VERBS.contains(w) && i + 2 < to && lower[i + 1].equals("as") && lower[i + 2].equals("saying")) {
                return new Cue(i, i + 3, CueKind.VERB);
            }
            if ((w.equals("expressed") || w.equals("voiced") || w.equals("expresses")) && i + 1 < to
                    && STATE_NOUNS.contains(lower[i + 1])) {
                return new Cue(i, i + 2, CueKind.VERB);
            }
            if (i + 1 < to && lower[i + 1].equals("that") && looksLikeVerb(i)) {
                return new Cue(i, i + 1, CueKind.VERB); // "Democrats fear that …": any verb taking a that-clause
            }
            if (!cueWords.contains(w) || modifiers.contains(w)) {
                return null;
            }
            return new Cue(i, i + 1, w.endsWith("ing") ? CueKind.PARTICIPLE : CueKind.VERB);
        }

        /** A lower-case word with a verb's ending, or a bare verb of thinking, that is no function word. */
        private boolean looksLikeVerb(int i) {
            String w = lower[i];
            if (capitalized(i) || boundaries.contains(w) || determiners.contains(w) || modifiers.contains(w)
                    || pronouns.contains(w) || !Character.isLetter(w.charAt(0))) {
                return false;
            }
            return MENTAL_VERBS.contains(w) || w.endsWith("s") && MENTAL_VERBS.contains(w.substring(0, w.length() - 1))
                    || w.endsWith("ed") && (MENTAL_VERBS.contains(w.substring(0, w.length() - 1))
                    || MENTAL_VERBS.contains(w.substring(0, w.length() - 2)));
        }

        /** "the spokesman said (that) …", "… , he said", "…, said Smith", "he said: "…"". */
        private List<Draft> verb(Cue cue, int from, int to) {
            Range cueRange = new Range(cue.first(), cue.end());
            Range speaker = subjectBefore(cue.first(), from);
            if (speaker == null) {
                return inverted(cueRange, from, to);
            }
            Draft draft = new Draft(null, false, cueRange, speaker);
            draft.unnamed = subjectNamesNoSpeaker(speaker, cue);
            int before = speaker.first() - 1;
            int after = skipAfterCue(draft, cue.end(), to);
            Range opened = quotationOpeningAt(after);
            // A quote ending in "?" or "!" closes its own sentence: `"Why?" Clinton said.`
            boolean quoteBefore = before >= from - 1 && before >= 0 && sameLine(before, before + 1) && (closingMarkOf[before] >= 0
                    || isComma(before) && before - 1 >= 0 && closingMarkOf[before - 1] >= 0);
            if (quoteBefore && opened == null && substantial(after, to)) {
                int mark = closingMarkOf[before] >= 0 ? before : before - 1;
                QuotedSpan span = quoted.get(closingMarkOf[mark]);
                quoteBefore = span.end() - span.first() >= 4; // a title in quotation marks is no quote
            }
            boolean clauseBefore = !quoteBefore && before > from && isComma(before);
            List<Draft> found = new ArrayList<>();
            // "…, she said." frames what stands before; "In a statement, she said …" introduces what follows.
            if (quoteBefore || clauseBefore && opened == null && endsClause(after, to)) {
                Range content = contentBefore(before, from);
                if (content != null) {
                    found.add(withContent(draft, content, isDirect(content)));
                }
            }
            if (opened != null) {
                found.add(found.isEmpty() ? withContent(draft, opened, true) : draft.continuing(opened, true));
            } else if (found.isEmpty() || clauseBefore && isComma(after) && substantial(after + 1, to)
                    && !isParticipleCue(after + 1)) {
                // "The raid, officials said, was illegal": the clause goes on after the parenthetical cue
                Draft target = found.isEmpty() ? draft : draft.continuing(null, false);
                Range content = contentAfter(target, found.isEmpty() ? after : after + 1, to);
                if (content != null) {
                    found.add(withContent(target, content, false));
                }
            }
            return found;
        }

        /**
         * A passive ("he was asked", "it is said") or a verb of appearance ("the crowd seemed …") has a subject
         * that does not speak; PolNeAR then gives no source. "Officials were cited as saying" does speak.
         */
        private boolean subjectNamesNoSpeaker(Range speaker, Cue cue) {
            if (APPEARANCE.contains(lower[cue.first()])) {
                return true;
            }
            if (cue.end() - cue.first() == 3 || STANCES.contains(lower[cue.first()])) {
                return false; // "cited as saying", "is worried that"
            }
            for (int i = speaker.end(); i < cue.first(); i++) {
                if (BE.contains(lower[i])) {
                    return true;
                }
            }
            return false;
        }

        /** "…," said Smith, the ministry's spokesman. */
        private List<Draft> inverted(Range cue, int from, int to) {
            int before = cue.first() - 1;
            Range speaker = INVERTING.contains(lower[cue.first()]) ? speakerAfter(cue.end(), to) : null;
            boolean framed = before >= from && isComma(before)
                    || before >= from - 1 && before >= 0 && closingMarkOf[before] >= 0 && sameLine(before, cue.first());
            if (speaker == null || !framed) {
                return List.of();
            }
            Range content = contentBefore(before, from);
            return content == null ? List.of() : List.of(new Draft(content, isDirect(content), cue, speaker));
        }

        /** Whether nothing the cue could introduce follows it: the sentence ends, a comma, "at the time". */
        private boolean endsClause(int k, int to) {
            return k >= to || isEnd(k) || isComma(k) || PREPOSITIONS.contains(lower[k]) && !lower[k].equals("to");
        }

        /** Whether a reported clause can start at {@code k}: a few words, not a prepositional tail. */
        private boolean substantial(int k, int to) {
            if (k >= to || isEnd(k) || PREPOSITIONS.contains(lower[k])) {
                return false;
            }
            int words = 0;
            for (int i = k; i < to && words < 3; i++) {
                if (Character.isLetterOrDigit(tokens.get(i).form().charAt(0))) {
                    words++;
                }
            }
            return words >= 3;
        }

        /** "…, adding that …", "…, saying …": the speaker of the clause before says more. */
        private List<Draft> participle(Cue cue, int from, int to) {
            Range speaker = subjectBefore(cue.first(), from);
            if (speaker != null && speaker.first() > from && !capitalized(speaker.first() - 1)
                    && Character.isLetter(lower[speaker.first() - 1].charAt(0))
                    && !boundaries.contains(lower[speaker.first() - 1])) {
                // "She sent a tweet saying …": the phrase is the verb's object; the clause's subject speaks
                speaker = subjectAtStart(from, cue.first());
            }
            if (isComma(cue.first() - 1)) {
                // ", saying …" continues the clause before: its speaker, or the subject it opens with
                Draft last = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
                speaker = last != null && last.speaker.first() >= from && !last.unnamed ? last.speaker
                        : subjectAtStart(from, cue.first());
            }
            if (speaker == null) {
                return List.of();
            }
            Draft draft = new Draft(null, false, new Range(cue.first(), cue.end()), speaker);
            int after = skipAfterCue(draft, cue.end(), to);
            Range opened = quotationOpeningAt(after);
            Range content = opened != null ? opened : contentAfter(draft, after, to);
            return content == null ? List.of() : List.of(withContent(draft, content, opened != null));
        }

        /** "According to X, …" and "…, according to X." */
        private List<Draft> according(Cue cue, int from, int to) {
            Range speaker = phraseAfter(cue.end(), to);
            if (speaker == null) {
                return List.of();
            }
            Draft draft = new Draft(null, false, new Range(cue.first(), cue.end()), speaker);
            int before = cue.first() - 1;
            Range content;
            if (before > from && !claimed[before]) {
                // "…, according to X." and "… 46 percent according to a CBS poll."
                content = contentBefore(isComma(before) ? before : cue.first(), from);
            } else {
                int after = speaker.end();
                content = contentAfter(draft, isComma(after) ? after + 1 : after, to);
            }
            return content == null ? List.of() : List.of(withContent(draft, content, isDirect(content)));
        }

        private Draft withContent(Draft draft, Range content, boolean direct) {
            draft.content = content;
            draft.direct = direct;
            return draft;
        }

        private boolean isParticipleCue(int i) {
            return cueWords.contains(lower[i]) && lower[i].endsWith("ing");
        }

        // ---- speakers ----------------------------------------------------------------------------------

        /** The subject of the cue at {@code cue}: a pronoun, a name, a description, a name with apposition. */
        private Range subjectBefore(int cue, int from) {
            int j = cue - 1;
            while (j >= from && isModifier(j)) {
                j--;
            }
            // "Trump on Tuesday said", "who in 2010 said", "a panel in late August found"
            int k = j;
            while (k >= from && (timeWords.contains(lower[k]) && !lower[k].equals("on") || isYear(k))) {
                k--;
            }
            if (k < j && k >= from && (lower[k].equals("on") || lower[k].equals("in"))) {
                j = k - 1;
                while (j >= from && modifiers.contains(lower[j])) {
                    j--;
                }
            }
            if (j < from) {
                return null;
            }
            if (pronouns.contains(lower[j])) {
                return new Range(j, j + 1);
            }
            if (lower[j].equals("who") || lower[j].equals("which")) {
                // "leaders who say …", "Smith, who said …": the relative pronoun with what it stands for
                Range antecedent = nounPhraseEndingAt(isComma(j - 1) ? j - 2 : j - 1, from);
                return new Range(antecedent == null ? j : antecedent.first(), j + 1);
            }
            if (isComma(j)) {
                Range named = nameWithApposition(j, from);
                return named != null ? named : nounPhraseEndingAt(j - 1, from);
            }
            if ((lower[j].equals("and") || lower[j].equals("but")) && j > from) {
                return subjectAtStart(from, j); // "Sullivan put off deciding but said …": the clause's subject
            }
            return nounPhraseEndingAt(j, from);
        }

        /**
         * "Smith, a spokesman for the ministry who …, said", "Cory James, 22, of Flint, Mich., said": from the
         * leftmost name that opens the clause to the comma before the cue.
         */
        private Range nameWithApposition(int comma, int from) {
            Range best = null;
            for (int k = comma - 1; k >= from && comma - k < 30; k--) {
                if (insideQuote[k] >= 0 || closingMarkOf[k] >= 0) {
                    break;
                }
                if (isComma(k)) {
                    Range head = nounPhraseEndingAt(k - 1, from);
                    if (head != null && opensClause(head.first(), from)
                            && (capitalized(head.end() - 1) || best == null)) {
                        best = head;
                    }
                }
            }
            return best == null ? null : new Range(best.first(), comma);
        }

        private boolean opensClause(int i, int from) {
            return i == from || !sameLine(i - 1, i) || isComma(i - 1) || closingMarkOf[i - 1] >= 0 || lower[i - 1].equals("and")
                    || lower[i - 1].equals("but");
        }

        /** The subject that opens a clause, for a participle with no subject of its own. */
        private Range subjectAtStart(int from, int limit) {
            int k = from;
            if (boundaries.contains(lower[from]) || lower[from].endsWith("ing") || lower[from].endsWith("ed")) {
                // "On Sunday, Mr. Trump …", "Facing criticism, Mr. Trump …": skip the opening phrase
                while (k < limit && !isComma(k)) {
                    k++;
                }
                k++;
            }
            for (int i = k; i < limit && i - k < 6 && capitalized(i); i++) {
                if (i + 1 < limit && (lower[i + 1].equals("-") || lower[i + 1].equals("--"))) {
                    k = i + 2; // "BRUSSELS - European leaders …": past the dateline
                    break;
                }
            }
            if (k >= limit) {
                return null;
            }
            if (pronouns.contains(lower[k])) {
                return new Range(k, k + 1);
            }
            int end = determiners.contains(lower[k]) ? k + 1 : k;
            while (end < limit && end - k < 8 && isNounWord(end) && (capitalized(end) || !lower[end].endsWith("ed"))
                    || end < limit && end > k && (lower[end].equals("'s") || lower[end].equals("of")
                    && end + 1 < limit && capitalized(end + 1))) {
                end++;
            }
            return end > k && isNounWord(end - 1) ? new Range(k, end) : null;
        }

        private Range nounPhraseEndingAt(int j, int from) {
            if (j > from && tokens.get(j).form().equals(")")) {
                // "Sen. Chuck Grassley (R-Iowa)": the bracket belongs to the name before it
                int open = j;
                while (open > from && !tokens.get(open).form().equals("(")) {
                    open--;
                }
                Range name = nounPhraseEndingAt(open - 1, from);
                return name == null ? null : new Range(name.first(), j + 1);
            }
            if (j < from || !isNounWord(j) || timeWords.contains(lower[j]) || lower[j].endsWith("ing") || lower[j].endsWith("ed") && !capitalized(j)) {
                return null;
            }
            int k = j;
            while (k - 1 >= from && j - k < 11) {
                int p = k - 1;
                if (determiners.contains(lower[p])) {
                    k = p;
                    break;
                }
                if ((lower[p].equals("of") || lower[p].equals("for")) && p - 1 >= from && isNounWord(p - 1)) {
                    k = p;
                } else if (lower[p].equals("'s") || lower[p].equals("'") && closingMarkOf[p] < 0 || lower[p].equals("-")
                        || isNounWord(p)) {
                    k = p;
                } else {
                    break;
                }
            }
            while (k < j && (timeWords.contains(lower[k]) || lower[k].equals("'s") || lower[k].equals("-"))) {
                k++; // "On Tuesday Trump said": the day is no part of the speaker
            }
            return new Range(k, j + 1);
        }

        private boolean isNounWord(int i) {
            String form = tokens.get(i).form();
            char c = form.charAt(0);
            if (!Character.isLetterOrDigit(c)) {
                return false;
            }
            String w = lower[i];
            if (boundaries.contains(w) || pronouns.contains(w) || cueWords.contains(w) || modifiers.contains(w)) {
                return false;
            }
            return Character.isUpperCase(c) || !w.endsWith("ly");
        }

        /** The speaker of an inverted cue: "…, said Smith, the ministry's spokesman." */
        private Range speakerAfter(int start, int to) {
            if (start >= to || boundaries.contains(lower[start]) || !isNounWord(start) && !determiners.contains(lower[start])) {
                return null;
            }
            int end = start;
            while (end < to && end - start < 15) {
                String f = tokens.get(end).form();
                if (SENTENCE_END.contains(f) || f.equals(";") || f.equals(":") || f.equals("\"") || channelStartsAt(end) >= 0) {
                    break;
                }
                if (f.equals(",")) {
                    int next = end + 1;
                    if (next >= to || boundaries.contains(lower[next]) || timeWords.contains(lower[next])
                            || cueWords.contains(lower[next]) || lower[next].equals("\"") || lower[next].equals("according")
                            || lower[next].equals("citing")) {
                        break;
                    }
                } else if (boundaries.contains(lower[end]) || cueWords.contains(lower[end])) {
                    break;
                }
                end++;
            }
            return end > start ? new Range(start, end) : null;
        }

        /** A noun phrase after a preposition or verb, up to the next comma or the sentence end. */
        private Range phraseAfter(int start, int to) {
            int end = start;
            while (end < to && end - start < 12 && !CLAUSE_PUNCTUATION.contains(tokens.get(end).form())
                    && !tokens.get(end).form().equals("\"")
                    && !(end > start && (lower[end].equals("that") || cueWords.contains(lower[end])))) {
                end++;
            }
            return end > start ? new Range(start, end) : null;
        }

        // ---- contents ----------------------------------------------------------------------------------

        /** Skips what stands between a cue and its content: "that", addressees, channels, days. */
        private int skipAfterCue(Draft draft, int k, int to) {
            boolean addressable = ADDRESSING.contains(lower[draft.cue.first()]);
            int limit = to;
            if (k < tokens.size() && k == to - 1 && tokens.get(k).form().equals(":")) {
                limit = tokens.size(); // "he added:" and the quotation in the next paragraph
            }
            while (k < limit) {
                String w = lower[k];
                int channelEnd = channelStartsAt(k);
                if (channelEnd >= 0) {
                    draft.channel = excerpt(new Range(k, channelEnd));
                    k = channelEnd;
                } else if (k > draft.cue.end() && openingMarkOf[k] >= 0 && isTitle(quoted.get(openingMarkOf[k]), limit)) {
                    k = quoted.get(openingMarkOf[k]).closeEnd(); // "told MSNBC's "Morning Joe" that …"
                } else if (w.equals("that") || w.equals(":") || w.equals(",") && k + 1 < limit
                        && (channelStartsAt(k + 1) >= 0 || lower[k + 1].equals("that") || openingMarkOf[k + 1] >= 0)) {
                    k++;
                } else if (w.equals("on") && k + 1 < limit && timeWords.contains(lower[k + 1])
                        || timeWords.contains(w) && !w.equals("on") && !w.equals("this") && !w.equals("last")
                        && (k + 1 >= limit || lower[k + 1].equals("that") || isComma(k + 1) || isEnd(k + 1))) {
                    k++;
                } else if (addressable && draft.cue.end() == k && insideQuote[k] < 0 && openingMarkOf[k] < 0) {
                    Range addressee = addresseeAt(k, to);
                    if (addressee == null) {
                        break;
                    }
                    if (isOutlet(addressee)) {
                        draft.relays.add(addressee);
                    }
                    k = addressee.end();
                    addressable = false;
                } else {
                    break;
                }
            }
            return k;
        }

        /** A few words in marks with the sentence going on after them: a programme's or a book's title. */
        private boolean isTitle(QuotedSpan span, int to) {
            return span.end() - span.first() < 4 && span.closeEnd() < to && !isEnd(span.closeEnd())
                    && !isComma(span.closeEnd());
        }

        /** "told reporters", "told Reuters", "told the Associated Press", "told him". */
        private Range addresseeAt(int k, int to) {
            int end = k;
            if (end < to && (pronouns.contains(lower[end]) || Set.of("him", "them", "us", "me").contains(lower[end]))) {
                return new Range(k, end + 1);
            }
            if (end < to && determiners.contains(lower[end])) {
                end++;
            }
            int words = end;
            while (end < to && end - k < 6 && (capitalized(end) || lower[end].equals("'s"))) {
                end++;
            }
            if (end == words && end < to && isNounWord(end)) {
                end++; // "reporters", "supporters"
            }
            return end > k ? new Range(k, end) : null;
        }

        private boolean isOutlet(Range range) {
            for (int i = range.first(); i < range.end(); i++) {
                if (relayWords.contains(lower[i])) {
                    return true;
                }
            }
            return false;
        }

        /** The quotation whose opening mark is at {@code k}, as content. */
        private Range quotationOpeningAt(int k) {
            if (k >= tokens.size() || openingMarkOf[k] < 0) {
                return null;
            }
            QuotedSpan span = quoted.get(openingMarkOf[k]);
            return new Range(span.first(), span.end());
        }

        /** The content that ends at the comma or closing mark at {@code before}: the quotation, or the clause. */
        private Range contentBefore(int before, int from) {
            int mark = closingMarkOf[before] >= 0 ? before
                    : before - 1 >= 0 && closingMarkOf[before - 1] >= 0 ? before - 1 : -1;
            if (mark >= 0) {
                QuotedSpan span = quoted.get(closingMarkOf[mark]);
                if (span.first() >= from || !overlapsDraft(new Range(span.first(), span.end()))) {
                    return new Range(span.first(), span.end());
                }
            }
            int start = from;
            while (start < before && claimed[start]) {
                start++;
            }
            Range content = trim(new Range(start, before));
            return content.end() - content.first() < 2 ? null : content;
        }

        /** The reported clause from {@code start} to the sentence end, less relays and sources at its edges. */
        private Range contentAfter(Draft draft, int start, int to) {
            draft.consumedEnd = to;
            int end = to;
            for (int i = start; i < end; i++) {
                if (isComma(i - 1) && i + 1 < end && (lower[i].equals("citing")
                        || lower[i].equals("according") && lower[i + 1].equals("to"))) {
                    int at = lower[i].equals("citing") ? i + 1 : i + 2;
                    Range source = phraseAfter(at, end);
                    if (source != null) {
                        draft.sources.add(source);
                    }
                    end = i - 1;
                    break;
                }
            }
            Range relay = trailingRelay(start, end);
            if (relay != null) {
                draft.relays.add(0, relay);
                end = relay.first() - 1;
            }
            Range content = trim(new Range(start, end));
            if (content.end() - content.first() < 2) {
                return null;
            }
            innerSources(draft, content);
            return content;
        }

        /** "…, the state TV channel reported." at the end of a reported clause. */
        private Range trailingRelay(int start, int end) {
            int last = end - 1;
            while (last > start && CLAUSE_PUNCTUATION.contains(tokens.get(last).form())) {
                last--;
            }
            if (last <= start || !cueWords.contains(lower[last]) || lower[last].endsWith("ing")
                    || insideQuote[last] >= 0) {
                return null;
            }
            Range subject = subjectBefore(last, start);
            if (subject == null || subject.first() - 1 <= start || !isComma(subject.first() - 1)) {
                return null;
            }
            return subject;
        }

        /** Sources the speaker invokes inside the clause: "officials were cited as saying", "it was announced". */
        private void innerSources(Draft draft, Range content) {
            for (int i = content.first(); i + 1 < content.end(); i++) {
                if (insideQuote[i] >= 0) {
                    continue;
                }
                if (MEDIATE_VERBS.contains(lower[i]) && i + 2 < content.end() && lower[i + 1].equals("as")
                        && lower[i + 2].equals("saying")) {
                    Range subject = subjectBefore(i, content.first());
                    if (subject != null) {
                        draft.sources.add(subject);
                    }
                } else if (lower[i].equals("it") && i + 2 < content.end() && (lower[i + 1].equals("was")
                        || lower[i + 1].equals("is") || lower[i + 1].equals("has")) && IMPERSONAL_VERBS.contains(
                        lower[i + 1].equals("has") && i + 3 < content.end() ? lower[i + 3] : lower[i + 2])) {
                    draft.sources.add(new Range(i, lower[i + 1].equals("has") ? i + 4 : i + 3));
                } else if (lower[i].equals("according") && lower[i + 1].equals("to")) {
                    Range source = phraseAfter(i + 2, content.end());
                    if (source != null) {
                        draft.sources.add(source);
                    }
                }
            }
        }

        private Range trim(Range range) {
            int first = range.first();
            int end = range.end();
            while (first < end && (lower[first].equals("that") || CLAUSE_PUNCTUATION.contains(lower[first]))) {
                first++;
            }
            while (end > first && CLAUSE_PUNCTUATION.contains(lower[end - 1])) {
                end--;
            }
            return new Range(first, end);
        }

        // ---- quotations nobody introduces ----------------------------------------------------------------

        /**
         * A quotation no cue claimed continues the attribution just before it ("…," she said. "We …"), as
         * news writing does; scare quotes (a few words) with no cue are the article's own voice.
         */
        private void continueQuotations() {
            List<Draft> continued = new ArrayList<>();
            for (QuotedSpan span : quoted) {
                Range content = new Range(span.first(), span.end());
                if (overlapsDraft(content) || span.end() - span.first() < 4) {
                    continue;
                }
                Range signed = signature(span.closeEnd());
                if (signed != null) {
                    continued.add(new Draft(content, true, new Range(span.closeEnd(), span.closeEnd() + 1), signed));
                    continue;
                }
                Draft previous = null;
                for (Draft draft : drafts) {
                    if (draft.content.end() <= content.first()
                            && (previous == null || draft.content.end() > previous.content.end())) {
                        previous = draft;
                    }
                }
                if (previous != null) {
                    continued.add(previous.continuing(content, true));
                }
            }
            drafts.addAll(continued);
        }

        /** `"…" - Carla Sanchez`: a name after a dash signs the quotation before it. */
        private Range signature(int dash) {
            if (dash + 1 >= tokens.size() || !lower[dash].equals("-") || !capitalized(dash + 1) || !sameLine(dash, dash + 1)) {
                return null;
            }
            int end = dash + 1;
            while (end < tokens.size() && end - dash <= 5 && (capitalized(end) || lower[end].equals("."))
                    && sameLine(dash, end)) {
                end++;
            }
            while (end - 1 > dash + 1 && lower[end - 1].equals(".")) {
                end--;
            }
            return new Range(dash + 1, end);
        }

        // ---- output --------------------------------------------------------------------------------------

        private void finish(Draft draft, int from, int to) {
            if (draft.channel == null) {
                draft.channel = nearestChannel(draft);
            }
            drafts.add(draft);
            int first = Math.min(draft.content.first(), Math.min(draft.cue.first(), draft.speaker.first()));
            int end = Math.max(draft.consumedEnd,
                    Math.max(draft.content.end(), Math.max(draft.cue.end(), draft.speaker.end())));
            for (Range r : draft.relays) {
                first = Math.min(first, r.first());
            }
            for (int i = Math.max(first, from); i < Math.min(end, to); i++) {
                claimed[i] = true;
            }
        }

        private List<Quote> build() {
            List<Draft> ordered = new ArrayList<>(drafts);
            ordered.sort(Comparator.comparingInt((Draft d) -> d.content.first())
                    .thenComparing(d -> -(d.content.end() - d.content.first())));
            List<Quote> quotes = new ArrayList<>();
            int lastEnd = -1;
            for (Draft d : ordered) {
                if (d.content.first() < lastEnd) {
                    continue; // content spans never overlap: the earlier, longer one wins
                }
                lastEnd = d.content.end();
                int start = tokens.get(d.content.first()).start();
                int end = tokens.get(d.content.end() - 1).end();
                if (d.direct && tokens.get(d.content.end() - 1).form().equals(",") && d.content.end() - 1 > d.content.first()) {
                    end = tokens.get(d.content.end() - 2).end(); // "We will stay," she said: the comma is the frame's
                }
                String text = analysis.article().text();
                Excerpt speaker = d.unnamed ? null : excerpt(d.speaker);
                quotes.add(new Quote("q" + (quotes.size() + 1), start, end, text.substring(start, end), d.direct,
                        excerpt(d.cue), entityOverlapping(speaker), speaker, d.channel,
                        d.relays.stream().map(this::source).toList(), d.sources.stream().map(this::source).toList()));
            }
            return quotes;
        }

        private Source source(Range range) {
            Excerpt e = excerpt(range);
            return new Source(entityOverlapping(e), e.text(), e.start(), e.end());
        }

        private Excerpt excerpt(Range range) {
            return Excerpt.of(analysis.article().text(), tokens.get(range.first()).start(),
                    tokens.get(range.end() - 1).end());
        }

        /** The entity with the mention overlapping the phrase most; on a tie, the one nearer its end (its head). */
        private String entityOverlapping(Excerpt phrase) {
            String best = null;
            int bestOverlap = 0;
            int bestEnd = -1;
            for (Entity entity : analysis.entities()) {
                for (Mention m : entity.mentions()) {
                    int overlap = Math.min(m.end(), phrase.end()) - Math.max(m.start(), phrase.start());
                    if (overlap > bestOverlap || overlap > 0 && overlap == bestOverlap && m.end() > bestEnd) {
                        best = entity.id();
                        bestOverlap = overlap;
                        bestEnd = m.end();
                    }
                }
            }
            return best;
        }

        // ---- channels ------------------------------------------------------------------------------------

        private List<int[]> channelsIn(Sentence sentence) {
            int from = sentence.firstToken();
            int to = sentence.endToken();
            if (from >= to) {
                return List.of();
            }
            String normalized = analysis.normalized().text();
            int start = analysis.normalized().fromOriginal(tokens.get(from).start());
            int end = analysis.normalized().fromOriginal(tokens.get(to - 1).end());
            Matcher m = CHANNEL.matcher(normalized).region(start, end);
            List<int[]> found = new ArrayList<>();
            while (m.find()) {
                int originalStart = analysis.normalized().toOriginal(m.start());
                int originalEnd = analysis.normalized().toOriginalEnd(m.end());
                int first = -1;
                int last = -1;
                for (int i = from; i < to; i++) {
                    Token t = tokens.get(i);
                    if (t.start() == originalStart) {
                        first = i;
                    }
                    if (t.end() <= originalEnd) {
                        last = i;
                    }
                }
                if (first >= 0 && last >= first) {
                    found.add(new int[] {first, last + 1});
                }
            }
            return found;
        }

        /** The end token of the channel phrase starting at token {@code k}, or -1. */
        private int channelStartsAt(int k) {
            for (int[] channel : channels) {
                if (channel[0] == k) {
                    return channel[1];
                }
            }
            return -1;
        }

        private Excerpt nearestChannel(Draft draft) {
            int[] best = null;
            for (int[] channel : channels) {
                Range r = new Range(channel[0], channel[1]);
                boolean insideContent = r.first() < draft.content.end() && draft.content.first() < r.end();
                if (!insideContent && (best == null
                        || Math.abs(channel[0] - draft.cue.first()) < Math.abs(best[0] - draft.cue.first()))) {
                    best = channel;
                }
            }
            return best == null ? null : excerpt(new Range(best[0], best[1]));
        }

        // ---- small predicates ----------------------------------------------------------------------------

        private boolean overlapsDraft(Range range) {
            for (Draft d : drafts) {
                if (d.content.first() < range.end() && range.first() < d.content.end()) {
                    return true;
                }
            }
            return false;
        }

        private boolean isDirect(Range content) {
            int q = insideQuote[content.first()];
            return q >= 0 && quoted.get(q).first() == content.first() && quoted.get(q).end() == content.end();
        }

        private boolean sameLine(int a, int b) {
            return analysis.article().text().indexOf('\n', tokens.get(a).end()) >= tokens.get(b).start()
                    || analysis.article().text().indexOf('\n', tokens.get(a).end()) < 0;
        }

        /** "has also", "actually", "partly": words between a subject and its verb. */
        private boolean isModifier(int i) {
            return modifiers.contains(lower[i]) || lower[i].endsWith("ly") && lower[i].length() > 4 && !capitalized(i);
        }

        private boolean isYear(int i) {
            String f = tokens.get(i).form();
            return f.length() == 4 && Character.isDigit(f.charAt(0)) && f.chars().allMatch(Character::isDigit);
        }

        private boolean isComma(int i) {
            return i >= 0 && i < tokens.size() && tokens.get(i).form().equals(",");
        }

        private boolean isEnd(int i) {
            return i < tokens.size() && (SENTENCE_END.contains(tokens.get(i).form()) || tokens.get(i).form().equals(";"));
        }

        private boolean capitalized(int i) {
            return Character.isUpperCase(tokens.get(i).form().charAt(0));
        }
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        java.util.Arrays.fill(a, -1);
        return a;
    }
}
