package org.lede.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.lede.model.Analysis;
import org.lede.model.Entity;
import org.lede.model.EntityType;
import org.lede.model.Excerpt;
import org.lede.model.Mention;
import org.lede.model.MentionIndex;
import org.lede.model.MentionKind;
import org.lede.model.Quote;
import org.lede.model.Sentence;
import org.lede.model.Source;
import org.lede.model.Token;
import org.lede.pipeline.Stage;
import org.lede.text.ProperAdjectives;
import org.lede.text.WordLists;

/**
 * Finds what the article attributes to someone: words in quotation marks and reported speech, each with
 * its cue ("said", "according to"), its speaker, the channel it went through ("in a statement"), the relays
 * that passed it on ("…, a TV channel reported") and the sources the speaker rests it on ("citing press
 * reports").
 *
 * <p>Rules over tokens, sentence by sentence: a cue word from a lexicon derived from PolNeAR train
 * ({@code cue-verbs.tsv}; the rarer cues of {@code weak-cue-verbs.tsv} only with a named or pronoun subject or a
 * that-clause) with a speaker phrase before it ("the spokesman said …") or after it ("…, said
 * Smith") frames a content after the cue (the reported clause, or the quotation it introduces) or before it
 * ("…, he said"). Quotations nobody introduces continue the attribution before them, as news writing
 * does when a speaker's quote runs on over paragraphs. Speakers and sources are linked to the entity that
 * has a mention overlapping them. {@link QuotationMarks} pairs the marks, {@link SpeakerPhrases} finds who
 * speaks, {@link ChannelPhrases} how; this class frames cues and contents and keeps contents apart.
 *
 * <p>Measured with {@code lede eval attribution --polnear DIR} ({@link org.lede.eval.PolnearEvaluation}).
 */
public final class QuoteAttributor implements Stage {

    /** Verbs whose object is the audience, not the content: "told reporters that …". */
    private static final Set<String> ADDRESSING = Set.of("told", "tells", "telling", "tell", "assured", "reminded",
            "urged", "asked", "warned");
    /** What "expressed" or "voiced" makes a cue of: "expressed hope that …". */
    private static final Set<String> STATE_NOUNS = Set.of("hope", "hopes", "concern", "concerns", "confidence",
            "doubt", "doubts", "regret", "fear", "fears", "optimism", "support", "frustration", "disappointment",
            "surprise", "belief", "interest", "anger", "outrage", "skepticism");
    /** Verbs news writing puts before their subject after a quote: "…," said Smith. */
    private static final Set<String> INVERTING = Set.of("said", "says", "added", "adds", "wrote", "writes", "asked",
            "asks", "say", "continued", "explained", "noted", "notes", "argued", "recalled", "replied", "declared",
            "insisted", "warned", "concluded", "tweeted", "stated", "reported", "observed", "acknowledged",
            "conceded", "cautioned", "predicted", "remarked", "responded", "suggested", "countered");
    /** Forms of "be" that make the cue a passive: "he was asked". */
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "been", "being", "be", "'re");
    /** How many words may stand between "quoted" and "as saying": "quoted the state news agency's source as saying". */
    private static final int MAX_QUOTED_PHRASE = 10;
    /** Nouns whose "that" gives what they hold, not what the speaker says: "denied allegations that …". */
    private static final Set<String> CONTENT_NOUNS = Set.of("allegation", "allegations", "claim", "claims",
            "suggestion", "suggestions", "decision", "ruling", "fact", "idea", "notion", "belief", "rumour",
            "rumours", "rumor", "rumors", "accusation", "accusations", "charge", "charges", "evidence", "assertion",
            "assertions", "argument", "fears", "speculation");
    /** Nouns for what is said, which cannot say anything themselves: "a message repeated by Clarke". */
    private static final Set<String> SAID_THINGS = Set.of("message", "messages", "statement", "statements", "view",
            "views", "remark", "remarks", "comment", "comments", "warning", "warnings", "line", "point", "sentiment",
            "sentiments", "call", "calls", "claim", "claims", "argument", "arguments", "words");
    /** Plural nouns of what was said that the lexicon also lists as verbs: "Press reports said …". */
    private static final Set<String> SAYING_NOUNS = Set.of("reports", "claims", "accounts", "estimates", "statements",
            "comments", "remarks", "tweets", "posts", "messages", "documents", "findings", "records", "rumours",
            "rumors", "leaks");
    /** What follows a participle that describes how the speaker spoke: "speaking on …", "asked whether …". */
    private static final Set<String> PARTICIPLE_OBJECTS = Set.of("on", "to", "in", "at", "before", "about", "by",
            "after", "from", "with", "for", "under", "during", "whether", "if", "what", "why", "how");
    /** Audiences gathered in one place: "told a news conference", "told the committee". */
    private static final Set<String> GATHERINGS = Set.of("conference", "conferences", "briefing", "briefings",
            "meeting", "rally", "summit", "gathering", "audience", "committee", "session", "hearing", "forum");
    private static final Set<String> RELATIVES = Set.of("which", "who", "whom", "whose", "where", "when");
    /** How many words a prepositional phrase between a cue and "that" may have: "said in a radio interview that". */
    private static final int MAX_PHRASE_BEFORE_THAT = 6;
    /** Participles that say how someone stands, not what was done to them: "the government is worried that". */
    private static final Set<String> STANCES = Set.of("worried", "concerned", "convinced", "confident", "determined",
            "pleased", "disappointed", "upset", "frustrated", "optimistic", "skeptical", "committed", "prepared");
    /** Verbs of appearance, whose subject is seen, not heard: "the crowd seemed …". */
    private static final Set<String> APPEARANCE = Set.of("seemed", "seems", "seem", "appeared", "appears", "appear",
            "sounded", "looked", "looks");
    /** Words that open a prepositional tail after a cue ("said at the time"), not a reported clause. */
    /** Words with which the reporter links a sentence to the one before, not part of what a source said. */
    private static final Set<String> LINKING_ADVERBS = Set.of("separately", "meanwhile", "elsewhere", "earlier",
            "later", "however", "also", "additionally");
    /** The types of entity a speaker may stand for; a place or a nationality after "in" only says where. */
    private static final Set<EntityType> SPEAKING_TYPES = Set.of(EntityType.ORG, EntityType.PERSON);
    /**
     * Prepositions of where someone is: "officials in the enclave". Not "at" or "from", after which an
     * organisation the recogniser may type as a place says whom they speak for ("an analyst at Nomura").
     */
    private static final Set<String> LOCATIVES = Set.of("in", "near", "inside", "outside", "across", "throughout");
    /** Verbs that go on a clause whose subject is a quotation: "that "criminals" had infiltrated". */
    private static final Set<String> FINITE_AFTER_SUBJECT = Set.of("had", "have", "has", "was", "were", "is", "are",
            "would", "will", "could", "should", "can", "may", "might", "must", "did", "do", "does");
    /** Lower-case words inside names: "Food and Agriculture Organisation", "Commission on Human Rights". */
    private static final Set<String> NAME_JOINERS = Set.of("of", "and", "for", "on", "the", "&", "de", "in");
    /** Capitalised words that open a sentence but no name: "But Downing Street said". */
    private static final Set<String> OPENING_CONNECTIVES = Set.of("if", "but", "however", "and", "so", "when",
            "while", "as", "because", "although", "though", "yet", "meanwhile", "still", "now", "then");
    /** Records a claim goes out in, which may then speak for whoever issued them: "…, the statement said". */
    private static final Set<String> RECORDS = Set.of("statement", "release", "press release", "letter", "message",
            "post", "report", "memo", "video");
    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "to", "with", "by", "from", "into",
            "about", "against", "over", "under", "during", "without", "through", "between", "among", "like", "for",
            "of", "after", "before", "since", "until", "as");
    private static final Set<String> ARTICLES_AND_POSSESSIVES = Set.of("the", "a", "an", "his", "her", "its",
            "their", "our", "my", "your");
    /** Prepositions that lead to a place or a time rather than to what is said ("on the bridge"). */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "on", "at", "into", "from", "through",
            "under", "over", "near", "during", "after", "before", "until", "since", "between", "across", "inside");
    /** Verbs of saying and thinking that take a that-clause, whatever form the lexicon has of them. */
    private static final Set<String> MENTAL_VERBS = Set.of("think", "believe", "know", "say", "feel", "hope",
            "fear", "expect", "argue", "insist", "suggest", "claim", "worry", "agree", "acknowledge", "admit", "warn",
            "predict", "assume", "doubt", "realize", "understand", "recognize", "contend", "maintain", "suspect",
            "show", "find", "mean", "see", "hear", "learn", "note", "tell", "promise", "deny", "concede");
    /** Nouns of measured opinion: "In the latest poll, …". */
    private static final Set<String> SURVEYS = Set.of("poll", "polls", "survey", "surveys", "study", "studies",
            "report", "analysis", "estimate", "estimates", "count", "tally", "census", "data", "figures");
    /** "cited/quoted as saying": the subject is the speaker, the writer only passes it on. */
    private static final Set<String> MEDIATE_VERBS = Set.of("cited", "quoted");
    /** "it was announced/reported that": a source with no name. */
    private static final Set<String> IMPERSONAL_VERBS = Set.of("announced", "reported", "said", "claimed",
            "alleged", "learned", "revealed", "confirmed");
    /** Participles whose object is what the speaker rests a claim on, not the claim: "citing press reports". */
    private static final Set<String> CITING = Set.of("citing", "quoting");
    /** Verbs by which a medium passes a channel on: "in a series of tweets relayed by the state TV channel". */
    private static final Set<String> RELAYING = Set.of("relayed", "carried", "broadcast", "published", "posted",
            "aired", "shared", "retweeted", "reported");
    /** Verbs of intention, which PolNeAR attributes with the infinitive after them: "plans to", "intends to". */
    private static final Set<String> INTENTIONS = Set.of("plans", "plan", "planned", "intends", "intend", "intended",
            "aims", "aim", "aimed", "wants", "want", "wanted", "hopes", "hope", "hoped", "vows", "vowed", "pledges",
            "pledged", "threatens", "threatened", "decided", "decides", "refuses", "refused", "seeks", "sought",
            "promises", "promised", "prefers", "preferred", "wishes", "wished");
    /** Participles that name what stands before them: "a group called …", "a film titled …". */
    private static final Set<String> NAMING = Set.of("called", "titled", "named", "dubbed", "nicknamed",
            "labeled", "labelled", "entitled");
    /** Words of the rubrics that open a line with a colon but name no speaker: "The Latest:", "Editor's Note:". */
    private static final Set<String> RUBRICS = Set.of("the", "latest", "update", "updated", "editor", "editors",
            "'s", "note", "look", "watch", "busted", "exclusive", "breaking", "opinion", "analysis", "video", "photos",
            "read", "more", "live", "related", "correction", "clarification", "abstract", "full", "text");
    /** Words that join a second cue to the first: "and warned", "though she acknowledged". */
    private static final Set<String> COORDINATORS = Set.of("and", "but", "while", "though", "although", "yet");
    /**
     * Verbs of acts done to bodies and places, which the cue classifier may take for cues after a subject
     * ("Police detained 43 people") and the weak lexicon lists for their rarer sense ("fired off a letter",
     * "launched an attack on the bill"), but which in news mostly report no one's words ("North Korea fired a
     * ballistic missile").
     */
    private static final Set<String> PHYSICAL_ACTS = Set.of("detained", "arrested", "killed", "raided", "shot",
            "wounded", "injured", "jailed", "seized", "bombed", "stabbed", "kidnapped", "abducted", "beat",
            "beaten", "tortured", "executed", "shelled", "stormed", "evacuated", "fired", "launched");
    /** Words after a comma that open a clause of its own: "…, while the ministry said …", "…, and Smith said …". */
    private static final Set<String> CONTRASTS = Set.of("while", "whereas", "but", "and");
    /** Objects that make a cue a self-description, no claim: "which calls itself the main opposition". */
    private static final Set<String> REFLEXIVES = Set.of("itself", "himself", "herself", "themselves");

    private final Set<String> cueWords = wordList("cue-verbs.tsv");
    private final Set<String> weakCueWords = wordList("weak-cue-verbs.tsv");
    private final Set<String> boundaries = wordList("speaker-boundaries.txt");
    private final Set<String> determiners = wordList("speaker-determiners.txt");
    private final Set<String> pronouns = wordList("subject-pronouns.txt");
    private final Set<String> modifiers = wordList("verb-modifiers.txt");
    private final Set<String> relayWords = wordList("relay-words.txt");
    private final Set<String> timeWords = wordList("time-words.txt");
    /**
     * The words {@link Run#cueByContext} never asks the classifier about (the physical acts among them), as one
     * set: it is asked of nearly every token, so one lookup there instead of six.
     */
    private final Set<String> listedOrFunctionWords = union(cueWords, weakCueWords, boundaries, modifiers,
            determiners, PHYSICAL_ACTS);
    private final CueClassifier classifier;
    private final QuotationMarks marks = new QuotationMarks();
    private final ChannelPhrases channelPhrases = new ChannelPhrases();
    private final SpeakerPhrases speakers = new SpeakerPhrases(cueWords, boundaries, determiners, pronouns, modifiers,
            timeWords);

    public QuoteAttributor() {
        this(CueClassifier.load());
    }

    /** With another cue classifier than the shipped one: to measure one trained on part of the data. */
    QuoteAttributor(CueClassifier classifier) {
        this.classifier = classifier;
    }

    @Override
    public Analysis process(Analysis analysis) {
        return analysis.withQuotes(new Run(analysis).quotes());
    }

    private static Set<String> wordList(String name) {
        return WordLists.words("/org/lede/quotes/" + name);
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> union = new HashSet<>();
        for (Set<String> set : sets) {
            union.addAll(set);
        }
        return Set.copyOf(union);
    }

    private enum CueKind { VERB, PARTICIPLE, ACCORDING, QUOTED_AS_SAYING }

    /** A cue word; {@code weak} when the lexicon trusts it only with a named subject or a that-clause. */
    private record Cue(int first, int end, CueKind kind, boolean weak) {
        Cue(int first, int end, CueKind kind) {
            this(first, end, kind, false);
        }
    }

    /** One attribution being built; local to one call of {@link #process}. */
    private static final class Draft {
        TokenRange content;
        boolean direct;
        TokenRange cue;
        TokenRange speaker;
        /** The phrase before the cue is its grammatical subject but names nobody who speaks ("he was asked"). */
        boolean unnamed;
        Excerpt channel;
        /** The end of the tokens this attribution used up, its relay and source clauses included. */
        int consumedEnd;
        final List<TokenRange> relays = new ArrayList<>();
        final List<TokenRange> sources = new ArrayList<>();

        Draft(TokenRange content, boolean direct, TokenRange cue, TokenRange speaker) {
            this.content = content;
            this.direct = direct;
            this.cue = cue;
            this.speaker = speaker;
        }

        Draft continuing(TokenRange otherContent, boolean otherDirect) {
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
        private final TokenView v;
        private final List<Token> tokens;
        private final String[] lower;
        private final List<QuotedSpan> quoted;
        private final int[] insideQuote;
        private final int[] closingMarkOf;
        private final int[] openingMarkOf;
        /** Tokens an attribution has used up, so later cues in the sentence leave them alone. */
        private final boolean[] claimed;
        /** Tokens inside the content of an attribution found so far. */
        private final boolean[] inContent;
        private final List<Draft> drafts = new ArrayList<>();
        /** Claims a cited source makes inside a content ("citing reports that …"), finished with their cue's. */
        private final List<Draft> cited = new ArrayList<>();
        private List<TokenRange> channels = List.of();
        private final MentionIndex mentionIndex;
        /** {@link #cueAt} answers, by token and by how many of the two words after it the bound leaves. */
        private final Cue[] cues;
        private final boolean[] cueKnown;
        private final ChannelPhrases.InArticle channelSearch;

        Run(Analysis analysis) {
            this.analysis = analysis;
            v = new TokenView(analysis, marks.find(analysis.article().text(), analysis.tokens()));
            tokens = v.tokens;
            lower = v.lower;
            quoted = v.quoted;
            insideQuote = v.insideQuote;
            closingMarkOf = v.closingMarkOf;
            openingMarkOf = v.openingMarkOf;
            claimed = new boolean[tokens.size()];
            inContent = new boolean[tokens.size()];
            mentionIndex = new MentionIndex(analysis.entities());
            cues = new Cue[3 * tokens.size()];
            cueKnown = new boolean[3 * tokens.size()];
            channelSearch = channelPhrases.in(analysis);
        }

        List<Quote> quotes() {
            for (Sentence sentence : analysis.sentences()) {
                channels = channelPhrases.find(v, sentence, channelSearch);
                attribute(sentence.firstToken(), sentence.endToken());
            }
            continueQuotations();
            return build();
        }

        // ---- cues -------------------------------------------------------------------------------------

        private void attribute(int from, int to) {
            Draft opening = openingFrame(from, to);
            if (opening != null) {
                finish(opening, from, to);
            }
            Draft trailing = trailingFrame(from, to);
            if (trailing != null) {
                finish(trailing, from, to);
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
                    case QUOTED_AS_SAYING -> quotedAsSaying(cue, from, to);
                    case PARTICIPLE -> participle(cue, from, to);
                    case VERB -> verb(cue, from, to);
                };
                for (Draft draft : found) {
                    finish(draft, from, to);
                }
                for (Draft draft : cited) {
                    finish(draft, from, to);
                }
                cited.clear();
                i = cue.end() - 1;
            }
        }

        /** An attribution framed by how the sentence opens, with no cue verb: a poll, a question, a label. */
        private Draft openingFrame(int from, int to) {
            Draft survey = surveyOpening(from, to);
            if (survey != null) {
                return survey;
            }
            Draft asked = askedOpening(from, to);
            return asked != null ? asked : labelledLine(from, to);
        }

        /**
         * "A court ordered the release of 12 protesters, their lawyer said.": an attribution closing the sentence
         * frames all of the clause before it, whatever cue stands inside ("ordered"); read left to right, the
         * inner cue would take the clause and leave the lawyer as a mere relay. An outlet there ("…, the state TV
         * channel reported") is a relay of the inner attribution, which {@link #trailingRelay} finds.
         */
        private Draft trailingFrame(int from, int to) {
            int last = to - 1;
            while (last > from && TokenView.CLAUSE_PUNCTUATION.contains(lower[last])) {
                last--;
            }
            for (int c = last; c > from + 1 && last - c < 8; c--) {
                boolean cueWord = INVERTING.contains(lower[c]) || cueWords.contains(lower[c]) && !lower[c].endsWith("ing");
                if (!cueWord || claimed[c] || insideQuote[c] >= 0 || insideChannel(c)) {
                    continue;
                }
                TokenRange subject = speakers.subjectBefore(v, c, from);
                if (subject == null || subject.first() - 1 <= from || !v.isComma(subject.first() - 1)
                        || isOutlet(subject)) {
                    return null;
                }
                Cue cue = new Cue(c, c + 1, CueKind.VERB);
                Draft draft = new Draft(null, false, new TokenRange(c, c + 1), subject);
                int after = skipAfterCue(draft, c + 1, to);
                TokenRange content = contentBefore(subject.first() - 1, from);
                if (content != null && v.isDirect(content)) {
                    content = clauseAroundPassiveNaming(content, from, subject.first() - 1);
                }
                if (after < to && !v.isEnd(after) || content == null || v.isDirect(content)
                        || !holdsCue(content)) {
                    return null; // with no cue inside, the clause before is framed as usual, left to right
                }
                draft.unnamed = subjectNamesNoSpeaker(subject, cue);
                return withContent(draft, content, false);
            }
            return null;
        }

        /**
         * "The officials were declared "persona non grata", the ministry said": the quoted words close a clause
         * whose cue is a passive, which names no speaker; the clause is the trailing speaker's claim, the quoted
         * words with it. Otherwise the quoted words ({@code words}) stay the content.
         */
        private TokenRange clauseAroundPassiveNaming(TokenRange words, int from, int comma) {
            int open = quoted.get(insideQuote[words.first()]).open();
            for (int i = open - 1; i > from; i--) {
                int verb = lower[i].equals("as") && i - 1 > from ? i - 1 : i; // "were described as"
                if (insideQuote[verb] < 0 && cueWords.contains(lower[verb]) && BE.contains(lower[verb - 1])) {
                    TokenRange clause = trim(new TokenRange(afterDateline(from, open), comma));
                    return clause.end() - clause.first() < 2 ? words : clause;
                }
            }
            return words;
        }

        private boolean holdsCue(TokenRange range) {
            for (int i = range.first(); i < range.end(); i++) {
                if (insideQuote[i] < 0 && cueAt(i, range.end()) != null) {
                    return true;
                }
            }
            return false;
        }

        private Draft askedOpening(int from, int to) {
            if (lower[from].equals("asked") && from + 1 < to) {
                // "Asked whether he was bullied, the candidate said no": the question, put by someone unnamed
                int comma = from + 1;
                while (comma < to && !v.isComma(comma)) {
                    comma++;
                }
                TokenRange question = trim(new TokenRange(from + 1, comma));
                if (comma < to && question.end() - question.first() >= 2) {
                    Draft asked = new Draft(question, false, new TokenRange(from, from + 1),
                            new TokenRange(from, from + 1));
                    asked.unnamed = true;
                    return asked;
                }
            }
            return null;
        }

        /** "Clinton: Trump's view is dangerous." in headlines, "FALLIN: Well, I think …" in transcripts. */
        private Draft labelledLine(int from, int to) {
            for (int k = from + 1; k < to && k - from <= 6; k++) {
                if (tokens.get(k).form().equals(":")) {
                    TokenRange content = trim(new TokenRange(k + 1, to));
                    boolean named = !(k - from == 1 && lower[from].length() == 1); // "Q:", "A:" in interviews
                    boolean rubric = true;
                    for (int i = from; i < k; i++) {
                        rubric &= RUBRICS.contains(lower[i]);
                    }
                    named &= !rubric; // "The Latest:", "Editor's Note:", "UPDATE:" head no one's words
                    for (int i = from; i < k; i++) {
                        named &= v.capitalized(i) && !boundaries.contains(lower[i]) || lower[i].equals("'s")
                                || lower[i].equals("of") || lower[i].equals(".");
                    }
                    return named && insideQuote[from] < 0 && substantial(content.first(), content.end())
                            ? new Draft(content, v.isDirect(content), new TokenRange(k, k + 1),
                                    new TokenRange(from, k)) : null;
                }
                if (!Character.isLetterOrDigit(tokens.get(k).form().charAt(0)) && !lower[k].equals("'s")) {
                    return null;
                }
            }
            return null;
        }

        /** "In the latest Post-ABC poll, Clinton leads …": the poll is the source of the clause after it. */
        private Draft surveyOpening(int from, int to) {
            if (!lower[from].equals("in") && !lower[from].equals("by")
                    || from + 1 < to && lower[from + 1].endsWith("ing")) {
                return null; // "In offering analysis of the race, the pollster told …": an act, not a survey
            }
            for (int k = from + 1; k < to && k - from <= 12; k++) {
                if (v.isComma(k)) {
                    boolean survey = false;
                    for (int i = from + 1; i < k; i++) {
                        survey |= SURVEYS.contains(lower[i]);
                    }
                    TokenRange content = trim(new TokenRange(k + 1, to));
                    if (!survey || !substantial(content.first(), content.end())) {
                        return null;
                    }
                    return new Draft(content, false, new TokenRange(from, from + 1), new TokenRange(from + 1, k));
                }
            }
            return null;
        }

        private Cue cueAt(int i, int to) {
            // The answer depends on the bound only as far as it cuts off the two words after the cue; the same
            // words are asked about again by the frames and by coordinatedCue, so each answer is kept.
            int slot = 3 * i + Math.min(to - i, 3) - 1;
            if (!cueKnown[slot]) {
                cueKnown[slot] = true;
                cues[slot] = findCueAt(i, to);
            }
            return cues[slot];
        }

        private Cue findCueAt(int i, int to) {
            if (insideChannel(i)) {
                return null; // "said in a statement posted on Twitter": how the words went out, not who spoke
            }
            String w = lower[i];
            if (w.equals("according") && i + 1 < to && lower[i + 1].equals("to")) {
                return new Cue(i, i + 2, CueKind.ACCORDING);
            }
            int asSaying = MEDIATE_VERBS.contains(w) ? asSayingAfter(i + 2, to) : -1;
            if (asSaying >= 0) {
                return new Cue(i, asSaying + 2, CueKind.QUOTED_AS_SAYING); // "TASS quoted the ministry as saying"
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
            // After "the", "his", "Kadzik's" a cue word is a noun ("his refusal to answer", "the claims of the
            // ministry"), whose speaker the rules for verbs would look for in the wrong place.
            boolean afterDeterminer = i > 0 && (ARTICLES_AND_POSSESSIVES.contains(lower[i - 1])
                    || lower[i - 1].equals("'s") && i > 1 && v.capitalized(i - 2));
            if (afterDeterminer || i + 1 < to && SAYING_NOUNS.contains(w) && INVERTING.contains(lower[i + 1])
                    && !lower[i + 1].endsWith("s")) {
                return null; // before a verb of saying it is a noun, its subject: "Press reports said …"
            }
            if (INTENTIONS.contains(w) && i + 1 < to && lower[i + 1].equals("to") && !v.capitalized(i)) {
                return new Cue(i, i + 1, CueKind.VERB, true); // "the campaign plans to spend …"
            }
            if (APPEARANCE.contains(w) && i + 1 < to && PLACE_PREPOSITIONS.contains(lower[i + 1])) {
                return null; // "a photograph appears in Thursday's Sun": where it is seen, not how something seems
            }
            if (weakCueWords.contains(w) && !w.endsWith("ing") && !modifiers.contains(w) && !boundaries.contains(w)
                    && !PHYSICAL_ACTS.contains(w)) {
                return new Cue(i, i + 1, CueKind.VERB, true);
            }
            if (cueByContext(i, to)) {
                return new Cue(i, i + 1, w.endsWith("ing") ? CueKind.PARTICIPLE : CueKind.VERB, true);
            }
            if (!cueWords.contains(w) || modifiers.contains(w)) {
                return null;
            }
            return new Cue(i, i + 1, w.endsWith("ing") ? CueKind.PARTICIPLE : CueKind.VERB);
        }

        /**
         * A word the lexicon does not list that the classifier judges a cue where it stands. After "many" or
         * "two" it is a noun ("many residents think"); what follows must be what is said, not a place ("he
         * paused on the bridge").
         */
        private boolean cueByContext(int i, int to) {
            String w = lower[i];
            if (listedOrFunctionWords.contains(w) || i > 0 && determiners.contains(lower[i - 1]) || i + 1 >= to
                    || PLACE_PREPOSITIONS.contains(lower[i + 1]) || v.isEnd(i + 1)) {
                return false;
            }
            return CueClassifier.candidate(v, i) && classifier.isCue(v, i);
        }

        /** A lower-case word with a verb's ending, or a bare verb of thinking, that is no function word. */
        private boolean looksLikeVerb(int i) {
            String w = lower[i];
            if (v.capitalized(i) || boundaries.contains(w) || determiners.contains(w) || modifiers.contains(w)
                    || pronouns.contains(w) || !Character.isLetter(w.charAt(0))) {
                return false;
            }
            return MENTAL_VERBS.contains(w) || w.endsWith("s") && MENTAL_VERBS.contains(w.substring(0, w.length() - 1))
                    || w.endsWith("ed") && (MENTAL_VERBS.contains(w.substring(0, w.length() - 1))
                    || MENTAL_VERBS.contains(w.substring(0, w.length() - 2)));
        }

        /** "the spokesman said (that) …", "… , he said", "…, said Smith", "he said: "…"". */
        private List<Draft> verb(Cue cue, int from, int sentenceEnd) {
            TokenRange cueRange = new TokenRange(cue.first(), cue.end());
            int citing = parentheticalCitation(cue.first(), from);
            Draft joined = joinedTo(cue.first(), from);
            TokenRange speaker = joined != null ? joined.speaker
                    : speakers.subjectBefore(v, citing >= 0 ? citing - 1 : cue.first(), from);
            if (joined == null && (speaker == null
                    || invertsAfterComma(cue, sentenceEnd) && !isOpeningApposition(speaker, from))) {
                List<Draft> inverted = inverted(cueRange, from, sentenceEnd);
                if (!inverted.isEmpty() || speaker != null || cue.weak()) {
                    return inverted;
                }
                // "A new batch of emails released this week showed …": a subject too long or too loose to read
                // back from the cue; the noun phrase that opens the clause speaks
                speaker = speakers.subjectAtStart(v, from, citing >= 0 ? citing - 1 : cue.first());
                if (speaker == null) {
                    return List.of();
                }
            }
            boolean relative = lower[speaker.end() - 1].equals("who") || lower[speaker.end() - 1].equals("which");
            if (relative && cue.end() < sentenceEnd && REFLEXIVES.contains(lower[cue.end()])) {
                return List.of(); // "The PFOI, which calls itself the main opposition": how it names itself
            }
            // "The PFOI, which says it has 5,000 members, denied …": the relative clause ends at its comma
            int to = relative && v.isComma(speaker.end() - 2) ? clauseEnd(cue.end(), sentenceEnd) : sentenceEnd;
            TokenRange channelAside = channelAside(speaker);
            if (channelAside != null) {
                speaker = new TokenRange(speaker.first(), channelAside.first() - 1);
            }
            Draft draft = new Draft(null, false, cueRange, speaker);
            if (channelAside != null) {
                draft.channel = v.excerpt(channelAside); // "Japan's defence ministry, in a statement, said"
            }
            if (citing >= 0) {
                draft.sources.add(new TokenRange(citing + 1, cue.first() - 1));
            }
            draft.unnamed = joined != null ? joined.unnamed : subjectNamesNoSpeaker(speaker, cue);
            if (cue.weak() && !(cue.end() < to && (lower[cue.end()].equals("that") || lower[cue.end()].equals("to")))
                    && (draft.unnamed
                    || !(pronouns.contains(lower[speaker.first()]) || v.capitalized(speaker.end() - 1)))) {
                return List.of(); // a weak cue needs a that-clause or someone named or pointed to
            }
            int before = speaker.first() - 1;
            int after = skipAfterCue(draft, cue.end(), to);
            boolean saidThing = SAID_THINGS.contains(lower[speaker.end() - 1]);
            if ((draft.unnamed || saidThing) && after < to && lower[after].equals("by")
                    && !APPEARANCE.contains(lower[cue.first()])) {
                // "The nominee has been endorsed by dozens of papers": the agent speaks about the subject; so in
                // "a message repeated by Charles Clarke", where a message can repeat nothing
                TokenRange agent = speakers.phraseAfter(v, after + 1, to);
                if (agent != null) {
                    Draft passive = new Draft(speaker, false, cueRange, agent);
                    passive.consumedEnd = agent.end();
                    return List.of(passive);
                }
            }
            TokenRange opened = v.quotationOpeningAt(after);
            if (opened != null && opensClauseAsSubject(after)) {
                opened = null; // "said that "criminals" had infiltrated the protests": the clause is the claim
            }
            // A quote ending in "?" or "!" closes its own sentence: `"Why?" Clinton said.`
            boolean quoteBefore = before >= from - 1 && before >= 0 && v.sameLine(before, before + 1)
                    && (closingMarkOf[before] >= 0
                    || v.isComma(before) && before - 1 >= 0 && closingMarkOf[before - 1] >= 0);
            if (quoteBefore && opened == null && substantial(after, to)) {
                int mark = closingMarkOf[before] >= 0 ? before : before - 1;
                QuotedSpan span = quoted.get(closingMarkOf[mark]);
                // A title in quotation marks is no quote; nor is a quotation that closed its own sentence when
                // the cue has a clause of its own: `"… forever." He added that Sandhurst would …`.
                quoteBefore = span.end() - span.first() >= 4 && !v.isEnd(span.end() - 1);
            }
            boolean clauseBefore = !quoteBefore && before > from && v.isComma(before);
            List<Draft> found = new ArrayList<>();
            // "…, she said." frames what stands before; "In a statement, she said …" introduces what follows.
            if (quoteBefore || clauseBefore && opened == null && endsClause(after, to)) {
                TokenRange content = contentBefore(before, from);
                if (content != null) {
                    found.add(withContent(draft, content, v.isDirect(content)));
                }
            }
            if (opened != null) {
                found.add(found.isEmpty() ? withContent(draft, opened, true) : draft.continuing(opened, true));
            } else if (found.isEmpty() || clauseBefore && v.isComma(after) && substantial(after + 1, to)
                    && !isParticipleCue(after + 1) && !opensContrastingClaim(after + 1, to)) {
                // "The raid, officials said, was illegal": the clause goes on after the parenthetical cue
                Draft target = found.isEmpty() ? draft : draft.continuing(null, false);
                TokenRange content = contentAfter(target, found.isEmpty() ? after : after + 1, to);
                if (content != null) {
                    found.add(withContent(target, content, false));
                }
            }
            return found;
        }

        /**
         * "…, the defence ministry said on Saturday, while the regional governor said one woman was killed": the
         * clause after the cue is another speaker's claim, found when the scan reaches its cue.
         */
        private boolean opensContrastingClaim(int first, int to) {
            if (first >= to || !CONTRASTS.contains(lower[first])) {
                return false;
            }
            for (int i = first + 2; i < to; i++) {
                if (insideQuote[i] < 0 && cueAt(i, to) != null) {
                    // a speaker of its own: not "while suggesting that", nor "and was forecast to"
                    TokenRange subject = isParticipleCue(i) ? null : speakers.subjectBefore(v, i, first + 1);
                    return subject != null && subject.first() > first;
                }
            }
            return false;
        }

        /** "The minister said … and warned …": the attribution of this sentence the cue is joined to, or null. */
        private Draft joinedTo(int cue, int from) {
            int link = cue - 1;
            while (link > from && modifiers.contains(lower[link])) {
                link--;
            }
            Draft last = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
            boolean joined = link > from && COORDINATORS.contains(lower[link]) && last != null
                    && last.cue.first() >= from && last.cue.first() < link;
            return joined ? last : null;
        }

        /** "Karimi, citing press reports, said …": the index of "citing" in a parenthesis just before the cue, or -1. */
        private int parentheticalCitation(int cue, int from) {
            if (!v.isComma(cue - 1)) {
                return -1;
            }
            for (int k = cue - 2; k > from && cue - k < 14; k--) {
                if (v.isComma(k) || insideQuote[k] >= 0) {
                    return -1;
                }
                if (CITING.contains(lower[k])) {
                    return v.isComma(k - 1) && k + 1 < cue - 1 ? k : -1;
                }
            }
            return -1;
        }

        /** The first comma outside quotation marks from {@code k}, or {@code to}. */
        private int clauseEnd(int k, int to) {
            for (int i = k; i < to; i++) {
                if (v.isComma(i) && insideQuote[i] < 0) {
                    return i;
                }
            }
            return to;
        }

        /**
         * A passive ("he was asked", "it is said") or a verb of appearance ("the crowd seemed …") has a subject
         * that does not speak; PolNeAR then gives no source. "Officials were cited as saying" does speak.
         */
        private boolean subjectNamesNoSpeaker(TokenRange speaker, Cue cue) {
            if (APPEARANCE.contains(lower[cue.first()])) {
                return true;
            }
            if (NAMING.contains(lower[cue.first()]) && speaker.end() == cue.first()
                    && (lower[speaker.first()].equals("a") || lower[speaker.first()].equals("an"))
                    && cue.end() < tokens.size() && (v.capitalized(cue.end()) || openingMarkOf[cue.end()] >= 0)) {
                return true; // "a super PAC called Our Principles": a name, given by nobody in particular
            }
            if (cue.end() - cue.first() == 3 || STANCES.contains(lower[cue.first()])) {
                return false; // "cited as saying", "is worried that"
            }
            // only the words after an apposition count: "Bamberg, who is 28, said" is active
            for (int i = cue.first() - 1; i >= speaker.end() && !v.isComma(i); i--) {
                if (BE.contains(lower[i])) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "Frank Luntz, a Republican expert, said Mr. Cameron had failed": a name with its apposition opening the
         * sentence is the subject, and the comma before the cue closes the apposition, not a reported clause.
         */
        private boolean isOpeningApposition(TokenRange speaker, int from) {
            if (speaker.first() != afterDateline(from, speaker.end()) || !v.capitalized(speaker.first())) {
                return false;
            }
            for (int i = speaker.first(); i <= speaker.end(); i++) {
                if (v.isComma(i)) {
                    return true; // the apposition is in the phrase, or a relative clause left out of it follows
                }
            }
            return false;
        }

        /** "…, said David Gilbert, its president." : a comma, an inverting verb, and a name running to the end. */
        private boolean invertsAfterComma(Cue cue, int to) {
            if (!v.isComma(cue.first() - 1) || !INVERTING.contains(lower[cue.first()])) {
                return false;
            }
            TokenRange after = speakers.speakerAfter(v, channels, cue.end(), to);
            if (after == null) {
                return false;
            }
            int end = after.end();
            return end >= to || v.isEnd(end) || v.isComma(end) || lower[end].equals("\"")
                    || lower[end].equals("and") || lower[end].equals("who") || lower[end].equals(":");
        }

        /** "…," said Smith, the ministry's spokesman. */
        private List<Draft> inverted(TokenRange cue, int from, int to) {
            int before = cue.first() - 1;
            TokenRange speaker = INVERTING.contains(lower[cue.first()]) ? speakers.speakerAfter(v, channels,
                    cue.end(), to) : null;
            boolean framed = before >= from && v.isComma(before)
                    || before >= from - 1 && before >= 0 && closingMarkOf[before] >= 0 && v.sameLine(before,
                            cue.first());
            if (speaker == null || !framed) {
                return List.of();
            }
            TokenRange content = contentBefore(before, from);
            return content == null ? List.of() : List.of(new Draft(content, v.isDirect(content), cue, speaker));
        }

        /** Whether nothing the cue could introduce follows it: the sentence ends, a comma, "at the time". */
        private boolean endsClause(int k, int to) {
            return k >= to || v.isEnd(k) || v.isComma(k) || PREPOSITIONS.contains(lower[k]) && !lower[k].equals("to");
        }

        /** Whether a reported clause can start at {@code k}: a few words, not a prepositional tail. */
        private boolean substantial(int k, int to) {
            if (k >= to || v.isEnd(k) || PREPOSITIONS.contains(lower[k])) {
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
            if (cue.first() == from) {
                return openingParticiple(cue, from, to);
            }
            if (CITING.contains(lower[cue.first()])) {
                return List.of(); // what is cited is a source: of the verb after it, or of the clause it ends
            }
            TokenRange speaker = speakers.subjectBefore(v, cue.first(), from);
            if (speaker != null && speaker.first() > from && !v.capitalized(speaker.first() - 1)
                    && Character.isLetter(lower[speaker.first() - 1].charAt(0))
                    && !boundaries.contains(lower[speaker.first() - 1])) {
                // "She sent a tweet saying …": the phrase is the verb's object; the clause's subject speaks
                speaker = speakers.subjectAtStart(v, from, cue.first());
            }
            if (v.isComma(cue.first() - 1)) {
                // ", saying …" continues the clause before: its speaker, or the subject it opens with
                Draft last = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
                speaker = last != null && last.speaker.first() >= from && !last.unnamed ? last.speaker
                        : speakers.subjectAtStart(v, from, cue.first());
            }
            if (speaker == null) {
                speaker = speakers.subjectAtStart(v, from, cue.first()); // "Trump landed in trouble by saying …"
            }
            if (speaker == null) {
                return List.of();
            }
            Draft draft = new Draft(null, false, new TokenRange(cue.first(), cue.end()), speaker);
            int after = skipAfterCue(draft, cue.end(), to);
            TokenRange opened = v.quotationOpeningAt(after);
            TokenRange content = opened != null ? opened : contentAfter(draft, after, to);
            return content == null ? List.of() : List.of(withContent(draft, content, opened != null));
        }

        /** "Claiming the criticism was unfair, Trump told Fox …": the subject after the comma speaks. */
        private List<Draft> openingParticiple(Cue cue, int from, int to) {
            int comma = cue.end();
            while (comma < to && !v.isComma(comma)) {
                comma++;
            }
            TokenRange content = trim(new TokenRange(cue.end(), comma));
            TokenRange speaker = comma + 1 < to ? speakers.subjectAtStart(v, comma + 1, to) : null;
            if (speaker == null || content.end() - content.first() < 2) {
                return List.of();
            }
            return List.of(new Draft(content, false, new TokenRange(cue.first(), cue.end()), speaker));
        }

        /** Where "as saying" stands within a few words from {@code k} ("quoted the ministry as saying"), or -1. */
        private int asSayingAfter(int k, int to) {
            for (int j = k; j + 1 < to && j < k + MAX_QUOTED_PHRASE; j++) {
                if (lower[j].equals("as") && lower[j + 1].equals("saying")) {
                    return j;
                }
                if (v.isEnd(j) || insideQuote[j] >= 0) {
                    return -1;
                }
            }
            return -1;
        }

        /**
         * "TASS quoted the ministry as saying …", "The spokesman was quoted by Xinhua (in a French paper) as saying
         * …": the one quoted speaks, and the one quoting relays. The claim follows, or, where nothing does, is the
         * clause before: `Video games are "big business", the paper quoted Mr Chernin as saying.`
         */
        private List<Draft> quotedAsSaying(Cue cue, int from, int to) {
            int as = cue.end() - 2;
            boolean passive = PREPOSITIONS.contains(lower[cue.first() + 1]);
            TokenRange named = speakers.phraseAfter(v, cue.first() + (passive ? 2 : 1), as);
            TokenRange subject = speakers.subjectBefore(v, cue.first(), from);
            TokenRange speaker = passive ? subject : named;
            TokenRange relay = passive ? named : subject;
            if (speaker == null) {
                return List.of();
            }
            Draft draft = new Draft(null, false, new TokenRange(cue.first(), cue.end()), speaker);
            if (relay != null) {
                draft.relays.add(relay);
            }
            int after = skipAfterCue(draft, cue.end(), to);
            TokenRange opened = v.quotationOpeningAt(after);
            TokenRange content;
            if (opened == null && (after >= to || v.isEnd(after)) && subject != null
                    && v.isComma(subject.first() - 1)) {
                content = contentBefore(subject.first() - 1, from);
            } else {
                content = opened != null ? opened : contentAfter(draft, after, to);
            }
            return content == null ? List.of()
                    : List.of(withContent(draft, content, opened != null || v.isDirect(content)));
        }

        /** "According to X, …" and "…, according to X." */
        private List<Draft> according(Cue cue, int from, int to) {
            TokenRange speaker = speakers.phraseAfter(v, cue.end(), to);
            if (speaker == null) {
                return List.of();
            }
            Draft draft = new Draft(null, false, new TokenRange(cue.first(), cue.end()), speaker);
            int after = speaker.end();
            if (after + 2 < to && MEDIATE_VERBS.contains(lower[after])
                    && (lower[after + 1].equals("by") || lower[after + 1].equals("in"))) {
                // "according to officials cited by the Times of India": the paper passed on what they said
                TokenRange relay = speakers.phraseAfter(v, after + 2, to);
                if (relay != null) {
                    draft.relays.add(relay);
                    after = relay.end();
                }
            }
            int before = cue.first() - 1;
            TokenRange content;
            if (before > from && !claimed[before]) {
                // "…, according to X." and "… 46 percent according to a CBS poll."
                content = contentBefore(v.isComma(before) ? before : cue.first(), from);
            } else {
                content = contentAfter(draft, v.isComma(after) ? after + 1 : after, to);
            }
            return content == null ? List.of() : List.of(withContent(draft, content, v.isDirect(content)));
        }

        private Draft withContent(Draft draft, TokenRange content, boolean direct) {
            draft.content = content;
            draft.direct = direct;
            return draft;
        }

        private boolean isParticipleCue(int i) {
            return cueWords.contains(lower[i]) && lower[i].endsWith("ing");
        }

        // ---- speakers ----------------------------------------------------------------------------------

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
                int channelEnd = ChannelPhrases.endAt(channels, k);
                int that = thatAfterPhrase(k, limit);
                // "said in a statement posted on its website that …": the channel's participle phrase
                int thatAfterChannel = draft.channel != null && w.endsWith("ed") && k + 1 < limit
                        ? thatAfterPhrase(k + 1, limit) : -1;
                if (channelEnd >= 0) {
                    draft.channel = v.excerpt(new TokenRange(k, channelEnd));
                    k = channelEnd;
                } else if (k > draft.cue.end() && openingMarkOf[k] >= 0 && isTitle(quoted.get(openingMarkOf[k]),
                        limit)) {
                    k = quoted.get(openingMarkOf[k]).closeEnd(); // "told MSNBC's "Morning Joe" that …"
                } else if (w.equals("that") || w.equals(":") || w.equals(",") && k + 1 < limit
                        && (ChannelPhrases.endAt(channels, k + 1) >= 0 || lower[k + 1].equals("that")
                                || openingMarkOf[k + 1] >= 0)) {
                    k++;
                } else if (onConditionOfAnonymity(k, limit)) {
                    k += 4; // "told Yonhap on condition of anonymity that …": how the source spoke, not what
                } else if (w.equals("on") && k + 1 < limit && timeWords.contains(lower[k + 1])) {
                    k++; // "praised on Saturday a police operation": the day, whatever follows it
                    while (k < limit && timeWords.contains(lower[k]) && !lower[k].equals("on")) {
                        k++;
                    }
                } else if (timeWords.contains(w) && timeRunEnd(k, limit) > k) {
                    k = timeRunEnd(k, limit); // "said Friday afternoon, as …", "said Tuesday that …"
                } else if (that > k) {
                    k = that + 1; // "says in Ohio that she's thrilled"
                } else if (thatAfterChannel > k) {
                    k = thatAfterChannel + 1;
                } else if (addressable && draft.cue.end() == k && insideQuote[k] < 0 && openingMarkOf[k] < 0) {
                    TokenRange addressee = speakers.addresseeAt(v, k, to);
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

        private boolean onConditionOfAnonymity(int k, int limit) {
            return k + 3 < limit && lower[k].equals("on") && lower[k + 1].equals("condition")
                    && lower[k + 2].equals("of") && lower[k + 3].equals("anonymity");
        }

        /**
         * Where the "that" after a short prepositional phrase at {@code k} stands ("in Ohio that …", "at the time
         * that …", "on its website that …"), else -1: the phrase says where or when, the clause after "that" what.
         * A second place or time may follow the first ("in Ankara on Friday that …"). Only where a subject opens
         * the clause (a name, a pronoun, a determiner, a number), so not a "that" opening a relative clause ("at
         * the market that runs alongside it"), nor one after a noun whose content it gives ("against allegations
         * that …", which the speaker rejects), nor one past a comma, a quotation mark, a relative pronoun, a
         * preposition of no place or time, or a cue ("for a bill which would ensure that …").
         */
        private int thatAfterPhrase(int k, int limit) {
            if (!PREPOSITIONS.contains(lower[k]) || lower[k].equals("to")) {
                return -1;
            }
            for (int j = k + 1; j < limit && j <= k + MAX_PHRASE_BEFORE_THAT; j++) {
                if (lower[j].equals("that")) {
                    return j > k + 1 && j + 1 < limit && !CONTENT_NOUNS.contains(lower[j - 1])
                            && opensSubject(j + 1) ? j : -1;
                }
                if (v.isComma(j) || v.isEnd(j) || openingMarkOf[j] >= 0 || insideQuote[j] >= 0
                        || PREPOSITIONS.contains(lower[j]) && !PLACE_PREPOSITIONS.contains(lower[j])
                        || RELATIVES.contains(lower[j]) || cueWords.contains(lower[j])) {
                    return -1;
                }
            }
            return -1;
        }

        /** Whether a clause's subject can start at {@code i}: a name, a pronoun, a determiner or a number. */
        private boolean opensSubject(int i) {
            String first = tokens.get(i).form();
            return v.capitalized(i) || Character.isDigit(first.charAt(0)) || pronouns.contains(lower[i])
                    || determiners.contains(lower[i]) || ARTICLES_AND_POSSESSIVES.contains(lower[i])
                    || lower[i].equals("there");
        }

        /** The end of the time words from {@code k} when "that", a comma or the sentence end follows them, else k. */
        private int timeRunEnd(int k, int limit) {
            int j = k;
            while (j < limit && timeWords.contains(lower[j]) && !lower[j].equals("on")) {
                j++;
            }
            boolean closed = j >= limit || lower[j].equals("that") || v.isComma(j) || v.isEnd(j);
            // "said last week's raid was legal": "last" opens the claim unless "that" ends the time ("told the
            // BBC last year that …")
            boolean opensClaim = (lower[k].equals("this") || lower[k].equals("last"))
                    && !(j < limit && lower[j].equals("that"));
            return closed && !opensClaim ? j : k;
        }

        /** A few words in marks with the sentence going on after them: a programme's or a book's title. */
        /** Whether the quotation opening at {@code mark} is the subject of a clause its verb goes on with. */
        private boolean opensClauseAsSubject(int mark) {
            int next = quoted.get(openingMarkOf[mark]).closeEnd();
            return next < tokens.size() && FINITE_AFTER_SUBJECT.contains(lower[next]);
        }

        /**
         * Whether a short quotation after a cue is a title ("told MSNBC's "Morning Joe" that"): capitalised, as
         * titles are; a scare-quoted word is the claim's own ("said that "criminals" had infiltrated …").
         */
        private boolean isTitle(QuotedSpan span, int to) {
            return span.end() - span.first() < 4 && span.closeEnd() < to && !v.isEnd(span.closeEnd())
                    && !v.isComma(span.closeEnd()) && v.capitalized(span.first());
        }

        private boolean isOutlet(TokenRange range) {
            if (GATHERINGS.contains(lower[range.end() - 1])) {
                return false; // "told a news conference": an audience, whatever kind of words it had
            }
            for (int i = range.first(); i < range.end(); i++) {
                if (relayWords.contains(lower[i])) {
                    return true;
                }
            }
            return false;
        }

        /** The content that ends at the comma or closing mark at {@code before}: the quotation, or the clause. */
        private TokenRange contentBefore(int before, int from) {
            int mark = closingMarkOf[before] >= 0 ? before
                    : before - 1 >= 0 && closingMarkOf[before - 1] >= 0 ? before - 1 : -1;
            if (mark >= 0) {
                QuotedSpan span = quoted.get(closingMarkOf[mark]);
                if (span.first() >= from || !overlapsDraft(new TokenRange(span.first(), span.end()))) {
                    return new TokenRange(span.first(), span.end());
                }
            }
            int start = afterDateline(from, before);
            if (start + 2 < before && LINKING_ADVERBS.contains(lower[start]) && v.isComma(start + 1)) {
                start += 2; // "Separately, police detained 23 suspects, security sources said": the reporter's link
            }
            while (start < before && claimed[start]) {
                start++;
            }
            TokenRange content = trim(new TokenRange(start, before));
            return content.end() - content.first() < 2 ? null : content;
        }

        /** A channel set off by commas inside a speaker phrase ("the ministry, in a statement, said"), or null. */
        private TokenRange channelAside(TokenRange speaker) {
            for (int k = speaker.first() + 1; k + 1 < speaker.end(); k++) {
                int end = v.isComma(k) ? ChannelPhrases.endAt(channels, k + 1) : -1;
                if (end >= 0) {
                    return new TokenRange(k + 1, end);
                }
            }
            return null;
        }

        /** Whether a cue stands in {@code [from, to)}: the reporter's "…, Anadolu reported" after a name someone gave. */
        private boolean cueBetween(int from, int to) {
            for (int j = from; j < to; j++) {
                if (insideQuote[j] < 0 && cueAt(j, to) != null) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Past a dateline that opens the sentence ("TIRANA (Reuters) - "), else {@code from}: the one the reader
         * found, or one that looks like it (a capitalised run and a dash) where the text came without it.
         */
        private int afterDateline(int from, int limit) {
            String dateline = v.analysis.article().dateline();
            if (dateline != null && v.analysis.article().text().startsWith(dateline)
                    && tokens.get(from).end() <= dateline.length()) {
                int i = from;
                while (i < limit && tokens.get(i).end() <= dateline.length()) {
                    i++;
                }
                return i;
            }
            boolean inBrackets = false; // "(Press Trust of India)": the outlet's name may have small words
            for (int i = from; i < limit && i - from < 12; i++) {
                if (TokenView.DASHES.contains(lower[i])) {
                    return i > from ? i + 1 : from;
                }
                inBrackets = lower[i].equals("(") || inBrackets && !lower[i].equals(")");
                boolean datelineWord = v.capitalized(i) || inBrackets || lower[i].equals(")")
                        || lower[i].equals(",") || Character.isDigit(lower[i].charAt(0)) || lower[i].equals(".");
                if (!datelineWord) {
                    return from;
                }
            }
            return from;
        }

        /** The reported clause from {@code start} to the sentence end, less relays and sources at its edges. */
        private TokenRange contentAfter(Draft draft, int start, int to) {
            if (start + 1 < to && lower[start].equals("as") && openingMarkOf[start + 1] >= 0) {
                // "what officials described as "rioters and thugs" in Ahvaz, …, Tasnim reported": the words they
                // used are theirs, the rest of the sentence is the one who reports it
                QuotedSpan words = quoted.get(openingMarkOf[start + 1]);
                draft.consumedEnd = words.closeEnd();
                return new TokenRange(words.first(), words.end());
            }
            boolean afterWhat = draft.speaker != null && draft.speaker.first() > 0
                    && lower[draft.speaker.first() - 1].equals("what");
            if (afterWhat) {
                // "raids targeting what the government calls the Fethullah Terrorist Organisation (FETO), the
                // state-run Anadolu news agency reported": a name someone gives, up to the comma; the sentence
                // around it is the reporter's
                int comma = start;
                while (comma < to && !v.isComma(comma) && !v.isEnd(comma)) {
                    comma++;
                }
                if (comma < to && comma - start >= 1 && cueBetween(comma + 1, to)) {
                    draft.consumedEnd = comma;
                    return trim(new TokenRange(start, comma));
                }
            }
            draft.consumedEnd = to;
            int end = to;
            TokenRange relay = trailingRelay(start, end);
            if (relay != null) {
                draft.relays.add(0, relay);
                end = relay.first() - 1;
            }
            end = trailingChannel(draft, start, end);
            for (int i = start; i < end; i++) {
                if (v.isComma(i - 1) && i + 1 < end && (CITING.contains(lower[i])
                        || lower[i].equals("according") && lower[i + 1].equals("to"))) {
                    boolean according = !CITING.contains(lower[i]);
                    TokenRange source = speakers.phraseAfter(v, according ? i + 2 : i + 1, end);
                    if (source != null && according && isOutlet(source)) {
                        draft.relays.add(0, source); // "…, according to the state news agency IRNA": it passed it on
                    } else if (source != null) {
                        draft.sources.add(source);
                        citedClaim(draft, new TokenRange(i, i + 1), source, end);
                    }
                    end = i - 1;
                    break;
                }
            }
            if (relay == null && end < to) {
                // "… denied the accusations, the Interfax news agency reported, citing a source …": the relay
                // stands before the citation
                relay = trailingRelay(start, end);
                if (relay != null) {
                    draft.relays.add(0, relay);
                    end = relay.first() - 1;
                }
            }
            int second = coordinatedCue(start, end);
            if (second < end) {
                end = second;
                draft.consumedEnd = second; // the second cue and its claim are left for the scan to find
                if (draft.channel == null) {
                    end = trailingChannel(draft, start, end); // "… in a post on X, accusing …"
                }
            }
            TokenRange content = trim(new TokenRange(start, end));
            if (content.end() - content.first() < 2 && !(content.end() > content.first()
                    && isObjectWord(content.first()))) {
                return null;
            }
            innerSources(draft, content);
            return content;
        }

        /**
         * "… said the raid was illegal and warned that …", "…, saying …", "though she acknowledged …": a cue
         * coordinated with the one before opens a claim of its own, so the first claim ends before it. Returns
         * where the first claim ends (the connective), or {@code end} when no such cue follows.
         */
        private int coordinatedCue(int start, int end) {
            for (int i = start + 2; i < end; i++) {
                if (insideQuote[i] >= 0 || cueAt(i, end) == null) {
                    continue;
                }
                int link = i - 1;
                while (link > start && (modifiers.contains(lower[link]) || pronouns.contains(lower[link]))) {
                    link--; // "and she also said"
                }
                boolean coordinated = COORDINATORS.contains(lower[link]) && link > start
                        || v.isComma(link) && link == i - 1 && isParticipleCue(i);
                if (coordinated) {
                    return v.isComma(link - 1) ? link - 1 : link;
                }
                // "…, while Germany's foreign ministry said the charges were absurd": a contrast with a speaker
                // of its own
                TokenRange subject = speakers.subjectBefore(v, i, start + 1);
                int contrast = subject == null ? -1 : subject.first() - 1;
                if (contrast > start + 1 && CONTRASTS.contains(lower[contrast]) && v.isComma(contrast - 1)) {
                    return contrast - 1;
                }
            }
            return end;
        }

        /**
         * "…, citing press reports that the group had planned attacks abroad": the reports' claim, which the
         * speaker passes on with the same relays.
         */
        private void citedClaim(Draft draft, TokenRange cue, TokenRange source, int end) {
            if (source.end() >= end || !lower[source.end()].equals("that")) {
                return;
            }
            TokenRange content = trim(new TokenRange(source.end() + 1, end));
            if (content.end() - content.first() >= 2) {
                Draft claim = draft.continuing(content, false);
                claim.cue = cue;
                claim.sources.clear();
                claim.sources.add(source);
                cited.add(claim);
            }
        }

        /**
         * "…, in a series of tweets relayed by the state TV channel IRINN." at the end of a reported clause: the
         * channel, and the medium that relayed it; returns where the content ends.
         */
        private int trailingChannel(Draft draft, int start, int end) {
            for (TokenRange channel : channels) {
                // after a comma, or after the speaker's words in marks ("dismissed the report as "propaganda" in
                // a post on X"): a channel with neither may be the claim's own ("the ban was announced in a statement")
                if (channel.first() - 1 <= start || channel.first() >= end || !v.isComma(channel.first() - 1)
                        && v.closingMarkOf[channel.first() - 1] < 0) {
                    continue;
                }
                int k = channel.end();
                TokenRange relay = null;
                if (k + 1 < end && RELAYING.contains(lower[k]) && lower[k + 1].equals("by")) {
                    relay = speakers.phraseAfter(v, k + 2, end);
                    k = relay == null ? k : relay.end();
                }
                while (k < end && TokenView.CLAUSE_PUNCTUATION.contains(lower[k])) {
                    k++;
                }
                if (k < end) {
                    continue; // the clause goes on after the channel
                }
                draft.channel = v.excerpt(channel);
                if (relay != null) {
                    draft.relays.add(relay);
                }
                return v.isComma(channel.first() - 1) ? channel.first() - 1 : channel.first();
            }
            return end;
        }

        /** "…, the state TV channel reported." at the end of a reported clause. */
        private TokenRange trailingRelay(int start, int end) {
            int last = end - 1;
            while (last > start && TokenView.CLAUSE_PUNCTUATION.contains(tokens.get(last).form())) {
                last--;
            }
            if (last <= start || !cueWords.contains(lower[last]) || lower[last].endsWith("ing")
                    || insideQuote[last] >= 0) {
                return null;
            }
            TokenRange subject = speakers.subjectBefore(v, last, start);
            if (subject == null || subject.first() - 1 <= start || !v.isComma(subject.first() - 1)) {
                return null;
            }
            return subject;
        }

        /** Sources the speaker invokes inside the clause: "officials were cited as saying", "it was announced". */
        private void innerSources(Draft draft, TokenRange content) {
            for (int i = content.first(); i + 1 < content.end(); i++) {
                if (insideQuote[i] >= 0) {
                    continue;
                }
                if (MEDIATE_VERBS.contains(lower[i]) && i + 2 < content.end() && lower[i + 1].equals("as")
                        && lower[i + 2].equals("saying")) {
                    TokenRange subject = speakers.subjectBefore(v, i, content.first());
                    if (subject != null) {
                        draft.sources.add(subject);
                    }
                } else if (lower[i].equals("it") && i + 2 < content.end() && (lower[i + 1].equals("was")
                        || lower[i + 1].equals("is") || lower[i + 1].equals("has")) && IMPERSONAL_VERBS.contains(
                        lower[i + 1].equals("has") && i + 3 < content.end() ? lower[i + 3] : lower[i + 2])) {
                    draft.sources.add(new TokenRange(i, lower[i + 1].equals("has") ? i + 4 : i + 3));
                } else if (lower[i].equals("according") && lower[i + 1].equals("to")) {
                    TokenRange source = speakers.phraseAfter(v, i + 2, content.end());
                    if (source != null) {
                        draft.sources.add(source);
                    }
                }
            }
        }

        /** One word that can be all a cue is about: "endorsed Clinton", "backed Sanders", not "said Tuesday". */
        private boolean isObjectWord(int i) {
            return Character.isLetterOrDigit(tokens.get(i).form().charAt(0)) && !timeWords.contains(lower[i])
                    && !PREPOSITIONS.contains(lower[i]) && !boundaries.contains(lower[i])
                    && !pronouns.contains(lower[i]);
        }

        private TokenRange trim(TokenRange range) {
            int first = range.first();
            int end = range.end();
            while (first < end && (lower[first].equals("that")
                    || TokenView.CLAUSE_PUNCTUATION.contains(lower[first]))) {
                first++;
            }
            while (end > first && TokenView.CLAUSE_PUNCTUATION.contains(lower[end - 1])) {
                end--;
            }
            return new TokenRange(first, end);
        }

        // ---- quotations nobody introduces ----------------------------------------------------------------

        /**
         * A quotation no cue claimed continues the attribution just before it ("…," she said. "We …"), as
         * news writing does; scare quotes (a few words) with no cue are the article's own voice.
         */
        private void continueQuotations() {
            List<Draft> continued = new ArrayList<>();
            // The attribution just before each quotation, found in one sweep over both in text order: the first
            // of those whose content ends last before it.
            List<Draft> byEnd = new ArrayList<>(drafts);
            byEnd.sort(Comparator.comparingInt(d -> d.content.end()));
            List<QuotedSpan> inOrder = new ArrayList<>(quoted);
            inOrder.sort(Comparator.comparingInt(QuotedSpan::first));
            Draft previous = null;
            int next = 0;
            for (QuotedSpan span : inOrder) {
                TokenRange content = new TokenRange(span.first(), span.end());
                for (; next < byEnd.size() && byEnd.get(next).content.end() <= content.first(); next++) {
                    if (previous == null || byEnd.get(next).content.end() > previous.content.end()) {
                        previous = byEnd.get(next);
                    }
                }
                if (overlapsDraft(content) || span.end() - span.first() < 4) {
                    continue;
                }
                TokenRange signed = signature(span.closeEnd());
                if (signed != null) {
                    continued.add(new Draft(content, true, new TokenRange(span.closeEnd(), span.closeEnd() + 1),
                            signed));
                    continue;
                }
                if (previous != null && !otherPersonBetween(previous, content.first())) {
                    continued.add(previous.continuing(content, true));
                }
            }
            drafts.addAll(continued);
        }

        /**
         * Whether someone other than the earlier attribution's speaker is named between its content and the token
         * {@code first}: the quotation is then as likely theirs, and continuing the earlier speaker would guess.
         */
        private boolean otherPersonBetween(Draft previous, int first) {
            int start = tokens.get(previous.content.end() - 1).end();
            int end = tokens.get(first).start();
            String speaker = previous.unnamed ? null : entityOf(previous.speaker);
            for (MentionIndex.Entry entry : mentionIndex.overlapping(start, end)) {
                Mention m = entry.mention();
                if (entry.entity().type() == EntityType.PERSON && !entry.entity().id().equals(speaker)
                        && m.kind() == MentionKind.NAME && m.start() >= start && m.end() <= end) {
                    return true;
                }
            }
            return false;
        }

        /** `"…" - Carla Sanchez`: a name after a dash signs the quotation before it. */
        private TokenRange signature(int dash) {
            if (dash + 1 >= tokens.size() || !lower[dash].equals("-") || !v.capitalized(dash + 1)
                    || !v.sameLine(dash, dash + 1)) {
                return null;
            }
            int end = dash + 1;
            while (end < tokens.size() && end - dash <= 5 && (v.capitalized(end) || lower[end].equals("."))
                    && v.sameLine(dash, end)) {
                end++;
            }
            while (end - 1 > dash + 1 && lower[end - 1].equals(".")) {
                end--;
            }
            return new TokenRange(dash + 1, end);
        }

        // ---- output --------------------------------------------------------------------------------------

        private void finish(Draft draft, int from, int to) {
            if (draft.channel == null) {
                draft.channel = nearestChannel(draft);
            }
            if (draft.speaker != null) {
                draft.speaker = withWholeName(draft.speaker, from);
            }
            drafts.add(draft);
            Arrays.fill(inContent, draft.content.first(), draft.content.end(), true);
            int first = Math.min(draft.content.first(), Math.min(draft.cue.first(), draft.speaker.first()));
            int end = Math.max(draft.consumedEnd,
                    Math.max(draft.content.end(), Math.max(draft.cue.end(), draft.speaker.end())));
            for (TokenRange r : draft.relays) {
                first = Math.min(first, r.first());
                end = Math.max(end, r.end()); // "according to officials quoted by the Hindustan Times"
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
                if (d.direct && tokens.get(d.content.end() - 1).form().equals(",")
                        && d.content.end() - 1 > d.content.first()) {
                    end = tokens.get(d.content.end() - 2).end(); // "We will stay," she said: the comma is the frame's
                }
                String text = analysis.article().text();
                Excerpt speaker = d.unnamed ? null : v.excerpt(d.speaker);
                String entity = speaker == null ? null : entityOf(d.speaker);
                if (speaker != null && entity == null) {
                    entity = speakerOfRecord(speaker, quotes);
                }
                quotes.add(new Quote("q" + (quotes.size() + 1), start, end, text.substring(start, end), d.direct,
                        v.excerpt(d.cue), entity, speaker, d.channel,
                        d.relays.stream().filter(r -> !namesOutlet(r)).map(this::source).toList(),
                        d.sources.stream().map(this::source).toList()));
            }
            return quotes;
        }

        /**
         * The speaker of the record a speaker phrase names ("…, the statement said"): the speaker of the nearest
         * earlier claim that went out through such a record ("the FSB press service said in a statement"), or
         * null.
         */
        private static String speakerOfRecord(Excerpt speaker, List<Quote> earlier) {
            String phrase = speaker.text().toLowerCase(Locale.ROOT);
            if (!phrase.startsWith("the ") || !RECORDS.contains(phrase.substring(4))) {
                return null;
            }
            String record = phrase.substring(4);
            for (int q = earlier.size() - 1; q >= 0; q--) {
                Quote quote = earlier.get(q);
                if (quote.speaker() != null && quote.channel() != null
                        && quote.channel().text().toLowerCase(Locale.ROOT).contains(record)) {
                    return quote.speaker();
                }
            }
            return null;
        }

        /**
         * Whether a relay is the article's own outlet, which heads every chain: "told Reuters" in a Reuters story,
         * "the semi-official Tasnim news agency reported" in Tasnim's.
         */
        private boolean namesOutlet(TokenRange relay) {
            String outlet = analysis.article().outlet();
            if (outlet == null || outlet.isBlank()) {
                return false;
            }
            String text = v.excerpt(relay).text();
            int at = text.toLowerCase(Locale.ROOT).indexOf(outlet.toLowerCase(Locale.ROOT));
            int end = at + outlet.length();
            return at >= 0 && (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
        }

        private Source source(TokenRange range) {
            Excerpt e = v.excerpt(range);
            return new Source(entityOf(range), e.text(), e.start(), e.end());
        }

        /** The entity a speaker or source phrase names ({@link #entityNamedIn}), unless it only modifies a noun. */
        private String entityOf(TokenRange phrase) {
            String id = entityNamedIn(phrase);
            return id != null && onlyModifiesNoun(id, phrase) ? null : id;
        }

        /**
         * Whether the entity is a nationality, group word or other name the recogniser left untyped that in this
         * phrase only modifies a noun after it ("The German carmaker", "Russian news agencies", "Western
         * officials"): the speaker is the carmaker, not the Germans.
         * "Most Republicans" and "Democrats" name their speakers.
         */
        private boolean onlyModifiesNoun(String id, TokenRange phrase) {
            int start = tokens.get(phrase.first()).start();
            int end = tokens.get(phrase.end() - 1).end();
            boolean found = false;
            for (MentionIndex.Entry entry : mentionIndex.overlapping(start, end)) {
                if (!entry.entity().id().equals(id)) {
                    continue;
                }
                if (entry.entity().type() != EntityType.NORP
                        && !(entry.entity().type() == EntityType.MISC && isAdjective(entry.mention().text()))) {
                    return false;
                }
                int after = tokenStartingAt(entry.mention().end(), phrase.first(), phrase.end());
                if (after >= phrase.end() || !Character.isLowerCase(tokens.get(after).form().charAt(0))
                        || PREPOSITIONS.contains(lower[after]) || cueWords.contains(lower[after])) {
                    return false;
                }
                found = true;
            }
            return found;
        }

        /**
         * Whether an untyped name reads as an adjective: "Western", "European", "London-based", "anti-Musharraf";
         * not "Enron" ("former Enron directors" speak for Enron) or "British Retail Consortium".
         */
        private static boolean isAdjective(String name) {
            return name.indexOf(' ') < 0 && (name.indexOf('-') > 0 || ProperAdjectives.isProperAdjective(name));
        }

        /**
         * The entity a speaker or source phrase names, read from its head part, before any comma, dash or bracket
         * that opens an apposition. An English noun phrase ends in its head, so the mention that ends the part is
         * meant ("Liberal Democrat peer Lord Carlile", "Merck's head of research Peter Kim"), unless a preposition
         * governs it ("Lord Nicholls of Birkenhead"). Where the part ends in a title instead, the name opening the
         * apposition ({@link #nameOpening}); else the last mention before a prepositional tail ("analyst Mike
         * Powell of Dresdner Kleinwort", "the ministry's spokesman"); where the part holds none ("a spokesman for
         * the group"), the phrase's most overlapping one, unless a participle opens the rest ("speaking to …").
         */
        private String entityNamedIn(TokenRange phrase) {
            int partEnd = phrase.first() + 1;
            while (partEnd < phrase.end() && !v.isComma(partEnd) && !TokenView.DASHES.contains(lower[partEnd])
                    && !lower[partEnd].equals("(")) {
                partEnd++;
            }
            int start = tokens.get(phrase.first()).start();
            int end = tokens.get(partEnd - 1).end();
            List<MentionIndex.Entry> inside = mentionIndex.overlapping(start, end).stream()
                    .filter(e -> e.mention().start() >= start && e.mention().end() <= end).toList();
            MentionIndex.Entry head = null;
            for (MentionIndex.Entry entry : inside) {
                Mention m = entry.mention();
                if (m.end() == end && !governed(m, phrase.first(), partEnd)
                        && (head == null || m.start() < head.mention().start())) {
                    head = entry;
                }
            }
            if (head != null) {
                return head.entity().id();
            }
            MentionIndex.Entry last = lastBeforeTail(inside, phrase.first(), partEnd);
            String named = nameOpening(partEnd, phrase.end(),
                    last != null && qualifiesNounAfter(last.mention(), phrase.first(), partEnd));
            if (named != null) {
                return named;
            }
            if (last != null) {
                return last.entity().id();
            }
            if (v.isComma(partEnd) && opensParticiplePhrase(partEnd + 1, phrase.end())) {
                // "A lawyer, speaking to the BBC's Paul Adams, said", "The lawsuit, filed in Washington County,
                // alleges": the participle says how or where, and what it names does not speak
                return null;
            }
            MentionIndex.Entry overlapping = entryOverlapping(v.excerpt(phrase));
            int tail = locativeTail(phrase);
            if (overlapping != null && tokens.get(tail - 1).end() <= overlapping.mention().start()
                    && !SPEAKING_TYPES.contains(overlapping.entity().type())) {
                // "health officials in the Hamas-run enclave", "traders in Asia": where they are does not speak
                return null;
            }
            return overlapping == null ? null : overlapping.entity().id();
        }

        /** Where a phrase's part after "in" or "near" starts (the place its head is in), or its end when none. */
        private int locativeTail(TokenRange phrase) {
            for (int i = phrase.first() + 1; i < phrase.end(); i++) {
                if (LOCATIVES.contains(lower[i])) {
                    return i;
                }
            }
            return phrase.end();
        }

        /**
         * Whether a participle with a preposition or question after it opens the phrase at {@code i}: "speaking on
         * condition of anonymity", "asked about the raid", "writing in the Guardian"; not a title that ends in -ing
         * ("managing director of …"), nor a passive with its agent, who is the source ("The study, conducted by
         * consultancy Building Zones, found").
         */
        private boolean opensParticiplePhrase(int i, int limit) {
            if (i + 1 >= limit) {
                return false;
            }
            String w = lower[i];
            String next = lower[i + 1];
            return !v.capitalized(i) && w.length() > 4 && PARTICIPLE_OBJECTS.contains(next)
                    && (w.endsWith("ing") || w.endsWith("ed") && !next.equals("by"));
        }

        /** Whether a preposition governs the mention, past any article: "of the JCWI", "for the group". */
        private boolean governed(Mention m, int from, int to) {
            int before = tokenStartingAt(m.start(), from, to) - 1;
            while (before >= from && ARTICLES_AND_POSSESSIVES.contains(lower[before])) {
                before--;
            }
            return before >= from && PREPOSITIONS.contains(lower[before]);
        }

        /** The mention of {@code [from, to)} ending last before its first preposition outside a name. */
        private MentionIndex.Entry lastBeforeTail(List<MentionIndex.Entry> inside, int from, int to) {
            int tail = tokens.get(to - 1).end();
            for (int i = from + 1; i < to; i++) {
                int at = tokens.get(i).start();
                if (PREPOSITIONS.contains(lower[i])
                        && inside.stream().noneMatch(e -> e.mention().start() < at && at < e.mention().end())) {
                    tail = at; // "Lord Nicholls of …", not the "of" of "Ministry of Communications"
                    break;
                }
            }
            MentionIndex.Entry last = null;
            for (MentionIndex.Entry entry : inside) {
                if (entry.mention().start() < tail && (last == null || entry.mention().end() > last.mention().end())) {
                    last = entry;
                }
            }
            return last;
        }

        /**
         * The entity named where the apposition at {@code [from, to)} opens, past a title ("…, the Most Reverend
         * Peter Smith") or a bracketed acronym ("(IETF), Brian Carpenter"), not further on ("Ms Clarkson's
         * legal action, filed in Los Angeles Superior Court"); null if none. After a possessor or a name that
         * modifies a noun any name will do ("India's biggest oil firm, ONGC", "The United Nations agency for
         * Palestinian refugees, UNRWA"); else only a person's ("His party leader, Michael Howard"), not
         * "Its brands, well-known in Italy".
         */
        private String nameOpening(int from, int to, boolean afterQualifier) {
            for (int i = from + 1; i < to; i++) {
                int at = tokens.get(i).start();
                for (MentionIndex.Entry entry : mentionIndex.overlapping(at, at + 1)) {
                    if (entry.mention().start() == at && entry.mention().kind() == MentionKind.NAME
                            && (afterQualifier || entry.entity().type() == EntityType.PERSON)) {
                        return entry.entity().id();
                    }
                }
                if (!v.capitalized(i) && !ARTICLES_AND_POSSESSIVES.contains(lower[i]) && !v.isComma(i)
                        && !lower[i].equals(")")) {
                    return null;
                }
            }
            return null;
        }

        /**
         * The speaker phrase widened to the start of a name it begins inside: "The Kenya National Commission on
         * Human Rights (KNCHR) said" is read back from the bracket only to the preposition, "Human Rights (KNCHR)".
         */
        private TokenRange withWholeName(TokenRange speaker, int from) {
            int start = tokens.get(speaker.first()).start();
            int first = speaker.first();
            for (MentionIndex.Entry entry : mentionIndex.overlapping(start, start + 1)) {
                Mention m = entry.mention();
                if (m.kind() == MentionKind.NAME && m.start() < start && m.start() >= tokens.get(from).start()) {
                    first = Math.min(first, tokenStartingAt(m.start(), from, speaker.first()));
                }
            }
            for (int i = first; i < speaker.first(); i++) {
                boolean capitalised = Character.isUpperCase(tokens.get(i).form().charAt(0))
                        && !OPENING_CONNECTIVES.contains(lower[i]);
                boolean nameWord = i == first ? capitalised && !NAME_JOINERS.contains(lower[i])
                        : capitalised || NAME_JOINERS.contains(lower[i]);
                if (!nameWord) {
                    return speaker; // "If Fox …", "Bravery was The Times' …": the recogniser took in more than a name
                }
            }
            return first == speaker.first() ? speaker : new TokenRange(first, speaker.end());
        }

        /** The token of {@code [from, to)} that starts at char {@code start}, or {@code to}. */
        private int tokenStartingAt(int start, int from, int to) {
            int i = from;
            while (i < to && tokens.get(i).start() < start) {
                i++;
            }
            return i;
        }

        /** Whether the mention is followed by "'s" within {@code [from, to)}: "Argentina's President". */
        /**
         * Whether the mention owns or modifies the noun after it ("India's biggest oil firm", "The United Nations
         * agency for Palestinian refugees"), so that a name in apposition is the phrase's rather than it.
         */
        private boolean qualifiesNounAfter(Mention m, int from, int to) {
            int after = tokenStartingAt(m.end(), from, to);
            return after < to && (lower[after].equals("'s") || lower[after].equals("’s")
                    || m.kind() == MentionKind.NAME && Character.isLowerCase(tokens.get(after).form().charAt(0))
                    && !PREPOSITIONS.contains(lower[after]) && !cueWords.contains(lower[after]));
        }

        /** The entity with the mention overlapping the phrase most; on a tie, the one nearer its end (its head). */
        private String entityOverlapping(Excerpt phrase) {
            MentionIndex.Entry best = entryOverlapping(phrase);
            return best == null ? null : best.entity().id();
        }

        private MentionIndex.Entry entryOverlapping(Excerpt phrase) {
            MentionIndex.Entry best = null;
            int bestOverlap = 0;
            for (MentionIndex.Entry entry : mentionIndex.overlapping(phrase.start(), phrase.end())) {
                Mention m = entry.mention();
                int overlap = Math.min(m.end(), phrase.end()) - Math.max(m.start(), phrase.start());
                if (best == null || overlap > bestOverlap || overlap == bestOverlap && (m.end() > best.mention().end()
                        || m.end() == best.mention().end() && entry.order() < best.order())) {
                    best = entry;
                    bestOverlap = overlap;
                }
            }
            return best;
        }

        // ---- channels ------------------------------------------------------------------------------------

        /** Whether token {@code i} is inside a channel phrase of the sentence, past its first word. */
        private boolean insideChannel(int i) {
            for (TokenRange channel : channels) {
                if (channel.first() < i && i < channel.end()) {
                    return true;
                }
            }
            return false;
        }

        private Excerpt nearestChannel(Draft draft) {
            TokenRange best = null;
            for (TokenRange channel : channels) {
                boolean insideContent = channel.first() < draft.content.end() && draft.content.first() < channel.end();
                if (!insideContent && (best == null || Math.abs(channel.first() - draft.cue.first())
                        < Math.abs(best.first() - draft.cue.first()))) {
                    best = channel;
                }
            }
            return best == null ? null : v.excerpt(best);
        }

        // ---- small predicates ----------------------------------------------------------------------------

        private boolean overlapsDraft(TokenRange range) {
            for (int i = range.first(); i < range.end(); i++) {
                if (inContent[i]) {
                    return true;
                }
            }
            return false;
        }

    }

}
