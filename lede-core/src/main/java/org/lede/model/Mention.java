package org.lede.model;

/**
 * A stretch of text that refers to an entity.
 *
 * @param firstToken index of its first token in {@link Analysis#tokens()}
 * @param endToken   index after its last token
 */
public record Mention(int start, int end, String text, EntityType type, MentionKind kind,
                      int firstToken, int endToken) implements Span {
}
