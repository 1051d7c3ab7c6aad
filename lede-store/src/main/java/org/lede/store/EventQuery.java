package org.lede.store;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Events across the corpus. Every criterion is optional; those given must all hold.
 *
 * @param type   the CAMEO root category ("FIGHT", any case), or a CAMEO code or its prefix ("19", "190")
 * @param place  the place's name, matched whole and ignoring case, by the place entity's canonical name or
 *               any alias, or by the place's words when it names no entity
 * @param from   earliest event date, inclusive: the event's resolved day, else the article's publication date
 * @param to     latest event date, inclusive
 * @param limit  page size, at most {@link CorpusStore#MAX_PAGE}
 * @param offset events to skip, at most {@link SearchQuery#MAX_OFFSET}
 */
public record EventQuery(String type, String place, LocalDate from, LocalDate to, int limit, int offset) {

    public EventQuery {
        type = type == null || type.isBlank() ? null : type.strip().toUpperCase(Locale.ROOT);
        place = place == null || place.isBlank() ? null : place.strip();
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative");
        }
        limit = Math.min(limit, CorpusStore.MAX_PAGE);
        offset = Math.min(offset, SearchQuery.MAX_OFFSET);
    }

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, SearchQuery.DEFAULT_LIMIT, 0);
    }

    public EventQuery type(String typeOrCode) {
        return new EventQuery(typeOrCode, place, from, to, limit, offset);
    }

    public EventQuery place(String name) {
        return new EventQuery(type, name, from, to, limit, offset);
    }

    public EventQuery between(LocalDate first, LocalDate last) {
        return new EventQuery(type, place, first, last, limit, offset);
    }

    /** True when {@link #type} is a CAMEO code or code prefix rather than a category name. */
    boolean typeIsCode() {
        return type != null && type.chars().allMatch(Character::isDigit);
    }
}
