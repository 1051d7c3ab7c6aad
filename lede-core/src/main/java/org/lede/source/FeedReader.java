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
     * The feed's items in the feed's order, each as an entry holding its record; an item with no text is left
     * out. A feed that breaks off inside an item (a download cut short) gives the items before the break and,
     * last, an entry that says where it broke off, as an archive does.
     *
     * @throws InputException when the feed cannot be parsed, not even up to its last complete item
     */
    public List<ArchiveEntry> read(String origin, InputStream in) {
        byte[] bytes = input.read(origin, in);
        try {
            return entries(origin, parse(bytes));
        } catch (FeedException | IllegalArgumentException e) {
            String problem = "not an RSS or Atom feed (" + e.getMessage() + ")";
            String text = new String(bytes, StandardCharsets.ISO_8859_1); // one char per byte: offsets are bytes
            int end = Math.max(endAfter(text, "</item>"), endAfter(text, "</entry>"));
            String closing = closingTags(text);
            if (end < 0 || closing == null) {
                throw new InputException(origin, problem, e);
            }
            SyndFeed complete;
            try {
                complete = parse((text.substring(0, end) + closing).getBytes(StandardCharsets.ISO_8859_1));
            } catch (FeedException | IllegalArgumentException stillBroken) {
                throw new InputException(origin, problem, e);
            }
            List<ArchiveEntry> entries = entries(origin, complete);
            String rest = text.substring(end);
            if (rest.contains("<item") || rest.contains("<entry")) {
                int items = complete.getEntries().size();
                entries.add(ArchiveEntry.skipped(ArchiveEntry.Skip.TRUNCATED, origin + ": breaks off inside item "
                        + (items + 1) + " (" + e.getMessage() + "): the feed was cut short; "
                        + (items == 1 ? "the item before it was read" : "the " + items + " items before it were read")));
            }
            return entries;
        }
    }

    private static SyndFeed parse(byte[] bytes) throws FeedException {
        SyndFeedInput parser = new SyndFeedInput();
        // Feeds carry no DTDs worth fetching; a reference to one is never followed (nothing is downloaded).
        parser.setAllowDoctypes(false);
        return parser.build(new InputSource(new ByteArrayInputStream(bytes)));
    }

    /** The offset just after the last {@code tag} in the text, or -1. */
    private static int endAfter(String text, String tag) {
        int at = text.lastIndexOf(tag);
        return at < 0 ? -1 : at + tag.length();
    }

    /** What closes the elements around a feed's items, by the feed's kind; null when it is none of them. */
    private static String closingTags(String text) {
        String head = text.substring(0, Math.min(text.length(), 2048));
        if (head.contains("<rdf:RDF")) {
            return "</rdf:RDF>";
        }
        if (head.contains("<rss")) {
            return "</channel></rss>";
        }
        return head.contains("<feed") ? "</feed>" : null;
    }

    private static List<ArchiveEntry> entries(String origin, SyndFeed feed) {
        String outlet = feed.getTitle();
        List<ArchiveEntry> items = new ArrayList<>();
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
            items.add(ArchiveEntry.of(new SourceRecord(origin + "#" + index, SourceRecord.Kind.HTML_FRAGMENT,
                    page.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, entry.getLink(),
                    date(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate()),
                    language(feed.getLanguage()), entry.getTitle(), blankToNull(entry.getAuthor()))));
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
