package org.lede.cli;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The span of publication dates of the articles an ingest run stored, which is where the event clusters
 * must be recomputed afterwards. Written to by the worker threads.
 */
final class StoredDates {
    /** The first and last date, both inclusive. */
    record Span(LocalDate first, LocalDate last) {
    }

    private LocalDate first;
    private LocalDate last;

    /** Notes a stored article's publication date (ISO), or nothing for an undated one. */
    synchronized void add(String published) {
        if (published == null || published.isBlank()) {
            return;
        }
        LocalDate date = LocalDate.parse(published);
        first = first == null || date.isBefore(first) ? date : first;
        last = last == null || date.isAfter(last) ? date : last;
    }

    synchronized Optional<Span> span() {
        return first == null ? Optional.empty() : Optional.of(new Span(first, last));
    }
}
