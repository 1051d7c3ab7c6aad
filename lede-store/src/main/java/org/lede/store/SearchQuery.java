package org.lede.store;

import java.time.LocalDate;

/**
 * A search over the corpus. Every criterion is optional; those given must all hold. Names (outlet, entity,
 * speaker) match whole names, ignoring case; an entity or speaker matches by its canonical name or any alias.
 *
 * @param text    words to find in headline or body; quoted phrases, OR and -word are understood
 * @param from    earliest publication date, inclusive
 * @param to      latest publication date, inclusive
 * @param technique a persuasion technique the article uses, as lede/1 names it ("Loaded_Language")
 * @param limit   page size, at most {@link CorpusStore#MAX_PAGE}
 * @param offset  hits to skip, at most {@link #MAX_OFFSET}
 */
public record SearchQuery(String text, String outlet, LocalDate from, LocalDate to, String entity, String speaker,
                          String technique, int limit, int offset) {
    public static final int DEFAULT_LIMIT = 20;
    /** Paging stops here: deeper pages would make one request collect that many hits. */
    public static final int MAX_OFFSET = 10_000;

    public SearchQuery {
        text = blankToNull(text);
        outlet = blankToNull(outlet);
        entity = blankToNull(entity);
        speaker = blankToNull(speaker);
        technique = blankToNull(technique);
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative");
        }
        limit = Math.min(limit, CorpusStore.MAX_PAGE);
        offset = Math.min(offset, MAX_OFFSET);
    }

    public static SearchQuery all() {
        return new SearchQuery(null, null, null, null, null, null, null, DEFAULT_LIMIT, 0);
    }

    public static SearchQuery text(String text) {
        return all().withText(text);
    }

    public SearchQuery withText(String words) {
        return new SearchQuery(words, outlet, from, to, entity, speaker, technique, limit, offset);
    }

    public SearchQuery outlet(String name) {
        return new SearchQuery(text, name, from, to, entity, speaker, technique, limit, offset);
    }

    public SearchQuery between(LocalDate first, LocalDate last) {
        return new SearchQuery(text, outlet, first, last, entity, speaker, technique, limit, offset);
    }

    public SearchQuery entity(String name) {
        return new SearchQuery(text, outlet, from, to, name, speaker, technique, limit, offset);
    }

    public SearchQuery speaker(String name) {
        return new SearchQuery(text, outlet, from, to, entity, name, technique, limit, offset);
    }

    public SearchQuery technique(String name) {
        return new SearchQuery(text, outlet, from, to, entity, speaker, name, limit, offset);
    }

    public SearchQuery limit(int size) {
        return new SearchQuery(text, outlet, from, to, entity, speaker, technique, size, offset);
    }

    public SearchQuery offset(int skip) {
        return new SearchQuery(text, outlet, from, to, entity, speaker, technique, limit, skip);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
