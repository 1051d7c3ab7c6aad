package org.lede.model;

/**
 * A time expression and its ISO 8601 value.
 *
 * @param value ISO 8601: a date ("2024-06-20"), a month ("2024-06"), a year, a range
 *              ("1980/1988"), a duration ("P10Y"), or null where it cannot be resolved
 * @param type  what kind of time the expression is
 */
public record Timex(int start, int end, String text, String value, TimexType type) implements Span {
}
