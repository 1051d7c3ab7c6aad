package org.lede.model;

/**
 * Someone or something a claim is credited to, other than its speaker: a relay ("…, a TV channel
 * reported") or a source the speaker invokes ("citing press reports", "officials cited as saying").
 *
 * @param entity the entity id when the text names a known entity, otherwise null
 */
public record Source(String entity, String text, int start, int end) implements Span {
}
