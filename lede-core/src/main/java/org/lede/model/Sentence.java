package org.lede.model;

/**
 * A sentence: its place in the article and the range of its tokens in {@link Analysis#tokens()}
 * ({@code firstToken} inclusive, {@code endToken} exclusive).
 */
public record Sentence(int start, int end, int firstToken, int endToken) implements Span {

    public int tokenCount() {
        return endToken - firstToken;
    }
}
