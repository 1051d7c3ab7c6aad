package org.lede.text;

import java.util.ArrayList;
import java.util.List;
import org.lede.model.Sentence;
import org.lede.model.Token;

/**
 * Groups tokens into sentences. A sentence ends at a terminal mark ({@code . ! ?}) followed by a token that
 * can start a sentence, taking closing quotation marks and brackets with it, and always at a blank line, so
 * a headline or a dateline line is its own sentence. Abbreviations that only ever precede a name
 * ("Mr.", "Gen.") never end one.
 *
 * <p>Any other abbreviation ("U.S.", "Inc.") ends a sentence only when the capitalised word after it is one
 * a sentence starts with: a word of its kind ("The", "He", "But") or one the article also writes in lower case
 * ("… in the U.S. Officials said", with "officials" elsewhere), the orthographic evidence of Kiss and Strunk's
 * Punkt. Names of institutions go on the name, even when written in lower case elsewhere: "the U.S. Navy", "the
 * U.S. House", "U.S. District Judge". A month's abbreviation before a number never ends one ("Jan. 5").
 */
public final class SentenceSplitter {

    private static final java.util.Set<String> TITLES = java.util.Set.of(
            "mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "lt.", "col.", "maj.", "capt.", "cmdr.", "adm.", "sgt.",
            "cpl.", "gov.", "sen.", "rep.", "rev.", "hon.", "pres.", "st.", "mt.", "no.", "nos.", "vs.");
    /** Months as abbreviated before a day: "Jan. 5". */
    private static final java.util.Set<String> MONTHS = java.util.Set.of("jan.", "feb.", "mar.", "apr.", "jun.",
            "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.");
    /** Closed-class words that start sentences: after an abbreviation they start a new one. */
    private static final java.util.Set<String> STARTERS = java.util.Set.of(
            "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you",
            "his", "her", "their", "our", "my", "there", "here", "but", "and", "or", "so", "yet", "in", "on", "at",
            "as", "after", "before", "when", "while", "if", "since", "although", "though", "because", "for",
            "from", "with", "by", "to", "of", "about", "during", "meanwhile", "however", "instead", "still",
            "also", "then", "now", "today", "yesterday", "last", "earlier", "later", "some", "many", "most",
            "all", "both", "no", "not", "one", "what", "who", "why", "how", "where", "which", "such", "other",
            "others", "each", "every", "several", "few", "more", "much", "even", "only", "just", "initially");
    /** Heads of institutions' and offices' names, which an abbreviation before them ("U.S.") belongs to. */
    private static final java.util.Set<String> INSTITUTIONS = java.util.Set.of(
            "navy", "army", "air", "marine", "marines", "coast", "senate", "congress", "house", "embassy",
            "consulate", "department", "president", "vice", "secretary", "ambassador", "envoy", "treasury",
            "government", "forces", "military", "special", "supreme", "court", "district", "circuit", "attorney",
            "justice", "federal", "border", "customs", "central", "command", "security", "council", "general",
            "defense", "defence", "mission", "representative", "trade", "census", "postal", "agency", "state",
            "capitol", "constitution", "chamber", "geological", "judicial", "presidential", "prison", "foreign",
            "open", "olympic", "space", "national", "intelligence", "energy", "commerce", "labor", "health");

    public List<Sentence> split(String original, List<Token> tokens) {
        LowerCaseWords lowerCase = new LowerCaseWords(tokens);
        List<Sentence> sentences = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean last = i + 1 == tokens.size();
            boolean end = last;
            if (!last) {
                Token next = tokens.get(i + 1);
                if (blankLineBetween(original, token.end(), next.start())) {
                    end = true;
                } else if (isTerminal(token) && isClosing(original, tokens, i + 1)) {
                    // Take closing marks with the sentence: `… win." The police …`
                    int j = i + 1;
                    while (j < tokens.size() && isClosing(original, tokens, j)) {
                        j++;
                    }
                    if (j == tokens.size() || blankLineBetween(original, tokens.get(j - 1).end(), tokens.get(j).start())
                            || canStartSentence(tokens, j)) {
                        i = j - 1;
                        end = true;
                    }
                } else if (isTerminal(token) && canStartSentence(tokens, i + 1)
                        && (!isAbbreviation(token)
                        || startsSentenceAfterAbbreviation(token, tokens.get(i + 1), lowerCase))) {
                    end = true;
                }
            }
            if (end) {
                sentences.add(new Sentence(tokens.get(first).start(), tokens.get(i).end(), first, i + 1));
                first = i + 1;
            }
        }
        return sentences;
    }

    private static boolean isTerminal(Token token) {
        String f = token.form();
        if (f.equals(".") || f.equals("!") || f.equals("?") || f.equals("...")) {
            return true;
        }
        // An abbreviation at the end of a sentence carries the sentence's period: "… in the U.S. The …".
        return f.length() > 1 && f.endsWith(".") && !TITLES.contains(token.lower())
                && !(f.length() == 2 && Character.isUpperCase(f.charAt(0)));
    }

    private static boolean isAbbreviation(Token token) {
        String f = token.form();
        return f.length() > 1 && f.endsWith(".") && !f.chars().allMatch(c -> c == '.'); // "...." is an ellipsis
    }

    private static boolean startsSentenceAfterAbbreviation(Token abbreviation, Token next, LowerCaseWords lowerCase) {
        String lower = next.lower();
        if (Character.isDigit(next.form().charAt(0))) {
            return !MONTHS.contains(abbreviation.lower()); // "the Dec. 6 killing"
        }
        if (!Character.isLetter(next.form().charAt(0)) || STARTERS.contains(lower)) {
            return true;
        }
        return !INSTITUTIONS.contains(lower) && lowerCase.contains(lower);
    }

    /** The words an article writes in lower case, gathered the first time an abbreviation asks. */
    private static final class LowerCaseWords {
        private final List<Token> tokens;
        private java.util.Set<String> words;

        LowerCaseWords(List<Token> tokens) {
            this.tokens = tokens;
        }

        boolean contains(String word) {
            if (words == null) {
                words = new java.util.HashSet<>();
                for (Token token : tokens) {
                    if (Character.isLowerCase(token.form().charAt(0))) {
                        words.add(token.form());
                    }
                }
            }
            return words.contains(word);
        }
    }

    private static boolean canStartSentence(List<Token> tokens, int i) {
        String f = tokens.get(i).form();
        char c = f.charAt(0);
        if (Character.isUpperCase(c) || Character.isDigit(c)) {
            return true;
        }
        // An opening quotation mark or bracket before a capital: `. "We …` or `. (Reporting by …`
        return (c == '"' || c == '\'' || c == '(' || c == '[') && i + 1 < tokens.size()
                && Character.isUpperCase(tokens.get(i + 1).form().charAt(0));
    }

    /** A quotation mark or bracket that closes what came before: no space between it and its left. */
    private static boolean isClosing(String original, List<Token> tokens, int i) {
        String f = tokens.get(i).form();
        if (f.equals(")") || f.equals("]")) {
            return true;
        }
        return (f.equals("\"") || f.equals("'")) && tokens.get(i - 1).end() == tokens.get(i).start();
    }

    private static boolean blankLineBetween(String text, int from, int to) {
        int newlines = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                if (++newlines == 2) {
                    return true;
                }
            } else if (c == '\r') {
                continue;
            } else if (!Character.isWhitespace(c)) {
                newlines = 0;
            }
        }
        return false;
    }
}
