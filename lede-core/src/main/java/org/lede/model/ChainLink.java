package org.lede.model;

/**
 * One link of a claim's provenance chain, read from the outlet inwards:
 * outlet ← relay ← speaker ← source.
 *
 * @param role   "outlet", "relay", "speaker" or "source"
 * @param entity the entity id when the link is a known entity, otherwise null
 * @param text   how the article names it
 */
public record ChainLink(String role, String entity, String text) {
}
