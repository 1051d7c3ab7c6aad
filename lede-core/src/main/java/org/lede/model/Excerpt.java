package org.lede.model;

/**
 * A piece of evidence quoted from the article: its text and where it stands.
 * Used for roles, quote cues, channels and anything else that is only text with a place.
 */
public record Excerpt(String text, int start, int end) implements Span {

    public static Excerpt of(String articleText, int start, int end) {
        return new Excerpt(articleText.substring(start, end), start, end);
    }
}
