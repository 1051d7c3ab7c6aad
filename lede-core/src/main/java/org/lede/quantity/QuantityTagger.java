package org.lede.quantity;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lede.model.Analysis;
import org.lede.model.Quantity;
import org.lede.model.Sentence;
import org.lede.model.Timex;
import org.lede.model.Token;
import org.lede.pipeline.Stage;
import org.lede.text.NumberWords;
import org.lede.text.WordTable;

/**
 * Finds amounts: numbers in digits ("3,000", "1.5 million", "$5m", "10-15") and words ("twenty-five",
 * "a hundred", "two dozen"), vague amounts ("dozens", "several"), each with the bounds its hedge gives ("at least",
 * "more than", "up to", "nearly", "between … and", "10 to 15", "two or three") and the noun it counts. Runs after the
 * {@link org.lede.time.TimeTagger}: tokens inside time expressions are never amounts.
 *
 * <p>Conventions, since the model has only a closed lower and upper bound:
 * <ul>
 * <li>Vague words have the least they can mean: "a dozen" 12, "dozens" at least 24 (two dozen), "scores of" 40,
 *     "hundreds" 200, "thousands" 2,000, "tens of thousands" 20,000, "several" 3; "a few" is 2 to 5 and
 *     "a couple" 2. They are marked approximate.</li>
 * <li>"more than 20" / "over 20" is min 21 and "fewer than 20" max 19 when the amount counts whole things; for
 *     money, percentages and fractions ("more than 1.5%") the bound is the number itself.</li>
 * <li>"nearly 100" and "almost 100" are max 100, approximate; "about", "around", "some", "roughly" give
 *     min = max with approximate set; "up to", "as many as", "at most" give only a max, "at least" only a min.</li>
 * <li>The unit is the counted noun as written ("person", "others", "members"), reached over "of" and up to
 *     two modifiers ("3,000 armed members", "200 Albanian police"); a currency is its ISO 4217 code ("$5 million"
 *     is 5,000,000 "USD", "£1,400" "GBP", and "dollars", "euros", "pounds" say the same); percentages are "%".
 *     Vague plurals take a noun only through "of" ("thousands of people"), since the word after them is
 *     usually a verb ("thousands march").</li>
 * </ul>
 *
 * <p>Not amounts: numbers inside time expressions, ordinals ("20th"), "3G" and "3D", numbers after a capitalised
 * word inside a sentence ("Flight 370", "Camp 3") or a section word ("No. 10", "article 5"), phone-like runs of
 * digit groups, numbers with a leading zero, clock and score notation ("3:1", "3-1"), plain four-digit numbers
 * from 1800 to 2099 (years: news writes counts that large with a comma), and "one" without a noun after it
 * ("no one", "one another").
 */
public final class QuantityTagger implements Stage {

    private enum Bound { EXACT, MIN, MIN_EXCLUSIVE, MAX, MAX_EXCLUSIVE, APPROXIMATE, NEARLY, BETWEEN }

    private record Modifier(String[] words, Bound bound) {
    }

    /** Hedges by their first word, longest first so "no more than" is tried before a shorter phrase. */
    private static final WordTable<List<Modifier>> MODIFIERS = modifiers(Map.ofEntries(
            Map.entry("at least", Bound.MIN), Map.entry("no fewer than", Bound.MIN),
            Map.entry("no less than", Bound.MIN), Map.entry("not less than", Bound.MIN),
            Map.entry("more than", Bound.MIN_EXCLUSIVE), Map.entry("over", Bound.MIN_EXCLUSIVE),
            Map.entry("above", Bound.MIN_EXCLUSIVE), Map.entry("upwards of", Bound.MIN_EXCLUSIVE),
            Map.entry("in excess of", Bound.MIN_EXCLUSIVE), Map.entry("just over", Bound.MIN_EXCLUSIVE),
            Map.entry("at most", Bound.MAX), Map.entry("up to", Bound.MAX), Map.entry("as many as", Bound.MAX),
            Map.entry("no more than", Bound.MAX), Map.entry("not more than", Bound.MAX),
            Map.entry("fewer than", Bound.MAX_EXCLUSIVE), Map.entry("less than", Bound.MAX_EXCLUSIVE),
            Map.entry("under", Bound.MAX_EXCLUSIVE), Map.entry("below", Bound.MAX_EXCLUSIVE),
            Map.entry("about", Bound.APPROXIMATE), Map.entry("around", Bound.APPROXIMATE),
            Map.entry("some", Bound.APPROXIMATE), Map.entry("roughly", Bound.APPROXIMATE),
            Map.entry("approximately", Bound.APPROXIMATE), Map.entry("an estimated", Bound.APPROXIMATE),
            Map.entry("estimated", Bound.APPROXIMATE), Map.entry("nearly", Bound.NEARLY),
            Map.entry("almost", Bound.NEARLY), Map.entry("close to", Bound.NEARLY),
            Map.entry("just under", Bound.NEARLY), Map.entry("between", Bound.BETWEEN)));

    /** Vague plurals with the least they mean; "scores" and "tens" only count before "of". */
    private static final WordTable<Double> VAGUE_PLURALS = WordTable.of(Map.of("dozens", 24.0, "scores", 40.0,
            "tens", 20.0, "hundreds", 200.0, "thousands", 2000.0, "millions", 2e6, "billions", 2e9));
    private static final WordTable<Boolean> NEED_OF = WordTable.setOf("scores", "tens");
    private static final WordTable<String> CURRENCY_SYMBOLS = WordTable.of(Map.of("$", "USD", "£", "GBP",
            "€", "EUR", "¥", "JPY"));
    private static final WordTable<String> CURRENCY_WORDS = WordTable.of(Map.of("dollars", "USD", "euros", "EUR",
            "pounds", "GBP", "yen", "JPY"));
    private static final WordTable<Double> SCALE_ABBREVIATIONS = WordTable.of(Map.of("bn", 1e9, "tn", 1e12));
    /** "m" and "k" mean million and thousand only after a currency sign: "£5m" but an "800m" race. */
    private static final WordTable<Double> MONEY_SCALE_ABBREVIATIONS = WordTable.of(Map.of("m", 1e6, "mn", 1e6,
            "k", 1e3));
    private static final WordTable<Boolean> ORDINAL_SUFFIXES = WordTable.setOf("st", "nd", "rd", "th", "s");
    private static final WordTable<Boolean> PERCENT_WORDS = WordTable.setOf("%", "percent", "pct");
    private static final WordTable<Boolean> RANGE_WORDS = WordTable.setOf("to", "-", "or");
    private static final WordTable<Boolean> SECTION_WORDS = WordTable.setOf("no", "no.", "nos.", "number", "#",
            "section", "article", "chapter", "page", "paragraph", "clause", "rule", "room", "flight", "route",
            "line", "platform", "gate", "tel", "phone", "fax", "call", "resolution", "part", "verse", "item",
            "channel", "episode", "highway", "bus", "box", "unit", "level", "grade", "version", "+");
    private static final WordTable<Boolean> NOT_BEFORE_ONE = WordTable.setOf("no", "the", "any", "every", "each",
            "this", "that", "which", "anyone", "someone");
    /** Modifiers a unit noun may stand behind: "armed" members, "innocent" civilians. */
    private static final WordTable<Boolean> FRACTIONS = WordTable.setOf("half", "halves", "third", "thirds",
            "quarter", "quarters", "fifth", "fifths", "tenth", "tenths");
    /** Plural nouns without a plural "s", which make good units: "200 police". */
    private static final WordTable<Boolean> PLURALS = WordTable.setOf("people", "men", "women", "children",
            "police", "staff", "personnel", "cattle", "sheep", "livestock", "crew", "feet", "clergy",
            "aircraft", "spacecraft", "deer", "fish");
    private static final WordTable<Boolean> ADJECTIVES = WordTable.setOf("other", "more", "new", "young", "old",
            "small", "large", "local", "foreign", "innocent", "civilian", "unarmed", "armed", "wounded", "injured",
            "senior", "former", "elderly", "additional", "extra", "full-time", "part-time", "registered");
    /** Words that end an amount before any noun: articles, pronouns, prepositions, auxiliaries, verbs of saying. */
    private static final WordTable<Boolean> STOP = WordTable.setOf("the", "a", "an", "and", "or", "but", "nor",
            "of", "to", "in", "on", "at", "for", "from", "by", "with", "without", "into", "onto", "over", "under",
            "about", "after", "before", "during", "since", "until", "between", "against", "among", "through",
            "per", "as", "than", "was", "were", "is", "are", "be", "been", "being", "am", "have", "has", "had",
            "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
            "who", "whom", "whose", "which", "that", "this", "these", "those", "it", "its", "they", "them",
            "their", "he", "him", "his", "she", "her", "we", "us", "our", "i", "me", "my", "you", "your", "not",
            "no", "so", "such", "also", "still", "only", "just", "even", "then", "there", "here", "when",
            "where", "while", "if", "because", "said", "says", "say", "told", "according", "each", "all", "both",
            "more", "most", "less", "least", "times", "out", "up", "down", "off", "away", "ago", "later",
            "earlier", "again", "too", "very", "what", "another");
    private static final Pattern DIGITS = Pattern.compile(
            "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
                    + "(?:-(?<to>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)|(?<suffix>\\p{L}+))?");
    private static final int MAX_NOUN_RUN = 3;

    @Override
    public Analysis process(Analysis analysis) {
        Document doc = new Document(analysis);
        List<Quantity> quantities = new ArrayList<>();
        int n = doc.tokens.size();
        for (int i = 0; i < n; ) {
            Found found = doc.blocked.get(i) ? null : quantityAt(doc, i);
            if (found == null) {
                i++;
            } else {
                quantities.add(found.quantity);
                i = found.endToken;
            }
        }
        return analysis.withQuantities(quantities);
    }

    private record Found(Quantity quantity, int endToken) {
    }

    /** The quantity that starts at token {@code i}, or null. */
    private static Found quantityAt(Document doc, int i) {
        Modifier modifier = modifierAt(doc, i);
        int from = modifier == null ? i : i + modifier.words.length;
        Amount amount = amountAt(doc, from);
        if (amount == null) {
            return null;
        }
        Bound bound = modifier == null ? Bound.EXACT : modifier.bound;
        if (modifier == null && amount.bareDigits && doc.looksLikeNameOrCode(i, amount.end)) {
            return null;
        }
        int end = amount.end;
        double min = amount.min;
        double max = amount.max;
        boolean approximate = amount.approximate;
        boolean fractional = amount.fractional;
        if (bound == Bound.BETWEEN || bound == Bound.EXACT && !doc.previousIs(i, "from")) {
            Amount second = doc.is(end, bound == Bound.BETWEEN ? "and" : null, RANGE_WORDS)
                    ? amountAt(doc, end + 1) : null;
            if (second != null && second.min == second.max && min == max) {
                double first = min * second.scale <= second.min && amount.scale == 1 ? min * second.scale : min;
                if (second.min > first) {
                    min = first;
                    max = second.max;
                    end = second.end;
                    fractional |= second.fractional;
                }
            }
            if (bound == Bound.BETWEEN && end == amount.end) {
                return null; // "between 10" with no second end is not a range
            }
        }
        String unit = amount.currency;
        boolean measured = unit != null; // money and percentages are measured, not counted
        if (unit == null) {
            if (doc.isAny(end, PERCENT_WORDS)) {
                unit = "%";
                measured = true;
                end++;
            } else if (doc.is(end, "per", null) && doc.is(end + 1, "cent", null)) {
                unit = "%";
                measured = true;
                end += 2;
            } else if (doc.isAny(end, CURRENCY_WORDS)) {
                unit = CURRENCY_WORDS.get(doc.form(end));
                measured = true;
                end++;
            } else if (amount.unitSuffix != null) {
                unit = amount.unitSuffix;
            } else {
                int noun = doc.nounAfter(end, amount.vaguePlural);
                if (noun >= 0) {
                    unit = doc.form(noun);
                    end = noun + 1;
                }
            }
        }
        if (modifier == null && amount.bareDigits && amount.min == amount.max && amount.min >= 1800
                && amount.min < 2100 && doc.form(i).length() == 4) {
            return null; // a year the time tagger left alone for want of a cue: "2005 results"; counts have commas
        }
        if (unit != null && FRACTIONS.contains(unit)) {
            return null; // "two thirds" is a share, not a count of thirds
        }
        if (amount.one && (unit == null || doc.isAny(i - 1, NOT_BEFORE_ONE) && modifier == null)) {
            return null;
        }
        boolean counts = !fractional && !measured && amount.unitSuffix == null;
        if (min == max) {
            switch (bound) {
                case MIN -> max = Double.NaN;
                case MIN_EXCLUSIVE -> {
                    min = counts ? min + 1 : min;
                    max = Double.NaN;
                }
                case MAX -> min = Double.NaN;
                case MAX_EXCLUSIVE -> {
                    max = counts ? max - 1 : max;
                    min = Double.NaN;
                }
                case NEARLY -> {
                    min = Double.NaN;
                    approximate = true;
                }
                case APPROXIMATE -> approximate = true;
                default -> { }
            }
        } else if (bound == Bound.APPROXIMATE || bound == Bound.NEARLY) {
            approximate = true;
        }
        return new Found(doc.quantity(i, end, min, max, unit, approximate), end);
    }

    private static Modifier modifierAt(Document doc, int i) {
        List<Modifier> candidates = MODIFIERS.get(doc.form(i));
        if (candidates == null) {
            return null;
        }
        for (Modifier modifier : candidates) {
            boolean all = true;
            for (int k = 1; k < modifier.words.length && all; k++) {
                all = doc.is(i + k, modifier.words[k], null);
            }
            if (all) {
                return modifier;
            }
        }
        return null;
    }

    /** An amount starting at token {@code j}: digits, number words or a vague amount; null if none is there. */
    private static Amount amountAt(Document doc, int j) {
        if (j >= doc.tokens.size() || doc.blocked.get(j)) {
            return null;
        }
        String currency = CURRENCY_SYMBOLS.get(doc.form(j));
        int at = currency == null ? j : j + 1;
        if (at >= doc.tokens.size() || doc.blocked.get(at)) {
            return null;
        }
        String form = doc.form(at);
        Amount amount;
        if (Character.isDigit(form.charAt(0))) {
            amount = digitsAt(doc, at, form, currency != null || doc.isAny(at + 1, CURRENCY_WORDS));
        } else if (currency == null) {
            amount = vagueAt(doc, at);
            if (amount == null) {
                amount = wordsAt(doc, at);
            }
        } else {
            amount = null;
        }
        return amount == null || currency == null ? amount : amount.inCurrency(currency);
    }

    private static Amount digitsAt(Document doc, int at, String form, boolean money) {
        Matcher m = DIGITS.matcher(form);
        if (!m.matches()) {
            return null; // "24/7", "1.2.3", "Ashraf-3"
        }
        String num = m.group("num");
        if (num.length() > 1 && num.charAt(0) == '0' && num.charAt(1) != '.') {
            return null; // phone and code numbers: "0207", "007"
        }
        boolean fractional = num.indexOf('.') >= 0;
        String to = m.group("to");
        String suffix = m.group("suffix");
        double scale = 1;
        String unitSuffix = null;
        if (suffix != null) {
            Double abbreviation = SCALE_ABBREVIATIONS.get(suffix);
            if (abbreviation == null && money) {
                abbreviation = MONEY_SCALE_ABBREVIATIONS.get(suffix);
            }
            if (ORDINAL_SUFFIXES.contains(suffix) || suffix.length() == 1 && Character.isUpperCase(suffix.charAt(0))) {
                return null; // "20th", "1990s"; "3G", "3D" are names of things, not amounts
            } else if (abbreviation != null) {
                scale = abbreviation;
            } else {
                unitSuffix = suffix; // "10km", "5kg"
            }
        }
        int end = at + 1;
        double word;
        while (end < doc.tokens.size() && !doc.blocked.get(end) && (word = scaleOf(doc.form(end))) > 0) {
            scale *= word;
            end++;
        }
        double value = parse(num, scale);
        if (to != null) {
            double last = parse(to, scale);
            if (last <= value) {
                return null; // a score: "3-1"
            }
            return new Amount(value, last, false, fractional || to.indexOf('.') >= 0, end, scale, true, false,
                    false, null, unitSuffix);
        }
        return new Amount(value, value, false, fractional, end, scale, true, false, false, null, unitSuffix);
    }

    /** "dozens", "hundreds of thousands", "several hundred", "a few", "a couple", "a dozen". */
    private static Amount vagueAt(Document doc, int at) {
        String form = doc.form(at);
        Double least = VAGUE_PLURALS.get(form);
        if (least != null) {
            if (NEED_OF.contains(form) && !doc.is(at + 1, "of", null)) {
                return null;
            }
            int end = at + 1;
            double min = least;
            Double next;
            while (doc.is(end, "of", null) && (next = VAGUE_PLURALS.get(doc.form(end + 1))) != null
                    && !doc.blocked.get(end + 1) && next >= 1000) {
                min *= next / 2; // "tens of thousands": the least of each, 20 x 1,000
                end += 2;
            }
            return new Amount(min, Double.NaN, true, false, end, 1, false, true, false, null, null);
        }
        if (doc.is(at, "several", null)) {
            return scaled(doc, at + 1, 3, Double.NaN);
        }
        if (doc.is(at, "a", null) && doc.is(at + 1, "few", null)) {
            return scaled(doc, at + 2, 2, 5);
        }
        if (doc.is(at, "a", null) && doc.is(at + 1, "couple", null)) {
            Amount couple = scaled(doc, at + 2, 2, 2);
            return doc.is(couple.end, "of", null) ? couple.extendedTo(couple.end) : couple;
        }
        return null;
    }

    /** A vague amount followed by optional scale words: "several hundred", "a few thousand". */
    private static Amount scaled(Document doc, int end, double min, double max) {
        double scale = 1;
        double word;
        while (end < doc.tokens.size() && !doc.blocked.get(end) && (word = scaleOf(doc.form(end))) > 0) {
            scale *= word;
            end++;
        }
        return new Amount(min * scale, max * scale, true, false, end, scale, false, false, false, null, null);
    }

    /** Number words: "twenty-five", "a hundred", "one hundred and twenty", "two dozen", "three million". */
    private static Amount wordsAt(Document doc, int at) {
        int n = doc.tokens.size();
        int k = at;
        double total = 0;
        double current = 0;
        boolean started = false;
        boolean expectNumber = true;
        double lastScale = 1;
        if ((doc.is(k, "a", null) || doc.is(k, "an", null)) && k + 1 < n && scaleOf(doc.form(k + 1)) > 0) {
            current = 1;
            started = true;
            expectNumber = false;
            k++;
        }
        while (k < n && !doc.blocked.get(k)) {
            String form = doc.form(k);
            int cardinal = NumberWords.cardinal(form);
            double scale = started ? scaleOf(form) : 0;
            if (cardinal >= 0 && expectNumber) {
                current += cardinal;
                started = true;
                expectNumber = false;
            } else if (scale > 0) {
                if (scale < 1000) {
                    current *= scale;
                } else {
                    total += current * scale;
                    current = 0;
                }
                lastScale = scale;
                expectNumber = true;
            } else if (started && form.equalsIgnoreCase("and") && lastScale > 1 && k + 1 < n
                    && NumberWords.cardinal(doc.form(k + 1)) >= 0) {
                expectNumber = true;
            } else {
                break;
            }
            k++;
        }
        if (!started) {
            return null;
        }
        double value = total + current;
        boolean one = value == 1 && k == at + 1;
        return new Amount(value, value, false, false, k, lastScale, false, false, one, null, null);
    }

    private static double scaleOf(String form) {
        return NumberWords.scale(form);
    }

    /**
     * A number in digits ("3,000", "16.1") times a scale, computed as digits x scale / 10^decimals so that
     * "$16.1m" is exactly 16,100,000 rather than 16.1 x 1e6 = 16100000.000000002.
     */
    private static double parse(String number, double scale) {
        double digits = 0;
        int decimals = -1;
        for (int k = 0; k < number.length(); k++) {
            char c = number.charAt(k);
            if (c == '.') {
                decimals = 0;
            } else if (c != ',') {
                digits = digits * 10 + (c - '0');
                if (decimals >= 0) {
                    decimals++;
                }
            }
        }
        return decimals <= 0 ? digits * scale : digits * scale / Math.pow(10, decimals);
    }

    /**
     * An amount as read, before its hedge: bounds (max NaN when open), where it ends, and what later steps need.
     *
     * @param scale       the multiplier its scale words gave ("million"), for ranges that share it ("2 to 3 million")
     * @param bareDigits  a plain number in digits, the kind names and codes are made of
     * @param vaguePlural "dozens", "thousands": takes its noun only through "of"
     * @param one         the single word "one", which is a count only before a noun
     */
    private record Amount(double min, double max, boolean approximate, boolean fractional, int end, double scale,
                          boolean bareDigits, boolean vaguePlural, boolean one, String currency, String unitSuffix) {

        Amount inCurrency(String code) {
            return new Amount(min, max, approximate, fractional, end, scale, false, vaguePlural, one, code,
                    unitSuffix);
        }

        Amount extendedTo(int newEnd) {
            return new Amount(min, max, approximate, fractional, newEnd, scale, bareDigits, vaguePlural, one,
                    currency, unitSuffix);
        }
    }

    /** One article's tokens, which of them lie in time expressions, and the token questions the rules ask. */
    private static final class Document {
        final Analysis analysis;
        final List<Token> tokens;
        final List<Sentence> sentences;
        final BitSet blocked;

        Document(Analysis analysis) {
            this.analysis = analysis;
            this.tokens = analysis.tokens();
            this.sentences = analysis.sentences();
            this.blocked = new BitSet(tokens.size());
            int t = 0;
            for (Timex timex : analysis.timex()) {
                while (t < tokens.size() && tokens.get(t).end() <= timex.start()) {
                    t++;
                }
                for (int k = t; k < tokens.size() && tokens.get(k).start() < timex.end(); k++) {
                    blocked.set(k);
                }
            }
        }

        String form(int i) {
            return tokens.get(i).form();
        }

        /** Token {@code i} exists, is outside time expressions and is {@code word} (any case) or in {@code words}. */
        boolean is(int i, String word, WordTable<Boolean> words) {
            if (i < 0 || i >= tokens.size() || blocked.get(i)) {
                return false;
            }
            String form = tokens.get(i).form();
            return word != null ? form.equalsIgnoreCase(word) : words.contains(form);
        }

        boolean isAny(int i, WordTable<?> words) {
            return i >= 0 && i < tokens.size() && !blocked.get(i) && words.contains(tokens.get(i).form());
        }

        boolean previousIs(int i, String word) {
            return i > 0 && tokens.get(i - 1).form().equalsIgnoreCase(word);
        }

        /**
         * A plain number that is part of a name or a code: after a capitalised word inside a sentence ("Flight
         * 370"), after a section word ("article 5"), or in a run of digit groups ("020 7946 0958", "3:1").
         */
        boolean looksLikeNameOrCode(int first, int end) {
            if (first > 0) {
                String before = form(first - 1);
                if (SECTION_WORDS.contains(before) || isDigitGroup(first - 1) || before.equals(":")
                        || Character.isUpperCase(before.charAt(0)) && before.length() > 1
                        && Character.isLowerCase(before.charAt(1)) && !startsSentence(first - 1)) {
                    return true;
                }
            }
            return end < tokens.size() && (isDigitGroup(end) || form(end).equals(":") && isDigitGroup(end + 1));
        }

        private boolean isDigitGroup(int i) {
            if (i < 0 || i >= tokens.size()) {
                return false;
            }
            String form = form(i);
            for (int k = 0; k < form.length(); k++) {
                if (!Character.isDigit(form.charAt(k))) {
                    return false;
                }
            }
            return true;
        }

        private boolean startsSentence(int token) {
            int lo = 0;
            int hi = sentences.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int first = sentences.get(mid).firstToken();
                if (first < token) {
                    lo = mid + 1;
                } else if (first > token) {
                    hi = mid - 1;
                } else {
                    return true;
                }
            }
            return false;
        }

        /**
         * The noun an amount counts, from token {@code i}: over "of" (and "of the"), in the run of up to three
         * content words that follows, skipping modifiers (capitalised words and known adjectives); the first plural
         * of the run ("five big banks") or else its first word ("one person"). -1 if there is none. Words ending
         * in "-ed" end the run: after a number they are mostly verbs ("five died", "200 killed").
         */
        int nounAfter(int i, boolean onlyThroughOf) {
            int k = i;
            if (is(k, "of", null)) {
                k++;
                if (is(k, "the", null)) {
                    k++;
                }
            } else if (onlyThroughOf) {
                return -1;
            }
            int first = -1;
            for (int seen = 0; k < tokens.size() && !blocked.get(k) && seen < MAX_NOUN_RUN; k++, seen++) {
                String form = form(k);
                if (!isWord(form) || STOP.contains(form) || NumberWords.cardinal(form) >= 0) {
                    break;
                }
                if (ADJECTIVES.contains(form) || Character.isUpperCase(form.charAt(0)) || form.endsWith("est")) {
                    continue;
                }
                if (form.endsWith("ed")) {
                    break;
                }
                if (PLURALS.contains(form) || form.endsWith("s") && !form.endsWith("ss")) {
                    return k;
                }
                if (first < 0) {
                    first = k;
                }
            }
            return first;
        }

        private static boolean isWord(String form) {
            for (int k = 0; k < form.length(); k++) {
                char c = form.charAt(k);
                if (!Character.isLetter(c) && !(c == '-' && k > 0)) {
                    return false;
                }
            }
            return true;
        }

        Quantity quantity(int first, int end, double min, double max, String unit, boolean approximate) {
            int start = tokens.get(first).start();
            int stop = tokens.get(end - 1).end();
            return new Quantity(start, stop, analysis.article().text().substring(start, stop),
                    Double.isNaN(min) ? null : min, Double.isNaN(max) ? null : max, unit, approximate);
        }
    }

    private static WordTable<List<Modifier>> modifiers(Map<String, Bound> phrases) {
        Map<String, List<Modifier>> byFirst = new java.util.HashMap<>();
        phrases.forEach((phrase, bound) -> {
            String[] words = phrase.split(" ");
            byFirst.computeIfAbsent(words[0], w -> new ArrayList<>()).add(new Modifier(words, bound));
        });
        Map<String, List<Modifier>> sorted = new java.util.HashMap<>();
        byFirst.forEach((first, list) -> {
            list.sort(java.util.Comparator.comparingInt((Modifier m) -> -m.words.length));
            sorted.put(first, List.copyOf(list));
        });
        return WordTable.of(sorted);
    }
}
