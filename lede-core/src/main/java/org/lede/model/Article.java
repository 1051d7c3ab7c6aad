package org.lede.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as it enters the pipeline: its body text and what is known about it.
 *
 * <p>{@code text} is the body exactly as decoded from the source (the headline is kept apart in
 * {@code title}); every annotation's offsets point into it. Fields other than {@code text} may be null
 * when the source does not say.
 *
 * @param text      body text, never null
 * @param title     headline
 * @param outlet    publishing outlet ("Reuters", "BBC News")
 * @param published publication date, the anchor for relative dates such as "on Tuesday"
 * @param dateline  the dateline that opens the body ("TIRANA (Reuters) –"), kept in {@code text} too
 * @param url       where the article was published
 * @param language  ISO 639-1 code
 * @param origin    where Lede read it from (a file path, "-" for standard input), for error messages
 * @param author    the byline's names as the source gives them ("Ana Krasniqi, Ben Ortiz")
 */
public record Article(String text, String title, String outlet, LocalDate published, String dateline,
                      String url, String language, String origin, String author) {

    public Article {
        Objects.requireNonNull(text, "text");
    }

    /** An article whose source names no author, as plain text gives it. */
    public Article(String text, String title, String outlet, LocalDate published, String dateline, String url,
                   String language, String origin) {
        this(text, title, outlet, published, dateline, url, language, origin, null);
    }

    /** An article of plain text with nothing else known, as tests and simple callers need it. */
    public static Article of(String text) {
        return new Article(text, null, null, null, null, null, "en", null);
    }

    public Article withPublished(LocalDate date) {
        return new Article(text, title, outlet, date, dateline, url, language, origin, author);
    }

    public Article withOutlet(String name) {
        return new Article(text, title, name, published, dateline, url, language, origin, author);
    }

    public Article withUrl(String address) {
        return new Article(text, title, outlet, published, dateline, address, language, origin, author);
    }

    public Article withOrigin(String where) {
        return new Article(text, title, outlet, published, dateline, url, language, where, author);
    }

    public Article withLanguage(String code) {
        return new Article(text, title, outlet, published, dateline, url, code, origin, author);
    }
}
