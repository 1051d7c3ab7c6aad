package org.lede.events;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lede.eval.Counts;
import org.lede.eval.EvalReport;
import org.lede.events.GoldEvents.Argument;
import org.lede.events.GoldEvents.Document;
import org.lede.events.GoldEvents.GoldEvent;
import org.lede.events.GoldEvents.Stretch;
import org.lede.model.Analysis;
import org.lede.model.Article;
import org.lede.model.Event;
import org.lede.model.EventArgument;
import org.lede.model.Excerpt;
import org.lede.pipeline.Pipeline;

/**
 * Scores the event layer against WikiEvents or RAMS for the event types that map to Lede's CAMEO codes
 * ({@link #MAPPING}); the other gold types (Life.Die, Contact.*, Movement.* …) are not scored: deaths and
 * injuries are counts of an act of force in Lede, and talks, travel and transactions are not coded.
 * <ul>
 *   <li>Trigger: each trigger an event merges is one prediction; it is right when it overlaps a gold trigger
 *       whose type maps to the event's code. A later mention of an event ("the attack" after "bombed") that
 *       matches no gold trigger is not scored: WikiEvents leaves most such retellings unannotated and has no
 *       event coreference to judge the merge by, so only the event's first mention stands for it. RAMS
 *       annotates one event per document, so there a predicted trigger elsewhere is not scored, and only a
 *       wrong type at the gold trigger counts against precision.</li>
 *   <li>Argument: each actor, target, place and instrument of an event whose trigger matched is one
 *       prediction; it is right when its span overlaps a gold argument of a matched gold event in a role of
 *       the same slot ({@link #SLOTS}; in WikiEvents any mention coreferent with the gold argument counts).
 *       Arguments of unmatched events count as false in WikiEvents and are not scored in RAMS. A gold
 *       argument no right prediction covers is missed. The row "argument, found events" counts only the
 *       arguments of events whose trigger was found, gold and predicted: argument quality apart from
 *       trigger recall.</li>
 * </ul>
 */
public final class EventEvaluation {
    /** Gold type prefixes (WikiEvents and RAMS, lower-cased) and the CAMEO code prefixes they correspond to. */
    static final Map<String, List<String>> MAPPING = mapping();
    /** Gold roles (lower-cased, RAMS's without their numbering) and the event slot they correspond to. */
    static final Map<String, String> SLOTS = Map.ofEntries(
            Map.entry("attacker", "actor"), Map.entry("killer", "actor"), Map.entry("injurer", "actor"),
            Map.entry("victim", "target"), Map.entry("communicator", "actor"), Map.entry("recipient", "target"),
            Map.entry("giver", "target"), Map.entry("demonstrator", "actor"), Map.entry("jailer", "actor"),
            Map.entry("prosecutor", "actor"), Map.entry("judgecourt", "actor"), Map.entry("destroyer", "actor"),
            Map.entry("damagerdestroyer", "actor"), Map.entry("target", "target"), Map.entry("detainee", "target"),
            Map.entry("defendant", "target"), Map.entry("artifact", "target"), Map.entry("place", "place"),
            Map.entry("instrument", "instrument"), Map.entry("explosivedevice", "instrument"));

    private static Map<String, List<String>> mapping() {
        Map<String, List<String>> mapping = new LinkedHashMap<>();
        mapping.put("conflict.attack", List.of("18", "19", "20"));
        // RAMS types a killing or wounding by violence ("massacre", "tortured") as its outcome
        mapping.put("life.die.deathcausedbyviolentevents", List.of("18", "19", "20"));
        mapping.put("life.injure.injurycausedbyviolentevents", List.of("18", "19", "20"));
        mapping.put("conflict.demonstrate", List.of("14"));
        mapping.put("contact.threatencoerce", List.of("13"));
        mapping.put("justice.arrestjaildetain", List.of("173"));
        for (String judicial : List.of("justice.chargeindict", "justice.convict", "justice.sentence",
                "justice.trialhearing", "justice.initiatejudicialprocess", "justice.judicialconsequences.convict",
                "justice.judicialconsequences.n/a")) {
            mapping.put(judicial, List.of("172", "173"));
        }
        mapping.put("justice.acquit", List.of("081"));
        mapping.put("artifactexistence.damagedestroy", List.of("1712"));
        mapping.put("transaction.transaction.transfercontrol", List.of("1711", "192"));
        mapping.put("government.agreements.acceptagreementcontractceasefire", List.of("057"));
        return java.util.Collections.unmodifiableMap(mapping);
    }

    private final Pipeline pipeline;

    public EventEvaluation(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** Reads a WikiEvents {@code .jsonl} or RAMS {@code .jsonlines} file. */
    public static GoldEvents read(Path file) throws IOException {
        return GoldEvents.read(file);
    }

    /** Scores every document of the gold set; {@code onDocument} runs after each. */
    public EvalReport evaluate(GoldEvents gold, Runnable onDocument) {
        List<Document> documents = gold.documents();
        Tally tally = new Tally();
        for (Document document : documents) {
            score(document, pipeline.analyze(Article.of(document.text())), tally);
            onDocument.run();
        }
        Map<String, Counts> byType = new LinkedHashMap<>();
        byType.put("trigger", tally.triggers);
        byType.put("argument", tally.arguments);
        byType.put("argument, found events", tally.argumentsOfFoundEvents);
        tally.triggersByType.forEach((type, counts) -> byType.put("trigger " + label(type), counts));
        tally.argumentsBySlot.forEach((slot, counts) -> byType.put("argument " + slot, counts));
        Map<String, Number> extra = new LinkedHashMap<>();
        extra.put("documents", documents.size());
        extra.put("gold_events_scored", tally.goldEvents);
        extra.put("gold_arguments_scored", tally.goldArguments);
        return new EvalReport("events " + gold.name() + " (overall: arguments; mapped types only)",
                tally.arguments, byType, extra);
    }

    private static void score(Document document, Analysis analysis, Tally tally) {
        List<GoldEvent> scored = document.events().stream().filter(e -> classOf(e.type()) != null).toList();
        Set<GoldEvent> found = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Set<Argument> covered = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Event event : analysis.events()) {
            String predictedClass = classOfCode(event.code());
            if (predictedClass == null) {
                continue;
            }
            List<GoldEvent> matched = new ArrayList<>();
            for (Excerpt trigger : event.mentions()) {
                GoldEvent gold = goldAt(trigger, document.events(), event.code());
                boolean first = trigger == event.mentions().get(0);
                if (gold != null) {
                    matched.add(gold);
                    found.add(gold);
                    tally.trigger(classOf(gold.type()), 1, 0, 0);
                } else if (first && document.complete() || overlapsAny(trigger, document.events())) {
                    tally.trigger(predictedClass, 0, 1, 0);
                }
            }
            if (matched.isEmpty() && !document.complete()) {
                continue;
            }
            tally.onFoundEvent = !matched.isEmpty();
            argument(event.actor(), "actor", matched, covered, tally);
            argument(event.target(), "target", matched, covered, tally);
            argument(event.place(), "place", matched, covered, tally);
            argument(event.instrument(), "instrument", matched, covered, tally);
        }
        for (GoldEvent gold : scored) {
            tally.goldEvents++;
            if (!found.contains(gold)) {
                tally.trigger(classOf(gold.type()), 0, 0, 1);
            }
            for (Argument argument : gold.arguments()) {
                String slot = SLOTS.get(argument.role().toLowerCase(Locale.ROOT));
                if (slot != null) {
                    tally.goldArguments++;
                    tally.onFoundEvent = found.contains(gold);
                    if (!covered.contains(argument)) {
                        tally.argument(slot, 0, 0, 1);
                    }
                }
            }
        }
    }

    private static void argument(EventArgument predicted, String slot, List<GoldEvent> matched,
                                 Set<Argument> covered, Tally tally) {
        if (predicted == null) {
            return;
        }
        boolean right = false;
        for (GoldEvent gold : matched) {
            for (Argument argument : gold.arguments()) {
                if (slot.equals(SLOTS.get(argument.role().toLowerCase(Locale.ROOT)))
                        && argument.stretches().stream()
                                .anyMatch(s -> s.overlaps(predicted.start(), predicted.end()))) {
                    right = true;
                    covered.add(argument);
                }
            }
        }
        tally.argument(slot, right ? 1 : 0, right ? 0 : 1, 0);
    }

    /** The gold event at a predicted trigger whose type maps to the predicted code, or null. */
    private static GoldEvent goldAt(Excerpt trigger, List<GoldEvent> events, String code) {
        for (GoldEvent gold : events) {
            String goldClass = classOf(gold.type());
            if (goldClass != null && gold.trigger().overlaps(trigger.start(), trigger.end())
                    && MAPPING.get(goldClass).stream().anyMatch(code::startsWith)) {
                return gold;
            }
        }
        return null;
    }

    private static boolean overlapsAny(Excerpt trigger, List<GoldEvent> events) {
        return events.stream().anyMatch(gold -> gold.trigger().overlaps(trigger.start(), trigger.end()));
    }

    /** A mapped type prefix short enough for a table row ("conflict.attack" → "attack"). */
    private static String label(String prefix) {
        String[] parts = prefix.split("\\.");
        String last = parts[parts.length - 1];
        String label = last.equals("n/a") || parts.length > 2 && last.length() > 14 ? parts[1] : last;
        return label.length() > 16 ? label.substring(0, 16) : label;
    }

    /** The mapped gold type prefix a gold type falls under, or null when it is not scored. */
    static String classOf(String goldType) {
        String type = goldType.toLowerCase(Locale.ROOT);
        for (String prefix : MAPPING.keySet()) {
            if (type.startsWith(prefix)) {
                return prefix;
            }
        }
        return null;
    }

    /** The first mapped gold type a CAMEO code corresponds to, or null when the code maps to none. */
    static String classOfCode(String code) {
        for (Map.Entry<String, List<String>> entry : MAPPING.entrySet()) {
            if (entry.getValue().stream().anyMatch(code::startsWith)) {
                return entry.getKey();
            }
        }
        return null;
    }

    /** Counts as they add up over the documents. */
    private static final class Tally {
        Counts triggers = Counts.ZERO;
        Counts arguments = Counts.ZERO;
        /** Arguments of the events whose trigger was found, which shows argument quality apart from recall. */
        Counts argumentsOfFoundEvents = Counts.ZERO;
        /** Whether the argument being counted belongs to a found event. */
        boolean onFoundEvent;
        final Map<String, Counts> triggersByType = new java.util.TreeMap<>();
        final Map<String, Counts> argumentsBySlot = new java.util.TreeMap<>();
        int goldEvents;
        int goldArguments;

        void trigger(String type, int tp, int fp, int fn) {
            Counts counts = new Counts(tp, fp, fn);
            triggers = triggers.plus(counts);
            triggersByType.merge(type, counts, Counts::plus);
        }

        void argument(String slot, int tp, int fp, int fn) {
            Counts counts = new Counts(tp, fp, fn);
            arguments = arguments.plus(counts);
            argumentsBySlot.merge(slot, counts, Counts::plus);
            if (onFoundEvent) {
                argumentsOfFoundEvents = argumentsOfFoundEvents.plus(counts);
            }
        }
    }
}
