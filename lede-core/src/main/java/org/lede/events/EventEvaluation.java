package org.lede.events;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
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
    /**
     * Gold roles (lower-cased, RAMS's without their numbering) and the event slot they correspond to, for every
     * type but those in {@link #SLOTS_BY_TYPE}.
     */
    static final Map<String, String> SLOTS = Map.ofEntries(
            Map.entry("attacker", "actor"), Map.entry("killer", "actor"), Map.entry("injurer", "actor"),
            Map.entry("victim", "target"), Map.entry("communicator", "actor"), Map.entry("recipient", "target"),
            Map.entry("giver", "target"), Map.entry("demonstrator", "actor"), Map.entry("jailer", "actor"),
            Map.entry("prosecutor", "actor"), Map.entry("judgecourt", "actor"), Map.entry("destroyer", "actor"),
            Map.entry("damagerdestroyer", "actor"), Map.entry("damager", "actor"), Map.entry("target", "target"), Map.entry("detainee", "target"),
            Map.entry("defendant", "target"), Map.entry("artifact", "target"), Map.entry("place", "place"),
            Map.entry("instrument", "instrument"), Map.entry("explosivedevice", "instrument"));
    /**
     * Roles whose slot depends on the type. In AIDA's TransferControl "Giver transfers control of
     * TerritoryOrFacility to Recipient": for a seizure the Recipient is the one who seizes (actor), the
     * territory or facility is what is seized (target), while in ThreatenCoerce the Recipient is the one
     * threatened (target).
     */
    static final Map<String, Map<String, String>> SLOTS_BY_TYPE = Map.of("transaction.transaction.transfercontrol",
            Map.of("recipient", "actor", "territoryorfacility", "target", "giver", "target", "place", "place"));

    private static Map<String, List<String>> mapping() {
        Map<String, List<String>> mapping = new LinkedHashMap<>();
        mapping.put("conflict.attack", List.of("18", "19", "20"));
        // RAMS types robbery and hijacking as an attack; CAMEO codes stealing as 171 (PETRARCH's STEAL block) and
        // hijacking people as an abduction (181)
        mapping.put("conflict.attack.stealrobhijack", List.of("171", "181"));
        // RAMS types a killing or wounding by violence ("massacre", "tortured") as its outcome
        mapping.put("life.die.deathcausedbyviolentevents", List.of("18", "19", "20"));
        mapping.put("life.injure.injurycausedbyviolentevents", List.of("18", "19", "20"));
        mapping.put("conflict.demonstrate", List.of("14"));
        // AIDA's ThreatenCoerce is to threaten or to coerce: CAMEO THREATEN (13) and "coerce, not specified" (170)
        mapping.put("contact.threatencoerce", List.of("13", "170"));
        // Taking hostages or abducting holds people against their will: WikiEvents annotates it as detention,
        // CAMEO as an assault (181), which also maps to Conflict.Attack above
        mapping.put("justice.arrestjaildetain", List.of("173", "181"));
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
        return evaluate(gold, onDocument, error -> { });
    }

    /**
     * Scores every document of the gold set and hands each error to {@code errors} as one tab-separated line
     * (document, kind, type or slot, the words, their sentence), so a user can see what the figures count:
     * {@code trigger-fp}, {@code trigger-fn}, {@code argument-fp} (with the gold arguments of that slot),
     * {@code argument-fn} (with what Lede gave that slot, if anything).
     */
    public EvalReport evaluate(GoldEvents gold, Runnable onDocument, Consumer<String> errors) {
        return evaluate(gold.name(), gold.documents(), document -> {
            Analysis analysis = pipeline.analyze(Article.of(document.text()));
            onDocument.run();
            return analysis;
        }, errors);
    }

    /** Scores the documents with the analyses {@code analyse} gives them (cross-validation gives its own). */
    static EvalReport evaluate(String name, List<Document> documents, Function<Document, Analysis> analyse,
                               Consumer<String> errors) {
        Tally tally = new Tally();
        for (Document document : documents) {
            score(document, analyse.apply(document), tally, new ErrorLog(document, errors));
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
        return new EvalReport("events " + name + " (overall: arguments; mapped types only)",
                tally.arguments, byType, extra);
    }

    private static void score(Document document, Analysis analysis, Tally tally, ErrorLog log) {
        List<GoldEvent> scored = document.events().stream().filter(e -> classOf(e.type()) != null).toList();
        Set<GoldEvent> found = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Set<Argument> covered = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Map<Event, List<GoldEvent>> predictedSlots = new java.util.IdentityHashMap<>();
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
                    log.add("trigger-fp", event.code(), trigger.start(), trigger.end(), "");
                }
            }
            if (matched.isEmpty() && !document.complete()) {
                continue;
            }
            tally.onFoundEvent = !matched.isEmpty();
            argument(event.actor(), "actor", matched, covered, tally, log);
            argument(event.target(), "target", matched, covered, tally, log);
            argument(event.place(), "place", matched, covered, tally, log);
            argument(event.instrument(), "instrument", matched, covered, tally, log);
            predictedSlots.put(event, matched);
        }
        for (GoldEvent gold : scored) {
            tally.goldEvents++;
            if (!found.contains(gold)) {
                tally.trigger(classOf(gold.type()), 0, 0, 1);
                log.add("trigger-fn", gold.type(), gold.trigger().start(), gold.trigger().end(), "");
            }
            for (Argument argument : gold.arguments()) {
                String slot = slotOf(gold.type(), argument.role());
                if (slot != null) {
                    tally.goldArguments++;
                    tally.onFoundEvent = found.contains(gold);
                    if (!covered.contains(argument)) {
                        tally.argument(slot, 0, 0, 1);
                        Stretch shown = argument.stretches().isEmpty() ? gold.trigger() : argument.stretches().get(0);
                        log.add("argument-fn", slot + (found.contains(gold) ? "" : " (event missed)"),
                                shown.start(), shown.end(), "trigger " + log.words(gold.trigger())
                                        + "; Lede: " + givenTo(slot, gold, predictedSlots));
                    }
                }
            }
        }
    }

    private static void argument(EventArgument predicted, String slot, List<GoldEvent> matched,
                                 Set<Argument> covered, Tally tally, ErrorLog log) {
        if (predicted == null) {
            return;
        }
        boolean right = false;
        for (GoldEvent gold : matched) {
            for (Argument argument : gold.arguments()) {
                if (slot.equals(slotOf(gold.type(), argument.role()))
                        && argument.stretches().stream()
                                .anyMatch(s -> s.overlaps(predicted.start(), predicted.end()))) {
                    right = true;
                    covered.add(argument);
                }
            }
        }
        tally.argument(slot, right ? 1 : 0, right ? 0 : 1, 0);
        if (!right) {
            StringBuilder gold = new StringBuilder();
            for (GoldEvent event : matched) {
                for (Argument argument : event.arguments()) {
                    if (slot.equals(slotOf(event.type(), argument.role())) && !argument.stretches().isEmpty()) {
                        gold.append(gold.length() == 0 ? "" : " | ").append(log.words(argument.stretches().get(0)));
                    }
                }
            }
            log.add("argument-fp", slot + (matched.isEmpty() ? " (event unmatched)" : ""), predicted.start(),
                    predicted.end(), "gold: " + gold);
        }
    }

    /** What Lede gave the slot of a predicted event matched to {@code gold}, for an error line. */
    private static String givenTo(String slot, GoldEvent gold, Map<Event, List<GoldEvent>> predicted) {
        for (Map.Entry<Event, List<GoldEvent>> entry : predicted.entrySet()) {
            if (entry.getValue().contains(gold)) {
                Event event = entry.getKey();
                EventArgument given = switch (slot) {
                    case "actor" -> event.actor();
                    case "target" -> event.target();
                    case "place" -> event.place();
                    default -> event.instrument();
                };
                return given == null ? "-" : given.text();
            }
        }
        return "-";
    }

    /** Writes one document's errors as lines, each with the sentence it stands in. */
    private record ErrorLog(Document document, Consumer<String> out) {
        void add(String kind, String label, int start, int end, String detail) {
            String text = document.text();
            int from = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - 200);
            int newline = text.indexOf('\n', end);
            int to = Math.min(newline < 0 ? text.length() : newline, end + 200);
            String context = text.substring(from, start) + "[" + text.substring(start, end) + "]"
                    + text.substring(end, to);
            out.accept(String.join("\t", document.id(), kind, label, text.substring(start, end), detail,
                    context.replace('\t', ' ').replace('\n', ' ')));
        }

        String words(Stretch stretch) {
            return document.text().substring(stretch.start(), stretch.end());
        }
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

    /** The event slot a gold role of a gold type corresponds to, or null when the role is not scored. */
    static String slotOf(String goldType, String role) {
        String type = goldType.toLowerCase(Locale.ROOT);
        String name = role.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Map<String, String>> entry : SLOTS_BY_TYPE.entrySet()) {
            if (type.startsWith(entry.getKey())) {
                return entry.getValue().get(name);
            }
        }
        return SLOTS.get(name);
    }

    /** The mapped gold type prefix a gold type falls under, or null when it is not scored. */
    static String classOf(String goldType) {
        String type = goldType.toLowerCase(Locale.ROOT);
        String longest = null;
        for (String prefix : MAPPING.keySet()) {
            if (type.startsWith(prefix) && (longest == null || prefix.length() > longest.length())) {
                longest = prefix; // "conflict.attack.stealrobhijack" before "conflict.attack"
            }
        }
        return longest;
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
