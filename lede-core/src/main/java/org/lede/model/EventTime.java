package org.lede.model;

/**
 * When an event took place: a time expression of the time layer.
 *
 * @param value its ISO 8601 value, or null where the time layer could not resolve it
 */
public record EventTime(String text, int start, int end, String value) implements Span {

    public static EventTime of(Timex timex) {
        return new EventTime(timex.text(), timex.start(), timex.end(), timex.value());
    }
}
