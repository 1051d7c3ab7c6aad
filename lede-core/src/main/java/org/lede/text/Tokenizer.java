package org.lede.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lede.model.NormalizedText;
import org.lede.model.Token;

/**
 * Splits normalised text into tokens the way news NER corpora do (CoNLL, OntoNotes): words keep inner
 * hyphens and apostrophes ("Ashraf-3", "O'Brien"), numbers keep their separators ("3,000", "1980-88"),
 * abbreviations keep their periods ("U.S.", "Gen."), clitics come off ("Iran" "'s", "do" "n't"), every other
 * punctuation mark is a token of its own. URLs, e-mail addresses, @handles and #hashtags stay whole.
 */
public final class Tokenizer {

    /** Whether a token is a quotation mark, straight, curly or as CoNLL-style texts write it ("``", "''"). */
    public static boolean isQuotationMark(String form) {
        if (form.length() == 1) {
            char c = form.charAt(0);
            return c == '"' || c == '\u201C' || c == '\u201D';
        }
        return form.equals("''") || form.equals("``");
    }

    /** Abbreviations that keep their period; single capitals with periods ("U.N.") are found by shape. */
    static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "cpl",
            "gov", "sen", "rep", "rev", "hon", "pres", "st", "mt", "ft", "jr", "sr", "no", "nos", "vs", "etc",
            "inc", "corp", "ltd", "co", "bros", "dept", "univ", "est", "approx", "fig",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la",
            "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn",
            "tex", "va", "vt", "wash", "wis", "wyo", "e.g", "i.e", "a.m", "p.m");

    private static final String[] CLITICS = {"n't", "'s", "'re", "'ll", "'ve", "'d", "'m"};

    public List<Token> tokenize(NormalizedText normalized) {
        String s = normalized.text();
        List<Token> tokens = new ArrayList<>(s.length() / 5 + 4);
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            int end = scan(s, i);
            emit(tokens, normalized, s, i, end);
            i = end;
        }
        return tokens;
    }

    /** The end of the token that starts at {@code i}. */
    private static int scan(String s, int i) {
        int n = s.length();
        char c = s.charAt(i);
        if (s.startsWith("http://", i) || s.startsWith("https://", i) || s.startsWith("www.", i)) {
            return trimTrailingPunctuation(s, i, untilSpace(s, i));
        }
        if ((c == '@' || c == '#') && i + 1 < n && isWordChar(s.charAt(i + 1))) {
            int j = i + 1;
            while (j < n && (isWordChar(s.charAt(j)))) {
                j++;
            }
            return j;
        }
        if (isWordChar(c)) {
            return scanWord(s, i);
        }
        if (c == '.' && s.startsWith("...", i)) {
            return i + 3;
        }
        if (c == '-' && s.startsWith("--", i)) {
            int j = i;
            while (j < n && s.charAt(j) == '-') {
                j++;
            }
            return j;
        }
        if (Character.isHighSurrogate(c) && i + 1 < n) {
            return i + 2;
        }
        return i + 1;
    }

    private static int scanWord(String s, int i) {
        int chain = letterDotChainEnd(s, i);
        if (chain > 0) {
            return chain;
        }
        int n = s.length();
        int j = i;
        while (j < n) {
            char c = s.charAt(j);
            if (isWordChar(c)) {
                j++;
            } else if ((c == '-' || c == '\'' || c == '/' || c == '&') && j + 1 < n && isWordChar(s.charAt(j + 1))
                    && j > i) {
                // Inner hyphen, apostrophe, slash or ampersand between word characters: "al-Qaeda", "O'Brien",
                // "24/7", "AT&T". Clitics are split off afterwards.
                j++;
            } else if ((c == '.' || c == ',') && j + 1 < n && Character.isDigit(s.charAt(j + 1))
                    && Character.isDigit(s.charAt(j - 1))) {
                j++; // 3,000 and 1.5
            } else if (c == '.' && isAbbreviation(s, i, j)) {
                return j + 1;
            } else if (c == '@' && j + 1 < n && isWordChar(s.charAt(j + 1))) {
                j++; // e-mail address
            } else {
                break;
            }
        }
        return j;
    }

    /** True when the period at {@code dot} ends an abbreviation that starts at {@code start}. */
    private static boolean isAbbreviation(String s, int start, int dot) {
        if (dot - start == 1 && Character.isUpperCase(s.charAt(start))) {
            return true; // an initial: "George W. Bush"
        }
        return ABBREVIATIONS.contains(s.substring(start, dot).toLowerCase(java.util.Locale.ROOT));
    }

    /** The end of "U.S.", "U.N.", "e.g." (two or more letter-period pairs) starting at {@code i}, or -1. */
    private static int letterDotChainEnd(String s, int i) {
        int j = i;
        int pairs = 0;
        while (j + 1 < s.length() && Character.isLetter(s.charAt(j)) && s.charAt(j + 1) == '.'
                && (j + 2 == s.length() || !Character.isLetter(s.charAt(j + 2)) || j + 3 < s.length()
                && s.charAt(j + 3) == '.')) {
            j += 2;
            pairs++;
        }
        return pairs >= 2 ? j : -1;
    }

    private static void emit(List<Token> tokens, NormalizedText normalized, String s, int start, int end) {
        String form = s.substring(start, end);
        int cliticAt = -1;
        if (end - start > 2 && Character.isLetter(form.charAt(0))) {
            String lower = form.toLowerCase(java.util.Locale.ROOT);
            for (String clitic : CLITICS) {
                if (lower.endsWith(clitic) && lower.length() > clitic.length()) {
                    cliticAt = end - clitic.length();
                    break;
                }
            }
        }
        if (cliticAt > start) {
            add(tokens, normalized, s, start, cliticAt);
            add(tokens, normalized, s, cliticAt, end);
        } else {
            add(tokens, normalized, s, start, end);
        }
    }

    private static void add(List<Token> tokens, NormalizedText normalized, String s, int start, int end) {
        tokens.add(new Token(normalized.toOriginal(start), normalized.toOriginalEnd(end), s.substring(start, end)));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.isSurrogate(c);
    }

    private static int untilSpace(String s, int i) {
        int j = i;
        while (j < s.length() && !Character.isWhitespace(s.charAt(j))) {
            j++;
        }
        return j;
    }

    private static int trimTrailingPunctuation(String s, int start, int end) {
        int j = end;
        while (j > start + 1 && ".,;:!?)\"'".indexOf(s.charAt(j - 1)) >= 0) {
            j--;
        }
        return j;
    }
}
