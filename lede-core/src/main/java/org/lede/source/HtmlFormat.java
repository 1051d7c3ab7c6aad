package org.lede.source;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.lede.model.Article;

/**
 * Reads an article from a saved web page. Title, outlet, date and address come from the page's metadata,
 * the body from a {@link BodyExtractor}, its paragraphs joined by blank lines. The page is only parsed:
 * nothing in it is run and nothing it points to is fetched.
 */
final class HtmlFormat {
    /** Elements that never hold article text, removed before the body is looked for. */
    private static final String NOT_ARTICLE = "script, style, noscript, template, nav, footer, aside, figcaption, "
            + "iframe, frame, object, embed, svg, math, canvas, button, select, textarea, input, dialog";
    /**
     * Forms are sign-in boxes, searches and comment fields, except the one an ASP.NET page wraps around
     * everything it shows: a form holding the article is kept.
     */
    private static final String NOT_ARTICLE_FORMS = "form:not(:has(article, main, [itemprop=articleBody]))";

    private final BodyExtractor extractor;
    private final ObjectMapper json = new ObjectMapper();

    HtmlFormat(BodyExtractor extractor) {
        this.extractor = extractor;
    }

    Article parse(String origin, String html) {
        if (html.isBlank()) {
            throw new InputException(origin, "empty; nothing to analyse");
        }
        Document page = Jsoup.parse(html);
        PageMetadata meta = PageMetadata.of(page, json);
        page.select(NOT_ARTICLE).remove();
        page.select(NOT_ARTICLE_FORMS).remove();
        List<String> paragraphs = extractor.paragraphs(page);
        String body = String.join("\n\n", paragraphs).strip();
        if (body.isEmpty()) {
            throw new InputException(origin, "no article text found in this web page; "
                    + "copy the article text into a .txt file and pass that");
        }
        Dateline dateline = Dateline.find(body);
        String outlet = meta.outlet() != null ? meta.outlet() : dateline == null ? null : dateline.outlet();
        return new Article(body, meta.title(), outlet, meta.published(), dateline == null ? null : dateline.text(),
                meta.url(), meta.language() == null ? "en" : meta.language(), origin, meta.author());
    }
}
