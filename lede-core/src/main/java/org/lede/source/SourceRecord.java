package org.lede.source;

import java.nio.charset.Charset;
import java.time.LocalDate;

/**
 * One article's bytes as a container (a WARC file, a feed) holds them, with what the container says about
 * them, not yet parsed: parsing is the costly part and is left to whichever thread analyses the article
 * ({@link ArticleReader#read(SourceRecord)}). Fields other than {@code origin}, {@code kind} and
 * {@code content} are null when the container does not say.
 *
 * @param origin    where it came from, for messages: "news.warc.gz#12" (the 12th record), "feed.xml#3"
 * @param kind      how to read the content
 * @param content   the payload, at most the reader's size limit
 * @param charset   the encoding the container declares (an HTTP {@code Content-Type} charset)
 * @param url       the address the container gives (WARC-Target-URI, an item's link)
 * @param published the date the container gives, used when the content itself gives none
 * @param language  the language the container names (CC's WARC-Identified-Content-Language), ISO 639-1
 * @param title     a headline the container gives (a feed item's title)
 * @param author    an author the container gives (a feed item's author)
 */
public record SourceRecord(String origin, Kind kind, byte[] content, Charset charset, String url, LocalDate published,
                           String language, String title, String author) {

    /** How a record's content is read. */
    public enum Kind {
        /** A whole web page: the article is extracted from it. */
        WEB_PAGE,
        /** Text already extracted, as a WET conversion record holds it. */
        PLAIN_TEXT,
        /** A piece of HTML that is all article, as a feed item's content is. */
        HTML_FRAGMENT
    }
}
