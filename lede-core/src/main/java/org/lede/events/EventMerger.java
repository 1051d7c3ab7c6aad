package org.lede.events;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lede.model.Event;
import org.lede.model.Event.Bounds;
import org.lede.model.Event.Casualty;
import org.lede.model.Event.Modality;
import org.lede.model.EventArgument;
import org.lede.model.EventTime;
import org.lede.model.Excerpt;
import org.lede.model.Timex;

/**
 * Merges the mentions of one real occurrence into one event, as a reader would: the lead's "raided", a later
 * "the raid", "the operation". A mention joins an earlier event of the same CAMEO root when nothing they say
 * contradicts (different actors, targets, places or dates) and something ties them: it refers back with the
 * same code and sense ("the raid"), or it shares a participant in the same modality (but an arrest and the
 * conviction of the one arrested are two). A bare "the operation"
 * takes up the event most told of before it.
 */
final class EventMerger {
    /** The code of an anaphoric noun ("the operation") that only refers to an event already told. */
    static final String ANAPHOR = "anaphor";
    /** How many sentences back an anaphoric noun looks for its event. */
    private static final int ANAPHOR_REACH = 6;

    private final EventLexicon lexicon;

    EventMerger(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Event> merge(List<EventMention> mentions) {
        List<List<EventMention>> groups = new ArrayList<>();
        for (EventMention mention : mentions) {
            List<EventMention> group = groupOf(mention, groups);
            if (group != null) {
                group.add(mention);
            } else if (!mention.code().equals(ANAPHOR)) {
                List<EventMention> created = new ArrayList<>();
                created.add(mention);
                groups.add(created);
            }
        }
        List<Event> events = new ArrayList<>();
        for (List<EventMention> group : groups) {
            events.add(event("v" + (events.size() + 1), group, lexicon));
        }
        return events;
    }

    /** The latest earlier event this mention is a retelling of, or null. */
    private static List<EventMention> groupOf(EventMention mention, List<List<EventMention>> groups) {
        if (mention.code().equals(ANAPHOR)) {
            return mostTold(mention, groups);
        }
        for (int g = groups.size() - 1; g >= 0; g--) {
            List<EventMention> group = groups.get(g);
            EventMention first = group.get(0);
            // "this attack" points at the act of force just told, even where the phrases found around the two
            // mentions seem to differ ("a suicide bomber … killing six NATO service members. The United States
            // condemns this cowardly attack on members of the U.S. and Afghan forces")
            if (retellsAnyForce(mention) && first.isForce() && (mention.demonstrative()
                    || group.stream().noneMatch(m -> contradicts(m, mention)))) {
                return group;
            }
            if (!first.occurrenceKind().equals(mention.occurrenceKind())
                    || group.stream().anyMatch(m -> contradicts(m, mention))) {
                continue;
            }
            boolean sameModality = first.modality() == mention.modality();
            boolean sameSense = first.sense().equals(mention.sense());
            if (isArrest(first) != isArrest(mention)) {
                continue; // an arrest and the conviction or sentence of the one arrested are two occurrences
            }
            if (mention.anaphoric() && sameSense
                    || sameModality && group.stream().anyMatch(m -> sharesParticipant(m, mention))) {
                return group;
            }
        }
        return null;
    }

    /** An arrest or detention: the plain sense of 173, which the court's senses (convict, ruling, trial) are not. */
    private static boolean isArrest(EventMention mention) {
        return mention.sense().equals("173");
    }

    /** "the attack", "this assault": a definite general noun for an act of force, whatever word told it first. */
    private static boolean retellsAnyForce(EventMention mention) {
        return mention.anaphoric() && mention.isForce()
                && Words.GENERIC_FORCE.contains(mention.trigger().text());
    }

    /** The act of force told most often (the earliest on a tie) and lately enough for "the operation". */
    private static List<EventMention> mostTold(EventMention anaphor, List<List<EventMention>> groups) {
        List<EventMention> best = null;
        for (List<EventMention> group : groups) {
            EventMention last = group.get(group.size() - 1);
            boolean near = anaphor.sentence() - last.sentence() <= ANAPHOR_REACH;
            if (group.get(0).harms() && near && (best == null || group.size() > best.size())) {
                best = group;
            }
        }
        return best;
    }

    /**
     * Whether two mentions cannot be one occurrence. Within one sentence a pronoun the entity layer could not link
     * says nothing against a participant: "fired tear gas at protesters and baton-charged them".
     */
    private static boolean contradicts(EventMention a, EventMention b) {
        boolean oneSentence = a.sentence() == b.sentence();
        return differ(a.actor(), b.actor(), oneSentence) || differ(a.target(), b.target(), oneSentence)
                || placesDiffer(a.place(), b.place()) || datesDiffer(a.time(), b.time());
    }

    private static boolean differ(EventArgument a, EventArgument b, boolean oneSentence) {
        return !(oneSentence && (isUnlinkedPronoun(a) || isUnlinkedPronoun(b))) && differ(a, b);
    }

    /**
     * Two dates both resolved and different; a date without a value ("today's" with no publication date, "on 15
     * September" with no year) says nothing against another.
     */
    private static boolean datesDiffer(Timex a, Timex b) {
        return a != null && b != null && a.value() != null && b.value() != null && !a.value().equals(b.value());
    }

    /** Two arguments that name different entities (or, without entities, different words). */
    private static boolean differ(EventArgument a, EventArgument b) {
        if (a == null || b == null) {
            return false;
        }
        if (a.entity() != null && b.entity() != null) {
            return !a.entity().equals(b.entity());
        }
        return !head(a).equalsIgnoreCase(head(b));
    }

    /**
     * Two places that name different entities or words, unless one name holds the other: "Bagram" and "Bagram
     * Airfield", "Oxford Street" and "the Oxford Street bus station" tell the same place more or less closely.
     */
    private static boolean placesDiffer(EventArgument a, EventArgument b) {
        if (!differ(a, b)) {
            return false;
        }
        String first = a.text().toLowerCase(Locale.ROOT);
        String second = b.text().toLowerCase(Locale.ROOT);
        return !first.contains(second) && !second.contains(first);
    }

    private static boolean isUnlinkedPronoun(EventArgument argument) {
        return argument != null && argument.entity() == null
                && (Words.SUBJECT_PRONOUNS.contains(argument.text().toLowerCase(Locale.ROOT))
                || Words.OBJECT_PRONOUNS.contains(argument.text().toLowerCase(Locale.ROOT)));
    }

    private static boolean sharesParticipant(EventMention a, EventMention b) {
        return same(a.actor(), b.actor()) || same(a.target(), b.target());
    }

    private static boolean same(EventArgument a, EventArgument b) {
        return a != null && b != null && !differ(a, b);
    }

    private static String head(EventArgument argument) {
        String text = argument.text();
        return text.substring(text.lastIndexOf(' ') + 1);
    }

    /**
     * The event a group of mentions tells: the first mention's code, trigger and modality, each argument
     * from the first mention that has it, the highest count of each kind, and the quote only when no mention
     * is in the article's own voice.
     */
    private static Event event(String id, List<EventMention> group, EventLexicon lexicon) {
        EventMention first = group.stream().filter(m -> !m.code().equals(ANAPHOR)).findFirst()
                .orElseThrow();
        EventLexicon.Code code = lexicon.code(first.code());
        EventArgument actor = null;
        EventArgument target = null;
        EventArgument place = null;
        EventArgument instrument = null;
        Timex time = null;
        String quote = null;
        boolean ownVoice = false;
        Map<Casualty, Bounds> counts = new EnumMap<>(Casualty.class);
        List<Excerpt> triggers = new ArrayList<>();
        for (EventMention mention : group) {
            actor = actor == null ? mention.actor() : actor;
            target = target == null ? mention.target() : target;
            place = place == null ? mention.place() : place;
            instrument = instrument == null ? mention.instrument() : instrument;
            time = time == null ? mention.time() : time;
            if (mention.quote() == null) {
                ownVoice = true;
            } else if (quote == null) {
                quote = mention.quote().id();
            }
            mention.counts().forEach((casualty, bounds) -> counts.merge(casualty, bounds, EventExtractor::larger));
            triggers.add(mention.trigger());
        }
        Modality modality = group.get(0).modality();
        return new Event(id, lexicon.rootName(code.code()), code.code(), code.goldstein(), group.get(0).trigger(),
                triggers, actor, target, place, instrument, time == null ? null : EventTime.of(time),
                counts, ownVoice ? null : quote, modality);
    }
}
