package org.lede.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lede.model.Analysis;
import org.lede.model.NormalizedText;
import org.lede.model.Sentence;
import org.lede.model.Timex;
import org.lede.model.TimexType;
import org.lede.model.Token;
import org.lede.pipeline.Stage;
import org.lede.text.NumberWords;
import org.lede.text.WordTable;

/**
 * Finds time expressions and gives each its ISO 8601 value, resolving relative ones against the
 * publication date. Runs after {@link org.lede.text.TextAnalyzer}: it matches on the normalised text and keeps
 * only matches that start and end on token boundaries.
 *
 * <p>How the publication date ("the anchor") resolves what the text leaves open:
 * <ul>
 * <li>A month or month and day without a year ("June 20", "in March") takes the anchor's year, or the year
 *     before when that would put it more than six months after the anchor: news reports the past more than it
 *     announces the future, so "December 28" in a story of 3 January 2025 is 2024-12-28.</li>
 * <li>A bare weekday ("on Tuesday") is the latest such day on or before the anchor, the news convention; it
 *     points forward (the first such day on or after the anchor) after "next", or when a future cue ("will",
 *     "'ll", "shall", "is due to", "are expected to", "called for a strike", "planned for" …) stands before it
 *     in its sentence with no attribution verb ("said") in between. "last Tuesday" is the latest Tuesday
 *     before the anchor.</li>
 * <li>"last week" is the ISO week before the anchor's ("2024-W24"), "last month" "2024-05", "last year" "2023";
 *     "earlier this month" is the anchor's month; "three days ago" the date three days before.</li>
 * <li>"since 2016" is the RANGE "2016/2024-06-19": from the expression to the anchor.</li>
 * <li>Without an anchor every expression that needs one is still tagged, with value null.</li>
 * </ul>
 *
 * <p>Other choices: a decade ("the 1990s") is the DATE "199X", the ISO 8601-2 form for an unspecified digit,
 * which keeps RANGE for spans the text bounds itself. Ranges join their ends with "/" ("1980-88" is
 * "1980/1988"). A numeric date ("20/06/2024") is resolved only when day and month cannot be swapped (one of
 * them is above 12, or they are equal); otherwise it is tagged with value null. A time of day is "T15:00",
 * prefixed with the date of the nearest full date in its sentence ("2024-06-18T15:00"); GMT and UTC add "Z".
 * Prepositions ("on", "in", "for") stay outside the span; "since", "from … to" and "between … and" are part of
 * the ranges they make.
 *
 * <p>False positives it avoids: months that are also words ("may", "march") match only capitalised, and a bare
 * month or four-digit year counts only after a time cue ("in", "since", "by", "early" …) or as an end of a range;
 * weekdays inside names ("Super Tuesday", "the Sunday Times", "GMTV's Sunday programme") and "Today" mid-sentence
 * (a programme, a newspaper) are skipped; counts with separators ("2,000") never look like years.
 */
public final class TimeTagger implements Stage {

    private static final String END = "(?![\\p{L}\\p{N}])";
    private static final String MONTH = "(?<month>January|February|March|April|May|June|July|August|September"
            + "|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.)";
    private static final String DAY_NUMBER = "3[01]|[12]\\d|0?[1-9]";
    private static final String DAY = "(?<day>" + DAY_NUMBER + ")(?:st|nd|rd|th)?";
    private static final String YEAR = "(?<year>1[89]\\d\\d|20\\d\\d)";
    private static final String WEEKDAY = "(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String WEEKDAY_PREFIX = "(?:" + WEEKDAY + ",?\\s+)?";
    private static final String RELATION = "(?<rel>[Ll]ast|[Nn]ext|[Tt]his)";
    private static final String EDGE = "(?:(?<edge>[Ee]arly|[Ll]ate|[Mm]id)[\\s-]+)?";
    private static final String COUNT = "(?<n>\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|" + NumberWords.CARDINAL_REGEX
            + "|[Aa]n?)";
    private static final String UNIT = "(?<unit>second|minute|hour|day|week|month|year|decade|centur(?:y|ie))";

    private static final WordTable<Boolean> MONTH_CUES = WordTable.setOf("in", "since", "by", "until", "till",
            "from", "during", "before", "after", "through", "throughout", "of", "between", "around", "last", "next",
            "this", "early", "late", "mid", "end", "start");
    private static final WordTable<Boolean> YEAR_CUES = WordTable.setOf("in", "since", "by", "until", "till",
            "from", "during", "before", "after", "through", "throughout", "of", "between", "around", "circa",
            "the", "year", "early", "late", "mid", "summer", "spring", "autumn", "winter", "fall");
    private static final WordTable<Boolean> CLOCK_CUES = WordTable.setOf("at", "by", "before", "after", "until",
            "till", "from", "around", "about", "since");
    private static final WordTable<Boolean> FUTURE = WordTable.setOf("will", "'ll", "shall", "wo");
    private static final WordTable<Boolean> FUTURE_AFTER_BE = WordTable.setOf("due", "expected", "scheduled",
            "set", "going", "slated", "poised", "planning");
    /** Verbs before "for" that put what follows ahead: "called for a strike", "planned for Monday". */
    private static final WordTable<Boolean> SUMMONS = WordTable.setOf("called", "calls", "call", "calling",
            "planned", "scheduled", "slated");
    private static final WordTable<Boolean> PRESENT_BE = WordTable.setOf("is", "are", "am", "'s", "'re", "'m");
    private static final WordTable<Boolean> ATTRIBUTION = WordTable.setOf("said", "says", "told", "announced",
            "added", "reported", "confirmed", "stated", "wrote", "tweeted");
    /** What "a day", "a year" follow when they are durations: "for a year", "more than a week". */
    private static final WordTable<Boolean> SINGLE_DURATION_CUES = WordTable.setOf("for", "in", "within", "than",
            "to", "after", "about", "almost", "nearly", "over", "past", "last", "first", "only", "just", "least",
            "spent", "took", "lasted", "of");
    private static final WordTable<Boolean> RANGE_FROM = WordTable.setOf("to", "until", "till", "through", "-");
    private static final int FUTURE_LOOKBACK = 20;
    private static final Pattern MONTH_NAMES = Pattern.compile(MONTH);

    private static final String DIGIT = "#";
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.",
        "aug.", "sep.", "sept.", "oct.", "nov.", "dec."};
    private static final String[] WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday"};
    private static final String[] RELATIONS = {"last", "next", "this"};
    private static final String[] EDGES = {"early", "late", "mid"};
    private static final String[] COUNTS = counts();

    /** The rules, each with the first words (or {@link #DIGIT}) of the tokens it can start at. */
    private static final List<Rule> RULES = List.of(
            rule("(?<year>\\d{4})-(?<mon>\\d{2})-(?<dom>\\d{2})" + END, TimeTagger::isoDate, DIGIT),
            rule("(?<a>\\d{1,2})(?<sep>[/.])(?<b>\\d{1,2})\\k<sep>" + YEAR + END, TimeTagger::numericDate, DIGIT),
            rule(WEEKDAY_PREFIX + MONTH + "\\s+" + DAY + "(?:,\\s*|\\s+)" + YEAR + END, TimeTagger::fullDate,
                    MONTHS, WEEKDAYS),
            rule(WEEKDAY_PREFIX + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + END, TimeTagger::fullDate,
                    DIGIT, WEEKDAYS),
            rule(WEEKDAY_PREFIX + MONTH + "\\s+" + DAY + "(?:-(?<day2>" + DAY_NUMBER + "))?" + END,
                    TimeTagger::monthDay, MONTHS, WEEKDAYS),
            rule(WEEKDAY_PREFIX + DAY + "(?:-(?<day2>" + DAY_NUMBER + "))?\\s+(?:of\\s+)?" + MONTH + END,
                    TimeTagger::monthDay, DIGIT, WEEKDAYS),
            rule(MONTH + ",?\\s+(?:of\\s+)?" + YEAR + END, TimeTagger::monthYear, MONTHS),
            rule("(?:" + RELATION + "\\s+)?" + EDGE + MONTH + END, TimeTagger::month, MONTHS, RELATIONS, EDGES),
            rule(EDGE + "(?<decade>1[89]\\d|20\\d)0s" + END, TimeTagger::decade, DIGIT, EDGES),
            rule(YEAR + "\\s*-\\s*(?<year2>\\d{4}|\\d{2})" + END, TimeTagger::yearRange, DIGIT),
            rule(EDGE + YEAR + END, TimeTagger::year, DIGIT, EDGES),
            rule("(?:" + RELATION + "\\s+)?" + WEEKDAY + END, TimeTagger::weekday, WEEKDAYS, RELATIONS),
            rule("(?<day>(?i:yesterday|today|tonight|tomorrow))" + END, TimeTagger::relativeDay,
                    "yesterday", "today", "tonight", "tomorrow"),
            rule("(?<day>[Tt]his\\s+(?:morning|afternoon|evening)|[Ll]ast\\s+night)" + END, TimeTagger::relativeDay,
                    "this", "last"),
            rule("(?:" + RELATION + "|(?<edge>[Ee]arlier|[Ll]ater)\\s+this)\\s+(?<unit>week|month|year)" + END,
                    TimeTagger::relativePeriod, RELATIONS, "earlier", "later"),
            rule(COUNT + "\\s+" + UNIT + "s?\\s+ago" + END, TimeTagger::ago, DIGIT, COUNTS),
            rule("(?<hour>1[0-2]|0?[1-9])(?:[:.](?<minute>[0-5]\\d))?\\s*(?i:(?<half>[ap])\\.?m\\.?)"
                    + "(?!\\p{L}|\\p{N})", TimeTagger::clock12, DIGIT),
            rule("(?<hour>[01]?\\d|2[0-3]):(?<minute>[0-5]\\d)(?:\\s*(?<zone>GMT|UTC|BST|CET|EST|EDT|PST|PDT"
                    + "|local\\s+time))?" + END, TimeTagger::clock24, DIGIT),
            rule("(?<hour>noon|midnight)" + END, TimeTagger::clockWord, "noon", "midnight"),
            rule("(?:" + COUNT + "\\s+|(?<nh>\\d+|" + NumberWords.CARDINAL_REGEX + ")-)" + UNIT + "s?" + END,
                    TimeTagger::duration, DIGIT, COUNTS));

    /** For each word a time expression can start with, the indices of the rules to try at it. */
    private static final WordTable<int[]> RULES_BY_WORD = rulesByWord();
    /** The indices of the rules to try at a token that starts with a digit. */
    private static final int[] DIGIT_RULES = rulesFor(DIGIT);

    /** Each element is a trigger word, {@link #DIGIT} or an array of trigger words. */
    private static Rule rule(String regex, Resolver resolver, Object... triggers) {
        List<String> words = new ArrayList<>();
        for (Object trigger : triggers) {
            if (trigger instanceof String[] list) {
                words.addAll(List.of(list));
            } else {
                words.add((String) trigger);
            }
        }
        return new Rule(Pattern.compile(regex), resolver, List.copyOf(words));
    }

    private static String[] counts() {
        List<String> words = new ArrayList<>(NumberWords.words());
        words.add("a");
        words.add("an");
        return words.toArray(String[]::new);
    }

    private static int[] rulesFor(String trigger) {
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < RULES.size(); i++) {
            if (RULES.get(i).triggers.contains(trigger)) {
                indices.add(i);
            }
        }
        return indices.stream().mapToInt(Integer::intValue).toArray();
    }

    private static WordTable<int[]> rulesByWord() {
        Map<String, int[]> table = new HashMap<>();
        for (Rule rule : RULES) {
            for (String word : rule.triggers) {
                table.computeIfAbsent(word, TimeTagger::rulesFor);
            }
        }
        table.remove(DIGIT);
        return WordTable.of(table);
    }

    @Override
    public Analysis process(Analysis analysis) {
        Document doc = new Document(analysis);
        String text = doc.text;
        Matcher[] matchers = new Matcher[RULES.size()];
        List<Candidate> found = new ArrayList<>();
        for (Token token : doc.tokens) {
            int[] rules = rulesAt(token.form());
            if (rules == null) {
                continue;
            }
            int at = doc.normalized.fromOriginal(token.start());
            for (int r : rules) {
                Matcher m = matchers[r];
                if (m == null) {
                    m = RULES.get(r).pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                    matchers[r] = m;
                }
                m.region(at, text.length());
                if (m.lookingAt() && doc.tokenEndingAt(m.end()) >= 0) {
                    Candidate c = RULES.get(r).resolver.resolve(m, doc);
                    if (c != null) {
                        found.add(c);
                    }
                }
            }
        }
        List<Candidate> chosen = composeRanges(leftmostLongest(found), doc);
        List<Timex> timex = new ArrayList<>(chosen.size());
        for (Candidate c : chosen) {
            if (!c.weak) {
                String value = c.type == TimexType.TIME ? doc.withDate(c, chosen) : c.value;
                timex.add(doc.timex(c.start, c.end, value, c.type));
            }
        }
        return analysis.withTimex(timex);
    }

    /** The rules that can match at a token, by its first character or its first word ("mid" of "mid-2015"). */
    private static int[] rulesAt(String form) {
        char first = form.charAt(0);
        if (first >= '0' && first <= '9') {
            return DIGIT_RULES;
        }
        if (!Character.isLetter(first)) {
            return null;
        }
        int hyphen = form.indexOf('-');
        return RULES_BY_WORD.get(hyphen > 0 ? form.substring(0, hyphen) : form);
    }

    /** The leftmost and, among those, the longest candidate wins each stretch of text. */
    private static List<Candidate> leftmostLongest(List<Candidate> found) {
        found.sort(Comparator.comparingInt(Candidate::start).thenComparing(c -> -(c.end - c.start)));
        List<Candidate> chosen = new ArrayList<>(found.size());
        int covered = 0;
        for (Candidate c : found) {
            if (c.start >= covered) {
                chosen.add(c);
                covered = c.end;
            }
        }
        return chosen;
    }

    /** Joins "from A to B", "between A and B" into ranges and makes "since A" a range to the anchor. */
    private static List<Candidate> composeRanges(List<Candidate> chosen, Document doc) {
        List<Candidate> out = new ArrayList<>(chosen.size());
        for (int i = 0; i < chosen.size(); i++) {
            Candidate a = chosen.get(i);
            int opener = doc.tokenBefore(a.start);
            String openerForm = opener < 0 ? "" : doc.tokens.get(opener).form();
            boolean between = openerForm.equalsIgnoreCase("between");
            boolean from = openerForm.equalsIgnoreCase("from");
            if ((between || from) && i + 1 < chosen.size() && isPoint(a)) {
                Candidate b = chosen.get(i + 1);
                int connector = doc.tokenBefore(b.start);
                String connectorForm = connector < 0 ? "" : doc.tokens.get(connector).form();
                if (b.type == a.type && doc.tokenEndsAt(connector, a.end)
                        && (between ? connectorForm.equalsIgnoreCase("and") : RANGE_FROM.contains(connectorForm))) {
                    String value = a.value == null || b.value == null ? null : a.value + "/" + b.value;
                    out.add(new Candidate(doc.normalizedStart(opener), b.end, value, TimexType.RANGE, false));
                    i++;
                    continue;
                }
            }
            if (a.type == TimexType.DATE && openerForm.equalsIgnoreCase("since")) {
                String value = a.value == null || doc.published == null ? null : a.value + "/" + doc.published;
                out.add(new Candidate(doc.normalizedStart(opener), a.end, value, TimexType.RANGE, false));
                continue;
            }
            out.add(a);
        }
        return out;
    }

    private static boolean isPoint(Candidate c) {
        return c.type == TimexType.DATE || c.type == TimexType.TIME;
    }

    // ---- resolvers: each turns one match into a candidate, or null when the match is not a time ----

    private static Candidate isoDate(Matcher m, Document doc) {
        String date = date(Integer.parseInt(m.group("year")), Integer.parseInt(m.group("mon")),
                Integer.parseInt(m.group("dom")));
        return date == null ? null : doc.candidate(m, date, TimexType.DATE);
    }

    private static Candidate numericDate(Matcher m, Document doc) {
        int a = Integer.parseInt(m.group("a"));
        int b = Integer.parseInt(m.group("b"));
        int year = Integer.parseInt(m.group("year"));
        String value = null;
        if (a == b || b > 12) {
            value = date(year, a, b);
        } else if (a > 12) {
            value = date(year, b, a);
        }
        return doc.candidate(m, value, TimexType.DATE);
    }

    private static Candidate fullDate(Matcher m, Document doc) {
        if (!doc.monthCanStartHere(m)) {
            return null;
        }
        String date = date(Integer.parseInt(m.group("year")), monthNumber(m.group("month")),
                Integer.parseInt(m.group("day")));
        return date == null ? null : doc.candidate(m, date, TimexType.DATE);
    }

    private static Candidate monthDay(Matcher m, Document doc) {
        if (!doc.monthCanStartHere(m)) {
            return null;
        }
        int month = monthNumber(m.group("month"));
        int day = Integer.parseInt(m.group("day"));
        if (day > YearMonth.of(2024, month).lengthOfMonth()) { // 2024 is a leap year: allows February 29
            return null;
        }
        String day2 = m.group("day2");
        if (day2 != null && Integer.parseInt(day2) <= day) {
            return null;
        }
        if (doc.published == null) {
            return doc.candidate(m, null, day2 == null ? TimexType.DATE : TimexType.RANGE);
        }
        int year = doc.yearOf(month, day);
        String first = date(year, month, day);
        if (day2 == null) {
            return doc.candidate(m, first, TimexType.DATE);
        }
        String last = date(year, month, Integer.parseInt(day2));
        return doc.candidate(m, first == null || last == null ? null : first + "/" + last, TimexType.RANGE);
    }

    private static Candidate monthYear(Matcher m, Document doc) {
        if (!doc.monthCanStartHere(m)) {
            return null;
        }
        return doc.candidate(m, YearMonth.of(Integer.parseInt(m.group("year")), monthNumber(m.group("month")))
                .toString(), TimexType.DATE);
    }

    private static Candidate month(Matcher m, Document doc) {
        int month = monthNumber(m.group("month"));
        String rel = m.group("rel");
        boolean cued = rel != null || m.group("edge") != null || doc.previousIs(m.start(), MONTH_CUES);
        if (!cued && doc.previousIsNameWord(m.start())) {
            return null; // "Theresa May", "Billy August"
        }
        String value = null;
        if (doc.published != null) {
            YearMonth anchor = YearMonth.from(doc.published);
            YearMonth sameYear = YearMonth.of(anchor.getYear(), month);
            YearMonth resolved;
            if (rel == null || Character.toLowerCase(rel.charAt(0)) == 't') {
                resolved = rel == null ? YearMonth.of(doc.yearOf(month, 1), month) : sameYear;
            } else if (Character.toLowerCase(rel.charAt(0)) == 'l') {
                resolved = sameYear.isBefore(anchor) ? sameYear : sameYear.minusYears(1);
            } else {
                resolved = sameYear.isAfter(anchor) ? sameYear : sameYear.plusYears(1);
            }
            value = resolved.toString();
        }
        return new Candidate(m.start(), m.end(), value, TimexType.DATE, !cued);
    }

    private static Candidate decade(Matcher m, Document doc) {
        return doc.candidate(m, m.group("decade") + "X", TimexType.DATE);
    }

    private static Candidate yearRange(Matcher m, Document doc) {
        int first = Integer.parseInt(m.group("year"));
        String second = m.group("year2");
        int last = Integer.parseInt(second);
        if (second.length() == 2) {
            int century = first / 100 * 100;
            last = century + last < first ? century + 100 + last : century + last;
        }
        if (last <= first || last - first > 100) {
            return null; // "2024-06" of a date, or not a pair of years
        }
        return doc.candidate(m, first + "/" + last, TimexType.RANGE);
    }

    private static Candidate year(Matcher m, Document doc) {
        boolean cued = m.group("edge") != null || doc.previousIs(m.start(), YEAR_CUES);
        return new Candidate(m.start(), m.end(), m.group("year"), TimexType.DATE, !cued);
    }

    private static Candidate weekday(Matcher m, Document doc) {
        String rel = m.group("rel");
        if (rel == null && (doc.previousIsNameWord(m.start()) || doc.previousForm(m.start()).equals("'s")
                || doc.nextIsNameWord(m.end()))) {
            return null; // "Super Tuesday", "GMTV's Sunday programme", "the Sunday Times"
        }
        if (doc.published == null) {
            return doc.candidate(m, null, TimexType.DATE);
        }
        DayOfWeek day = DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT));
        LocalDate date;
        char relation = rel == null ? ' ' : Character.toLowerCase(rel.charAt(0));
        if (relation == 'l') {
            date = doc.published.with(TemporalAdjusters.previous(day));
        } else if (relation == 'n') {
            date = doc.published.with(TemporalAdjusters.next(day));
        } else if (doc.futureBefore(m.start())) {
            date = doc.published.with(TemporalAdjusters.nextOrSame(day));
        } else {
            date = doc.published.with(TemporalAdjusters.previousOrSame(day));
        }
        return doc.candidate(m, date.toString(), TimexType.DATE);
    }

    private static Candidate relativeDay(Matcher m, Document doc) {
        String word = m.group("day");
        if (word.equals("Today") && !doc.startsSentence(m.start())
                || doc.previousForm(m.start()).equalsIgnoreCase("the")) {
            return null; // "the Today programme", "USA Today"
        }
        if (doc.published == null) {
            return doc.candidate(m, null, TimexType.DATE);
        }
        String lower = word.toLowerCase(Locale.ROOT);
        int offset = lower.startsWith("yesterday") || lower.startsWith("last") ? -1
                : lower.startsWith("tomorrow") ? 1 : 0;
        return doc.candidate(m, doc.published.plusDays(offset).toString(), TimexType.DATE);
    }

    private static Candidate relativePeriod(Matcher m, Document doc) {
        if (doc.published == null) {
            return doc.candidate(m, null, TimexType.DATE);
        }
        String rel = m.group("rel");
        int shift = rel == null ? 0 : switch (Character.toLowerCase(rel.charAt(0))) {
            case 'l' -> -1;
            case 'n' -> 1;
            default -> 0;
        };
        return doc.candidate(m, period(doc.published, m.group("unit"), shift), TimexType.DATE);
    }

    private static Candidate ago(Matcher m, Document doc) {
        double n = count(m.group("n"));
        if (n < 0 || n != Math.rint(n)) {
            return null;
        }
        if (doc.published == null) {
            return doc.candidate(m, null, TimexType.DATE);
        }
        String unit = m.group("unit");
        int amount = (int) n;
        LocalDate anchor = doc.published;
        String value = switch (unit) {
            case "day" -> anchor.minusDays(amount).toString();
            case "week" -> period(anchor.minusWeeks(amount), "week", 0);
            case "month" -> period(anchor.minusMonths(amount), "month", 0);
            case "year" -> period(anchor.minusYears(amount), "year", 0);
            case "decade" -> period(anchor.minusYears(10L * amount), "year", 0);
            default -> null; // seconds to hours ago need the time of publication, which Lede does not have
        };
        return doc.candidate(m, value, TimexType.DATE);
    }

    private static Candidate clock12(Matcher m, Document doc) {
        int hour = Integer.parseInt(m.group("hour")) % 12;
        if (Character.toLowerCase(m.group("half").charAt(0)) == 'p') {
            hour += 12;
        }
        String minute = m.group("minute");
        return doc.candidate(m, clock(hour, minute == null ? "00" : minute, null), TimexType.TIME);
    }

    private static Candidate clock24(Matcher m, Document doc) {
        String zone = m.group("zone");
        boolean cued = zone != null || doc.previousIs(m.start(), CLOCK_CUES);
        String value = clock(Integer.parseInt(m.group("hour")), m.group("minute"), zone);
        return new Candidate(m.start(), m.end(), value, TimexType.TIME, !cued);
    }

    private static Candidate clockWord(Matcher m, Document doc) {
        boolean cued = doc.previousIs(m.start(), CLOCK_CUES);
        String value = m.group("hour").equals("noon") ? "T12:00" : "T00:00";
        return new Candidate(m.start(), m.end(), value, TimexType.TIME, !cued);
    }

    private static Candidate duration(Matcher m, Document doc) {
        String n = m.group("n");
        if (n != null && n.length() <= 2 && Character.toLowerCase(n.charAt(0)) == 'a'
                && (m.group("unit").equals("second") || !doc.previousIs(m.start(), SINGLE_DURATION_CUES))) {
            return null; // "a second term", "$12 a month", "twice a year"
        }
        double amount = count(n != null ? n : m.group("nh"));
        if (amount < 0) {
            return null;
        }
        String unit = m.group("unit");
        String value = switch (unit) {
            case "second" -> "PT" + number(amount) + "S";
            case "minute" -> "PT" + number(amount) + "M";
            case "hour" -> "PT" + number(amount) + "H";
            case "day" -> "P" + number(amount) + "D";
            case "week" -> "P" + number(amount) + "W";
            case "month" -> "P" + number(amount) + "M";
            case "year" -> "P" + number(amount) + "Y";
            case "decade" -> "P" + number(amount * 10) + "Y";
            default -> "P" + number(amount * 100) + "Y";
        };
        return doc.candidate(m, value, TimexType.DURATION);
    }

    // ---- value helpers ----

    /** The value of a count: digits, a number word, or "a"/"an" for one; -1 when it is none. */
    private static double count(String n) {
        char first = n.charAt(0);
        if (Character.isDigit(first)) {
            return Double.parseDouble(n.replace(",", ""));
        }
        if (n.length() <= 2 && (first == 'a' || first == 'A')) {
            return 1;
        }
        return NumberWords.cardinal(n);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static String clock(int hour, String minute, String zone) {
        String utc = zone != null && (zone.equals("GMT") || zone.equals("UTC")) ? "Z" : "";
        return String.format(Locale.ROOT, "T%02d:%s%s", hour, minute, utc);
    }

    /** The week, month or year of a date, shifted by whole units: "2024-W25", "2024-06", "2024". */
    private static String period(LocalDate date, String unit, int shift) {
        return switch (unit) {
            case "week" -> {
                LocalDate d = date.plusWeeks(shift);
                yield String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
                        d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            }
            case "month" -> YearMonth.from(date).plusMonths(shift).toString();
            default -> Integer.toString(date.getYear() + shift);
        };
    }

    /** An ISO date, or null when the day does not exist in that month. */
    private static String date(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day).toString();
    }

    private static int monthNumber(String name) {
        return switch (name.substring(0, 3)) {
            case "Jan" -> 1;
            case "Feb" -> 2;
            case "Mar" -> 3;
            case "Apr" -> 4;
            case "May" -> 5;
            case "Jun" -> 6;
            case "Jul" -> 7;
            case "Aug" -> 8;
            case "Sep" -> 9;
            case "Oct" -> 10;
            case "Nov" -> 11;
            default -> 12;
        };
    }

    /** One article as the rules see it: its normalised text, tokens and anchor, and the questions they ask. */
    private static final class Document {
        final Analysis analysis;
        final String text;
        final NormalizedText normalized;
        final List<Token> tokens;
        final List<Sentence> sentences;
        final LocalDate published;

        Document(Analysis analysis) {
            this.analysis = analysis;
            this.normalized = analysis.normalized();
            this.text = normalized.text();
            this.tokens = analysis.tokens();
            this.sentences = analysis.sentences();
            this.published = analysis.article().published();
        }

        Candidate candidate(Matcher m, String value, TimexType type) {
            return new Candidate(m.start(), m.end(), value, type, false);
        }

        Timex timex(int start, int end, String value, TimexType type) {
            int from = normalized.toOriginal(start);
            int to = normalized.toOriginalEnd(end);
            return new Timex(from, to, analysis.article().text().substring(from, to), value, type);
        }

        /** The index of the token that starts at a normalised offset, or -1. */
        int tokenStartingAt(int start) {
            return find(normalized.toOriginal(start), true);
        }

        /** The index of the token that ends at a normalised end offset, or -1. */
        int tokenEndingAt(int end) {
            return find(normalized.toOriginalEnd(end), false);
        }

        /** Binary search of the token whose start (or end) is at an original offset; both rise with the index. */
        private int find(int offset, boolean byStart) {
            int lo = 0;
            int hi = tokens.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                Token token = tokens.get(mid);
                int at = byStart ? token.start() : token.end();
                if (at < offset) {
                    lo = mid + 1;
                } else if (at > offset) {
                    hi = mid - 1;
                } else {
                    return mid;
                }
            }
            return -1;
        }

        /** The index of the token before the one that starts at a normalised offset, or -1. */
        int tokenBefore(int start) {
            int at = tokenStartingAt(start);
            return at < 0 ? -1 : at - 1;
        }

        int normalizedStart(int token) {
            return normalized.fromOriginal(tokens.get(token).start());
        }

        /** True when the token before {@code token} ends where a normalised span ends. */
        boolean tokenEndsAt(int token, int end) {
            return token >= 1 && tokens.get(token - 1).end() == normalized.toOriginalEnd(end);
        }

        String previousForm(int start) {
            int before = tokenBefore(start);
            return before < 0 ? "" : tokens.get(before).form();
        }

        boolean previousIs(int start, WordTable<Boolean> words) {
            return words.contains(previousForm(start));
        }

        /** A capitalised word before a match, not opening its sentence: "Theresa" May, "Super" Tuesday. */
        boolean previousIsNameWord(int start) {
            int before = tokenBefore(start);
            return before >= 0 && isNameWord(before) && !MONTH_CUES.contains(tokens.get(before).form());
        }

        /** A capitalised word after a match, other than a month: Sunday "Times". */
        boolean nextIsNameWord(int end) {
            int last = tokenEndingAt(end);
            int after = last < 0 ? -1 : last + 1;
            return after > 0 && after < tokens.size() && isNameWord(after)
                    && !MONTH_NAMES.matcher(tokens.get(after).form()).matches();
        }

        private boolean isNameWord(int token) {
            String form = tokens.get(token).form();
            return form.length() > 1 && Character.isUpperCase(form.charAt(0)) && Character.isLowerCase(form.charAt(1))
                    && sentences.get(sentenceOf(token)).firstToken() != token;
        }

        boolean startsSentence(int start) {
            int at = tokenStartingAt(start);
            return at >= 0 && sentences.get(sentenceOf(at)).firstToken() == at;
        }

        /** The index of the sentence holding a token. */
        int sentenceOf(int token) {
            int lo = 0;
            int hi = sentences.size() - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (sentences.get(mid).firstToken() <= token) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo;
        }

        /**
     * A future cue before a match in its sentence ("will", "is due to", "called for"), with no attribution verb
     * between them.
     */
        boolean futureBefore(int start) {
            int at = tokenStartingAt(start);
            int first = Math.max(sentences.get(sentenceOf(at)).firstToken(), at - FUTURE_LOOKBACK);
            for (int i = at - 1; i >= first; i--) {
                String form = tokens.get(i).form();
                if (ATTRIBUTION.contains(form)) {
                    return false;
                }
                boolean dueTo = FUTURE_AFTER_BE.contains(form) && i > first
                        && PRESENT_BE.contains(tokens.get(i - 1).form());
                // "called for a general strike on Saturday", "a rally planned for Monday": when it is to happen
                boolean summoned = form.equals("for") && i > first && SUMMONS.contains(tokens.get(i - 1).form());
                if (FUTURE.contains(form) || dueTo || summoned) {
                    return true;
                }
            }
            return false;
        }

        /** A match that starts with a month not preceded by a name: not "Theresa May 5". */
        boolean monthCanStartHere(Matcher m) {
            return m.start("month") != m.start() || !previousIsNameWord(m.start());
        }

        /** The year of a month and day without one: the anchor's, or the year before if over six months ahead. */
        int yearOf(int month, int day) {
            int year = published.getYear();
            YearMonth ym = YearMonth.of(year, month);
            LocalDate date = ym.atDay(Math.min(day, ym.lengthOfMonth()));
            return date.isAfter(published.plusMonths(6)) ? year - 1 : year;
        }

        /** A clock time's value with the date of the nearest full date in its sentence, when there is one. */
        String withDate(Candidate time, List<Candidate> chosen) {
            int sentence = sentenceOf(tokenStartingAt(time.start));
            Candidate best = null;
            for (Candidate c : chosen) {
                if (!c.weak && c.type == TimexType.DATE && c.value != null && c.value.length() == 10
                        && sentenceOf(tokenStartingAt(c.start)) == sentence
                        && (best == null || distance(c, time) < distance(best, time))) {
                    best = c;
                }
            }
            return best == null || time.value == null ? time.value : best.value + time.value;
        }

        private static int distance(Candidate a, Candidate b) {
            return a.start < b.start ? b.start - a.end : a.start - b.end;
        }
    }

    @FunctionalInterface
    private interface Resolver {
        Candidate resolve(Matcher match, Document doc);
    }

    private record Rule(Pattern pattern, Resolver resolver, List<String> triggers) {
    }

    /**
     * A time expression found in the normalised text. A weak one (a bare month or year, a clock time with no
     * cue) is kept only when it ends a range.
     */
    private record Candidate(int start, int end, String value, TimexType type, boolean weak) {
    }
}
