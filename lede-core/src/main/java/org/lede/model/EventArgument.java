package org.lede.model;

/**
 * A participant of an event: the words that name it and the entity they refer to.
 *
 * @param entity the id of the entity the phrase names, or the one it belongs to ("a camp belonging to the
 *               group" → the group, "Albanian police" → Albanian), or one of a list of names ("Perez, Guerra and
 *               Blanco were arrested"); null when no entity is named
 * @param text   the phrase as written ("Albanian police", "a camp belonging to the group", "Perez, Guerra and
 *               Blanco")
 */
public record EventArgument(String entity, String text, int start, int end) implements Span {
}
