package org.lede.model;

/**
 * A token: its place in the article and its normalised form ({@code “Hello”} has the form {@code "Hello"}),
 * which is what the statistical stages see.
 */
public record Token(int start, int end, String form) implements Span {
}
