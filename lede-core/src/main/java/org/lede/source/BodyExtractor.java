package org.lede.source;

import java.util.List;
import org.jsoup.nodes.Document;

/**
 * Finds the paragraphs of the article in a web page, without scripts, styles, navigation, footers or forms
 * (already removed when it is called). The seam where a better extractor replaces the simple one.
 */
public interface BodyExtractor {

    /** The article's paragraphs in reading order, each as plain text; empty when the page has none. */
    List<String> paragraphs(Document page);
}
