package org.lede.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a web page says about the article it carries, from its metadata: Open Graph, JSON-LD
 * ({@code NewsArticle}, {@code Article} …), {@code <meta name=date>} and the like, {@code <time datetime>}.
 * Each field is null when the page does not say. Metadata is preferred to visible text because sites
 * fill it in for search engines and it is more regular than their layouts.
 */
record PageMetadata(String title, String outlet, LocalDate published, String url, String language, String author) {

    private static final List<String> AUTHOR_META = List.of("author", "article:author", "byl", "parsely-author",
            "sailthru.author", "dc.creator");
    private static final Pattern BYLINE_BY = Pattern.compile("^(?i:by)\\s+");
    /** Dates before this year in page metadata are placeholders ("0001-01-01"): no newspaper archive is older. */
    private static final int FIRST_YEAR = 1600;
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    private static final List<String> DATE_META = List.of("date", "pubdate", "publishdate", "publish-date",
            "article.published", "dc.date.issued", "dc.date", "dcterms.created", "dcterms.issued",
            "parsely-pub-date", "sailthru.date");

    /** Reads the metadata; call it before scripts are removed, since JSON-LD lives in a script element. */
    static PageMetadata of(Document page, ObjectMapper json) {
        JsonNode ld = articleJsonLd(page, json);
        String title = first(meta(page, "og:title"), text(ld, "headline"), meta(page, "twitter:title"),
                elementText(page, "h1"), page.title());
        String outlet = first(meta(page, "og:site_name"), publisherName(ld), meta(page, "application-name"));
        LocalDate published = firstDate(meta(page, "article:published_time"), text(ld, "datePublished"),
                dateMeta(page), itempropDate(page), timeElement(page), text(ld, "dateCreated"));
        String url = first(meta(page, "og:url"), page.select("link[rel=canonical]").attr("href"), text(ld, "url"));
        String lang = page.select("html").attr("lang");
        String language = lang.length() >= 2 ? lang.substring(0, 2).toLowerCase(Locale.ROOT) : null;
        return new PageMetadata(title, outlet, published, url, language, author(page, ld));
    }

    /**
     * The byline: JSON-LD's author names, else a {@code <meta>} author, else the page's marked-up byline
     * ({@code itemprop=author}, {@code rel=author}). A web address (Facebook's {@code article:author}) names
     * no one and is passed over, and a leading "By" is dropped.
     */
    private static String author(Document page, JsonNode ld) {
        List<String> names = new ArrayList<>();
        collectNames(ld == null ? null : ld.get("author"), names);
        if (names.isEmpty()) {
            for (String key : AUTHOR_META) {
                String named = meta(page, key);
                if (named != null && !named.isBlank() && !isAddress(named)) {
                    names.add(named);
                    break;
                }
            }
        }
        if (names.isEmpty()) {
            for (Element byline : page.select("[itemprop=author], a[rel=author]")) {
                Element name = byline.selectFirst("[itemprop=name]");
                String text = name != null ? name.attr("content").isBlank() ? name.text() : name.attr("content")
                        : byline.text();
                if (!text.isBlank() && !names.contains(text.strip())) {
                    names.add(text.strip());
                }
            }
        }
        List<String> people = new ArrayList<>();
        for (String name : names) {
            String cleaned = BYLINE_BY.matcher(name.strip()).replaceFirst("").strip();
            if (!cleaned.isEmpty() && !isAddress(cleaned) && !people.contains(cleaned)) {
                people.add(cleaned);
            }
        }
        return people.isEmpty() ? null : String.join(", ", people);
    }

    private static boolean isAddress(String value) {
        return value.contains("://") || value.startsWith("www.");
    }

    /** JSON-LD's author: a name, a Person with a name, or an array of either. */
    private static void collectNames(JsonNode author, List<String> into) {
        if (author == null) {
            return;
        }
        if (author.isArray()) {
            author.forEach(one -> collectNames(one, into));
        } else if (author.isTextual()) {
            into.add(author.asText());
        } else {
            String name = text(author, "name");
            if (name != null && !name.isBlank()) {
                into.add(name);
            }
        }
    }

    /** The content of the first {@code <meta>} whose property (Open Graph) or name is {@code key}. */
    private static String meta(Document page, String key) {
        for (Element meta : page.select("meta[content]")) {
            if (meta.attr("property").equalsIgnoreCase(key) || meta.attr("name").equalsIgnoreCase(key)) {
                return meta.attr("content");
            }
        }
        return null;
    }

    private static String dateMeta(Document page) {
        for (String name : DATE_META) {
            String value = meta(page, name);
            if (date(value) != null) {
                return value;
            }
        }
        return null;
    }

    private static String itempropDate(Document page) {
        Element element = page.selectFirst("[itemprop=datePublished]");
        if (element == null) {
            return null;
        }
        return first(element.attr("content"), element.attr("datetime"));
    }

    private static String timeElement(Document page) {
        for (Element time : page.select("time[datetime]")) {
            if (date(time.attr("datetime")) != null) {
                return time.attr("datetime");
            }
        }
        return null;
    }

    private static String elementText(Document page, String selector) {
        Element element = page.selectFirst(selector);
        return element == null ? null : element.text();
    }

    /** The first JSON-LD object typed as an article (NewsArticle, ReportageNewsArticle, BlogPosting …). */
    private static JsonNode articleJsonLd(Document page, ObjectMapper json) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = json.readTree(script.data());
            } catch (JsonProcessingException malformed) {
                continue; // sites ship broken JSON-LD; the other metadata still counts
            }
            List<JsonNode> candidates = new ArrayList<>();
            collect(root, candidates);
            for (JsonNode node : candidates) {
                if (isArticle(node.get("@type"))) {
                    return node;
                }
            }
        }
        return null;
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> collect(child, into));
        } else if (node.isObject()) {
            into.add(node);
            collect(node.get("@graph"), into);
        }
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticle(t)) {
                    return true;
                }
            }
            return false;
        }
        String name = type.asText();
        return name.endsWith("Article") || name.equals("BlogPosting") || name.equals("Report");
    }

    private static String publisherName(JsonNode ld) {
        JsonNode publisher = ld == null ? null : ld.get("publisher");
        if (publisher != null && publisher.isArray()) {
            publisher = publisher.size() == 0 ? null : publisher.get(0);
        }
        if (publisher != null && publisher.isTextual()) {
            return publisher.asText();
        }
        return text(publisher, "name");
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isValueNode() ? value.asText() : null;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static LocalDate firstDate(String... values) {
        for (String value : values) {
            LocalDate date = date(value);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /**
     * The calendar date an ISO timestamp starts with: the day as the publisher dated it, in its own time
     * zone, which is the day its "on Tuesday" is relative to.
     */
    static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO_DATE.matcher(value.strip());
        if (!m.find()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        if (year < FIRST_YEAR) {
            return null;
        }
        try {
            return LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException impossible) {
            return null;
        }
    }
}
