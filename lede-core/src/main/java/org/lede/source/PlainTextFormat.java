package org.lede.source;

import org.lede.model.Article;

/**
 * Reads an article from plain text. The first line is the headline when a blank line follows it (and it
 * is not itself the dateline-led first paragraph); the rest is the body. Line breaks are read as
 * {@code \n} whatever the file used, so offsets do not depend on the platform that wrote it.
 */
final class PlainTextFormat {
    /** A "headline" longer than this is a paragraph that happens to stand alone. */
    private static final int MAX_HEADLINE = 300;

    Article parse(String origin, String decoded) {
        String text = decoded.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (text.isEmpty()) {
            throw new InputException(origin, "empty; nothing to analyse");
        }
        String title = null;
        String body = text;
        int lineEnd = text.indexOf('\n');
        if (lineEnd > 0 && text.startsWith("\n", lineEnd + 1)) {
            String firstLine = text.substring(0, lineEnd).strip();
            String rest = text.substring(lineEnd + 1).strip();
            if (firstLine.length() <= MAX_HEADLINE && Dateline.find(firstLine) == null && !rest.isEmpty()) {
                title = firstLine;
                body = rest;
            }
        }
        Dateline dateline = Dateline.find(body);
        return new Article(body, title, dateline == null ? null : dateline.outlet(), null,
                dateline == null ? null : dateline.text(), null, "en", origin);
    }
}
