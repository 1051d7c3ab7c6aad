package org.lede.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a news story: a place in capitals, optionally a date or country, optionally the
 * agency in parentheses, then a dash: {@code TIRANA (Reuters) –}, {@code TIRANA, June 20 (AP) -},
 * {@code LONDON —}.
 *
 * @param text   the dateline as written, dash included
 * @param outlet the agency in the parentheses, or null
 */
record Dateline(String text, String outlet) {

    private static final Pattern DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu}.'’\\-]+(?: \\p{Lu}[\\p{Lu}.'’\\-]*){0,4}"     // TIRANA, NEW YORK, ST. LOUIS
                    + "(?:, [^,()\\n–—-]{1,30}?){0,2}"                        // , June 20 / , Albania
                    + "(?: ?\\(([^()\\n]{1,40})\\))?"                          // (Reuters)
                    + " *(?:--|[-–—]))"                                        // the dash,
                    + "(?= +\\S)");                                              // then a space: not "US-China"

    /** The dateline at the very start of a body, or null when it has none. */
    static Dateline find(String body) {
        Matcher m = DATELINE.matcher(body);
        if (!m.find()) {
            return null;
        }
        String outlet = m.group(2) == null ? null : m.group(2).strip();
        return new Dateline(m.group(1), outlet == null || outlet.isEmpty() ? null : outlet);
    }
}
