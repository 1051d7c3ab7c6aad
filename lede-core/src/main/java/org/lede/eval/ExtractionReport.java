package org.lede.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of {@code lede eval extract}: each extractor's page-averaged precision, recall and F1 on the
 * same pages, Lede's first, and further figures (pages, metadata found).
 *
 * @param name     what was evaluated
 * @param headline the system whose figures are the report's own ("lede")
 * @param bySystem every system's scores, in print order
 * @param extra    other named figures, in print order
 */
public record ExtractionReport(String name, String headline, Map<String, PageAveragedScores> bySystem,
                               Map<String, Number> extra) implements Report {

    public ExtractionReport {
        bySystem = Collections.unmodifiableMap(new LinkedHashMap<>(bySystem));
        extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    @Override
    public String toText() {
        StringBuilder out = new StringBuilder(name).append('\n');
        out.append(String.format(Locale.ROOT, "%-22s %9s %9s %9s %6s%n", "", "precision", "recall", "F1", "pages"));
        bySystem.forEach((system, s) -> out.append(String.format(Locale.ROOT, "%-22s %9.4f %9.4f %9.4f %6d%n",
                system, s.precision(), s.recall(), s.f1(), s.pages())));
        extra.forEach((key, value) -> out.append(String.format(Locale.ROOT, "%-22s %s%n", key,
                value instanceof Double ? String.format(Locale.ROOT, "%.4f", value.doubleValue()) : value)));
        return out.toString();
    }

    /** {@code name, precision, recall, f1} (the headline system's), {@code by_type} keyed by system, extras. */
    @Override
    public ObjectNode toJson(ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        root.put("name", name);
        put(root, bySystem.get(headline));
        ObjectNode systems = root.putObject("by_type");
        bySystem.forEach((system, scores) -> put(systems.putObject(system), scores));
        extra.forEach(root::putPOJO);
        return root;
    }

    private static void put(ObjectNode node, PageAveragedScores scores) {
        node.put("precision", scores.precision());
        node.put("recall", scores.recall());
        node.put("f1", scores.f1());
        node.put("pages", scores.pages());
    }
}
