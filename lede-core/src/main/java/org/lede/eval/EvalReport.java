package org.lede.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The figures one {@code lede eval …} command prints: overall precision, recall and F1, the same per
 * type, and any further figures (accuracies, counts) the evaluation has. One shape for every evaluation so
 * the README table and scripts read them all alike.
 *
 * @param name    what was evaluated, e.g. "ner conll eng.testa"
 * @param overall the headline counts
 * @param byType  counts per type (entity type, exact or overlap match, …), in print order
 * @param extra   other named figures, in print order
 */
public record EvalReport(String name, Counts overall, Map<String, Counts> byType, Map<String, Number> extra)
        implements Report {

    public EvalReport {
        byType = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byType));
        extra = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    /** A conlleval-style table. */
    @Override
    public String toText() {
        // The label column fits the longest label (technique names run long), and is at least 22 wide.
        int width = java.util.stream.Stream.concat(byType.keySet().stream(), extra.keySet().stream())
                .mapToInt(String::length).max().orElse(0);
        String label = "%-" + Math.max(22, width) + "s";
        StringBuilder out = new StringBuilder();
        out.append(name).append('\n');
        out.append(String.format(Locale.ROOT, label + " %9s %9s %9s %8s %8s %8s%n",
                "", "precision", "recall", "F1", "tp", "fp", "fn"));
        for (Map.Entry<String, Counts> row : byType.entrySet()) {
            out.append(row(label, row.getKey(), row.getValue()));
        }
        out.append(row(label, "overall", overall));
        for (Map.Entry<String, Number> figure : extra.entrySet()) {
            Number v = figure.getValue();
            String shown = v instanceof Double || v instanceof Float
                    ? String.format(Locale.ROOT, "%.4f", v.doubleValue()) : v.toString();
            out.append(String.format(Locale.ROOT, label + " %s%n", figure.getKey(), shown));
        }
        return out.toString();
    }

    private static String row(String labelFormat, String label, Counts c) {
        return String.format(Locale.ROOT, labelFormat + " %9.4f %9.4f %9.4f %8.0f %8.0f %8.0f%n",
                label, c.precision(), c.recall(), c.f1(), c.truePositives(), c.falsePositives(), c.falseNegatives());
    }

    /** One JSON object: {@code name, precision, recall, f1, by_type {…}, and the extra figures}. */
    @Override
    public ObjectNode toJson(ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        root.put("name", name);
        put(root, overall);
        ObjectNode types = root.putObject("by_type");
        byType.forEach((type, counts) -> put(types.putObject(type), counts));
        extra.forEach((key, value) -> root.putPOJO(key, value));
        return root;
    }

    private static void put(ObjectNode node, Counts c) {
        node.put("precision", c.precision());
        node.put("recall", c.recall());
        node.put("f1", c.f1());
        node.put("tp", c.truePositives());
        node.put("fp", c.falsePositives());
        node.put("fn", c.falseNegatives());
    }
}
