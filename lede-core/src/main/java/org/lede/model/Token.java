package org.lede.model;

import java.util.Locale;

/**
 * A token: its place in the article and its normalised form ({@code “Hello”} has the form {@code "Hello"}),
 * which is what the statistical stages see, and that form in lower case ({@link Locale#ROOT}). The lower
 * case is made once here because nearly every stage asks its word lists about it: one string per token,
 * whose hash is then computed once, instead of a copy per stage.
 */
public record Token(int start, int end, String form, String lower) implements Span {
    public Token(int start, int end, String form) {
        this(start, end, form, form.toLowerCase(Locale.ROOT));
    }
}
