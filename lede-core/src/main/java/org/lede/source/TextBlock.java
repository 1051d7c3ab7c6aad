package org.lede.source;

import org.jsoup.nodes.Element;

/**
 * A run of text a web page shows as one paragraph: a {@code <p>}, a list item, or the text a {@code <div>}
 * holds between {@code <br><br>} breaks.
 *
 * @param text      the text, whitespace collapsed, single line breaks kept as {@code \n}
 * @param linkChars how many of its characters are link text
 * @param owner     the nearest block element around it
 */
record TextBlock(String text, int linkChars, Element owner) {

    /** The share of the text that is link text: near 1 for menus and "related stories" lists. */
    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }
}
