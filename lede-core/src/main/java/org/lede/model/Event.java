package org.lede.model;

import java.util.List;
import java.util.Map;

/**
 * Something that happened (or was denied, planned, imagined or recalled) as the article reports it: one event
 * per real occurrence, however many times the article mentions it ("raided … the raid … the operation").
 *
 * @param id        "v1", "v2", … in order of first mention
 * @param type      the CAMEO root category the code belongs to ("ASSAULT", "COERCE", "FIGHT", …)
 * @param code      the CAMEO event code ("190", "1711", "174")
 * @param goldstein the Goldstein conflict–cooperation score of the code, from −10 to +10
 * @param trigger   the word that states it first ("raided", "the raid", "clashes")
 * @param mentions  every trigger merged into it, the first one included, in text order
 * @param actor     who did it, or null where the article does not say or Lede cannot tell
 * @param target    whom or what it was done to, or null
 * @param place     where, or null
 * @param instrument what with ("tear gas", "a drone"), or null
 * @param time      when, resolved by the time layer, or null
 * @param counts    people killed, injured, arrested and displaced, with their bounds; only the counts the
 *                  article gives
 * @param quote     the id of the quote that states it, or null when the article says it in its own voice
 * @param modality  whether the article reports it as having happened, denied, planned, hypothetical or historical
 */
public record Event(String id, String type, String code, double goldstein, Excerpt trigger, List<Excerpt> mentions,
                    EventArgument actor, EventArgument target, EventArgument place, EventArgument instrument,
                    EventTime time, Map<Casualty, Bounds> counts, String quote, Modality modality) {

    public Event {
        mentions = List.copyOf(mentions);
        counts = counts.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(counts));
    }

    /** People an event harmed or moved, as the counts name them. */
    public enum Casualty {
        KILLED, INJURED, ARRESTED, DISPLACED
    }

    /** How the article presents an event. */
    public enum Modality {
        /** Reported as having taken place. */
        HAPPENED,
        /** Said not to have taken place ("denied raiding", "did not attack"). */
        DENIED,
        /** Intended, threatened or scheduled ("plans to expel", "had planned attacks"). */
        PLANNED,
        /** Conditional or possible ("could attack", "if they strike"). */
        HYPOTHETICAL,
        /** Long past, background rather than news ("formed an alliance in 1998"). */
        HISTORICAL
    }

    /** A closed range of people; a null bound is one the text does not give. */
    public record Bounds(Double min, Double max) {
    }
}
