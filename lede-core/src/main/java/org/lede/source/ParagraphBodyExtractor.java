package org.lede.source;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The simple extractor: the {@code <p>} paragraphs of the element marked as the article body
 * ({@code itemprop=articleBody}, else {@code <article>}, else {@code <main>}); a page that marks none gets
 * its substantial paragraphs, so short captions, bylines and "share this" lines stay out.
 */
public final class ParagraphBodyExtractor implements BodyExtractor {
    private static final List<String> CONTAINERS = List.of("[itemprop=articleBody]", "article", "main", "[role=main]");
    /** Outside a marked body, a paragraph shorter than this is furniture rather than article. */
    private static final int SUBSTANTIAL = 40;

    @Override
    public List<String> paragraphs(Document page) {
        for (String selector : CONTAINERS) {
            List<String> best = List.of();
            int bestLength = 0;
            // A page may hold several (related stories, teasers): the article is the one with most text.
            for (Element container : page.select(selector)) {
                List<String> paragraphs = paragraphsOf(container, 1);
                int length = paragraphs.stream().mapToInt(String::length).sum();
                if (length > bestLength) {
                    best = paragraphs;
                    bestLength = length;
                }
            }
            if (!best.isEmpty()) {
                return best;
            }
        }
        return paragraphsOf(page.body(), SUBSTANTIAL);
    }

    private static List<String> paragraphsOf(Element root, int minLength) {
        List<String> paragraphs = new ArrayList<>();
        if (root == null) {
            return paragraphs;
        }
        for (Element p : root.select("p")) {
            String text = p.text().strip();
            if (text.length() >= minLength) {
                paragraphs.add(text);
            }
        }
        return paragraphs;
    }
}
