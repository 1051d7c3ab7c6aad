package org.lede.source;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.xml.sax.InputSource;

/**
 * The items of an RSS (0.9x, 1.0, 2.0) or Atom feed, read with ROME, as {@link SourceRecord}s of kind
 * {@link SourceRecord.Kind#HTML_FRAGMENT}: an item's full content ({@code content:encoded}, Atom
 * {@code content}) when it has one, else its description or summary, with the item's title, link, date and
 * author. The pages the items link to are not fetched: a feed gives what it holds. Thread-safe.
 */
public final class FeedReader {
    private final BoundedInput input;

    public FeedReader(long limitBytes) {
        this.input = new BoundedInput(limitBytes);
    }

    /** True for names read as feeds: .rss and .atom files. */
    public static boolean isFeed(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".rss") || name.endsWith(".atom");
    }

    /** True when the bytes open like a feed: an {@code <rss>}, {@code <feed>} or RDF root near the start. */
    public static boolean looksLikeFeed(byte[] head) {
        String start = new String(head, 0, Math.min(head.length, 2048), StandardCharsets.ISO_8859_1);
        return start.contains("<rss") || start.contains("<feed") || start.contains("<rdf:RDF");
    }

    /**
     * The feed's items in the feed's order; an item with no text is left out.
     *
     * @throws InputException when the feed cannot be parsed
     */
    public List<SourceRecord> read(String origin, InputStream in) {
        byte[] bytes = input.read(origin, in);
        SyndFeed feed;
        try {
            SyndFeedInput parser = new SyndFeedInput();
            // Feeds carry no DTDs worth fetching; a reference to one is never followed (nothing is downloaded).
            parser.setAllowDoctypes(false);
            feed = parser.build(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IllegalArgumentException e) {
            throw new InputException(origin, "not an RSS or Atom feed (" + e.getMessage() + ")", e);
        }
        String outlet = feed.getTitle();
        List<SourceRecord> items = new ArrayList<>();
        int index = 0;
        for (SyndEntry entry : feed.getEntries()) {
            index++;
            String html = content(entry);
            if (html == null || html.isBlank()) {
                continue;
            }
            // The feed's own title names the outlet when the item's text gives none: it goes in as the page's.
            String page = "<html><head>" + (outlet == null ? "" : "<meta property=\"og:site_name\" content=\""
                    + escape(outlet) + "\">") + "</head><body>" + html + "</body></html>";
            items.add(new SourceRecord(origin + "#" + index, SourceRecord.Kind.HTML_FRAGMENT,
                    page.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, entry.getLink(),
                    date(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate()),
                    language(feed.getLanguage()), entry.getTitle(), blankToNull(entry.getAuthor())));
        }
        return items;
    }

    private static String content(SyndEntry entry) {
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null && !content.getValue().isBlank()) {
                return asHtml(content);
            }
        }
        return entry.getDescription() == null ? null : asHtml(entry.getDescription());
    }

    /** Plain-text content is escaped so that a "<" in it stays text. */
    private static String asHtml(SyndContent content) {
        String type = content.getType() == null ? "text/html" : content.getType();
        return type.contains("html") ? content.getValue() : "<p>" + escape(content.getValue()) + "</p>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static LocalDate date(Date date) {
        return date == null ? null : LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC);
    }

    private static String language(String code) {
        return code == null || code.length() < 2 ? null : code.substring(0, 2).toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
