package org.lede.events;

import java.util.EnumMap;
import java.util.Map;
import org.lede.model.Event.Bounds;
import org.lede.model.Event.Casualty;
import org.lede.model.Event.Modality;
import org.lede.model.EventArgument;
import org.lede.model.Excerpt;
import org.lede.model.Quote;
import org.lede.model.Timex;

/**
 * One trigger and what its sentence says about it, before mentions of the same occurrence are merged into
 * one event.
 *
 * @param sense    the trigger's sense in the lexicon: its code, or the code and a name ("173/ruling")
 * @param token    index of the trigger token
 * @param sentence index of its sentence
 * @param anaphoric a definite noun that takes up an event already told ("the raid", "the operation")
 * @param demonstrative an anaphoric noun after "this", "that", "these" or "those", which points at the event
 *                      just told whatever the phrases found around it say
 */
record EventMention(String code, String sense, Excerpt trigger, int token, int sentence, boolean anaphoric,
                    boolean demonstrative,
                    EventArgument actor, EventArgument target, EventArgument place, EventArgument instrument,
                    Timex time, Quote quote, Modality modality, Map<Casualty, Bounds> counts) {

    /** The counts are a mutable copy: the casualty pass adds the counts its sentence gives. */
    EventMention {
        Map<Casualty, Bounds> copy = new EnumMap<>(Casualty.class);
        copy.putAll(counts);
        counts = copy;
    }

    /** This mention with the actor another mention of its sentence gave, the counts carried over. */
    EventMention withActor(EventArgument actor) {
        return new EventMention(code, sense, trigger, token, sentence, anaphoric, demonstrative, actor, target, place,
                instrument, time, quote, modality, counts);
    }

    String root() {
        return code.substring(0, 2);
    }

    /**
     * What mentions must share to tell one occurrence: the CAMEO root, but COERCE (17) holds both acts done to
     * property (seizing, stealing, destroying it: 170-1712) and legal ones done to people (sanctions, arrests,
     * expulsions, repression: 172-175), and "arrested for vandalizing signs" tells two occurrences.
     */
    String occurrenceKind() {
        if (!root().equals("17")) {
            return root();
        }
        return code.compareTo("172") >= 0 ? "17/legal" : "17/property";
    }

    /** Whether this mention is an act of force: an assault, a fight or mass violence (CAMEO 18-20). */
    boolean isForce() {
        return switch (root()) {
            case "18", "19", "20" -> true;
            default -> false;
        };
    }

    /**
     * Whether this mention is an act of force or coercion, which the casualty counts belong to. A court's
     * ruling, a conviction and a trial (the named senses of 173, which are no arrest) harm nobody: "are to go on
     * trial for manslaughter over the rail crash. Four people died when …" counts no death of the trial.
     */
    boolean harms() {
        if (sense.startsWith("173/")) {
            return false;
        }
        return switch (root()) {
            case "14", "17", "18", "19", "20" -> true;
            default -> false;
        };
    }
}
