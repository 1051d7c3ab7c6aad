package org.lede.source;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import org.lede.model.Article;

/**
 * Reads one article from a file or a stream: plain text or a saved web page, in whatever encoding it
 * came in. Formats only, no linguistics. An input that cannot be an article stops here with an
 * {@link InputException} naming it; recoverable oddities (a legacy encoding) go to the warnings sink.
 * Thread-safe: it keeps nothing of the articles it reads.
 */
public final class ArticleReader {
    /** The largest article read by default: far beyond any news story, far below a mistaken dump. */
    public static final long DEFAULT_LIMIT = 10L * 1024 * 1024;

    private final BoundedInput input;
    private final long limit;
    private final TextDecoder decoder = new TextDecoder();
    private final PlainTextFormat plainText = new PlainTextFormat();
    private final HtmlFormat html;
    private final Consumer<String> warnings;
    private final LanguageIdentifier languages = LanguageIdentifier.shipped();

    /** @param warnings receives one line per recoverable problem, e.g. "a.txt: not UTF-8, read as Windows-1252" */
    public ArticleReader(Consumer<String> warnings) {
        this(DEFAULT_LIMIT, new ParagraphBodyExtractor(), warnings);
    }

    public ArticleReader(long limitBytes, BodyExtractor extractor, Consumer<String> warnings) {
        this.input = new BoundedInput(limitBytes);
        this.limit = limitBytes;
        this.html = new HtmlFormat(extractor);
        this.warnings = warnings;
    }

    /** The largest article this reader takes, in bytes; archives skip larger records without reading them. */
    public long limit() {
        return limit;
    }

    /** Reads a .txt or .html/.htm file; any other file is taken for a web page if it looks like one. */
    public Article read(Path path) {
        byte[] bytes = input.read(path);
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean isHtml = name.endsWith(".html") || name.endsWith(".htm")
                || (!name.endsWith(".txt") && looksLikeHtml(bytes));
        return parse(path.toString(), bytes, isHtml);
    }

    /** Reads an article from a stream (standard input), telling a web page from plain text by its start. */
    public Article read(String origin, InputStream in) {
        byte[] bytes = input.read(origin, in);
        return parse(origin, bytes, looksLikeHtml(bytes));
    }

    /**
     * Reads a web page from a stream whatever its first bytes look like: for callers that know it is one,
     * from a file name ({@code .html.gz}) or a content type (a WARC record).
     */
    public Article readWebPage(String origin, InputStream in) {
        return parse(origin, input.read(origin, in), true);
    }

    /**
     * Reads a record taken out of an archive or a feed. What the content says wins over what the container
     * says, except for the address and language, which the container knows first-hand (the address it was
     * fetched from, the language a crawler identified).
     */
    public Article read(SourceRecord record) {
        byte[] bytes = record.content();
        if (bytes.length > limit) {
            throw input.tooLarge(record.origin(), BoundedInput.size(bytes.length));
        }
        Article article = parse(record.origin(), bytes, record.kind() != SourceRecord.Kind.PLAIN_TEXT, record.charset());
        return new Article(article.text(), first(article.title(), record.title()),
                article.outlet(), article.published() != null ? article.published() : record.published(),
                article.dateline(), first(record.url(), article.url()), first(record.language(), article.language()),
                record.origin(), first(article.author(), record.author()));
    }

    private static String first(String preferred, String fallback) {
        return preferred != null && !preferred.isBlank() ? preferred : fallback;
    }

    private Article parse(String origin, byte[] bytes, boolean isHtml) {
        return parse(origin, bytes, isHtml, null);
    }

    /** @param transport the charset the container declared (HTTP), used when the page declares none */
    private Article parse(String origin, byte[] bytes, boolean isHtml, Charset transport) {
        Charset inPage = isHtml ? TextDecoder.declaredInHtml(bytes) : null;
        Charset declared = inPage != null ? inPage : transport;
        TextDecoder.Decoded decoded = decoder.decode(origin, bytes, declared);
        if (decoded.text().isBlank()) {
            throw new InputException(origin, "empty; nothing to analyse");
        }
        if (decoded.guess() != null) {
            warnings.accept(origin + ": " + decoded.guess());
        }
        Article article = isHtml ? html.parse(origin, decoded.text()) : plainText.parse(origin, decoded.text());
        // The text says its language more reliably than a page template's lang="en" or a plain file's silence.
        String identified = languages.identify(article.text());
        return identified == null ? article : article.withLanguage(identified);
    }

    /** True when the input opens with markup a web page opens with. */
    static boolean looksLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
                .replace("\u00EF\u00BB\u00BF", "").stripLeading().toLowerCase(Locale.ROOT);
        if (!head.startsWith("<")) {
            return false;
        }
        for (String tag : new String[] {"<!doctype html", "<html", "<head", "<body", "<article", "<p>", "<p "}) {
            if (head.contains(tag)) {
                return true;
            }
        }
        return false;
    }
}
