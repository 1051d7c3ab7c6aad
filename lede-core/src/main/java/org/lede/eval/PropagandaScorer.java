package org.lede.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The scoring of SemEval-2020 Task 11 (Da San Martino et al. 2020), reimplemented from its definition and
 * its scorers ({@code task-SI_scorer.py} with {@code -m}, {@code task-TC_scorer.py}).
 *
 * <p><b>SI</b>, span identification: in each document overlapping spans are merged, gold and predicted
 * alike, since SI asks only where propaganda is. With S the predicted and T the gold spans of the whole
 * set, precision is the sum over every pair (s, t) of one document of |s ∩ t| / |s|, divided by |S|;
 * recall the same sum with |t|, divided by |T|. A predicted span that covers two gold spans earns from
 * both; partial overlaps earn partial credit. With nothing predicted and nothing gold, F1 is 1.
 *
 * <p><b>TC</b>, technique classification: every gold span is given, and a system names its technique; a
 * span annotated with k techniques is predicted k times and matched as multisets, "the best match". The
 * headline is micro-F1 over all spans (equal to accuracy when every gold span gets one prediction), with
 * precision, recall and F1 per technique.
 */
public final class PropagandaScorer {

    private PropagandaScorer() {
    }

    /**
     * The SI figure.
     *
     * @param precisionSum the summed |s ∩ t| / |s|
     * @param predicted    |S|, predicted spans after merging
     * @param recallSum    the summed |s ∩ t| / |t|
     * @param gold         |T|, gold spans after merging
     */
    public record OverlapScore(double precisionSum, int predicted, double recallSum, int gold) {
        public double precision() {
            return predicted == 0 ? 0 : precisionSum / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : recallSum / gold;
        }

        public double f1() {
            if (predicted == 0 && gold == 0) {
                return 1;
            }
            double p = precision();
            double r = recall();
            return p > 0 && r > 0 ? 2 * p * r / (p + r) : 0;
        }
    }

    /** SI over all documents: labels are ignored, overlapping spans merged on both sides. */
    public static OverlapScore spanIdentification(List<LabelledSpan> predicted, List<LabelledSpan> gold) {
        return spanIdentification(predicted, SpanGold.of(gold));
    }

    /**
     * Gold spans of SI, merged once: a cross-validation grid scores hundreds of predictions against the same
     * gold, which need not be merged again for each.
     */
    public record SpanGold(Map<String, List<LabelledSpan>> byDocument, int count) {
        public SpanGold {
            byDocument = Map.copyOf(byDocument);
        }

        public static SpanGold of(List<LabelledSpan> gold) {
            Map<String, List<LabelledSpan>> merged = mergedByDocument(gold);
            return new SpanGold(merged, PropagandaScorer.count(merged));
        }
    }

    /** SI against gold merged beforehand; the same figure as {@link #spanIdentification(List, List)}. */
    public static OverlapScore spanIdentification(List<LabelledSpan> predicted, SpanGold gold) {
        Map<String, List<LabelledSpan>> predictedByDocument = mergedByDocument(predicted);
        double precisionSum = 0;
        double recallSum = 0;
        for (Map.Entry<String, List<LabelledSpan>> document : predictedByDocument.entrySet()) {
            for (LabelledSpan s : document.getValue()) {
                for (LabelledSpan t : gold.byDocument().getOrDefault(document.getKey(), List.of())) {
                    int shared = s.overlap(t);
                    precisionSum += (double) shared / s.length();
                    recallSum += (double) shared / t.length();
                }
            }
        }
        return new OverlapScore(precisionSum, count(predictedByDocument), recallSum, gold.count());
    }

    /**
     * How much of the gold spans of each label the (merged) predicted spans cover: SI recall per technique,
     * which says which techniques a span finder misses. Keys follow the order of {@code labels}.
     */
    public static Map<String, Double> recallByLabel(List<LabelledSpan> predicted, List<LabelledSpan> gold,
                                                    List<String> labels) {
        Map<String, List<LabelledSpan>> predictedByDocument = mergedByDocument(predicted);
        Map<String, Double> recall = new LinkedHashMap<>();
        for (String label : labels) {
            double sum = 0;
            int count = 0;
            for (LabelledSpan t : gold) {
                if (!t.label().equals(label)) {
                    continue;
                }
                count++;
                for (LabelledSpan s : predictedByDocument.getOrDefault(t.document(), List.of())) {
                    sum += (double) s.overlap(t) / t.length();
                }
            }
            recall.put(label, count == 0 ? 0 : sum / count);
        }
        return recall;
    }

    /**
     * TC: predictions and gold are matched span by span (document, start, end), labels as multisets.
     *
     * @param labels the technique names, in the order of the per-technique rows
     */
    public static EvalReport techniqueClassification(String name, List<LabelledSpan> predicted,
                                                     List<LabelledSpan> gold, List<String> labels) {
        Map<String, List<String>> goldBySpan = labelsBySpan(gold);
        Map<String, List<String>> predictedBySpan = labelsBySpan(predicted);
        Map<String, int[]> perLabel = new LinkedHashMap<>(); // matched, predicted, gold
        labels.forEach(label -> perLabel.put(label, new int[3]));
        predicted.forEach(s -> perLabel.computeIfAbsent(s.label(), l -> new int[3])[1]++);
        gold.forEach(t -> perLabel.computeIfAbsent(t.label(), l -> new int[3])[2]++);
        for (Map.Entry<String, List<String>> span : goldBySpan.entrySet()) {
            List<String> guesses = new ArrayList<>(predictedBySpan.getOrDefault(span.getKey(), List.of()));
            for (String label : span.getValue()) {
                if (guesses.remove(label)) {
                    perLabel.get(label)[0]++;
                }
            }
        }
        Map<String, Counts> byType = new LinkedHashMap<>();
        Counts overall = Counts.ZERO;
        for (Map.Entry<String, int[]> row : perLabel.entrySet()) {
            int[] c = row.getValue();
            Counts counts = new Counts(c[0], c[1] - c[0], c[2] - c[0]);
            byType.put(row.getKey(), counts);
            overall = overall.plus(counts);
        }
        return new EvalReport(name, overall, byType, Map.of());
    }

    private static Map<String, List<String>> labelsBySpan(List<LabelledSpan> spans) {
        Map<String, List<String>> bySpan = new HashMap<>();
        for (LabelledSpan span : spans) {
            bySpan.computeIfAbsent(span.document() + '\t' + span.start() + '\t' + span.end(), k -> new ArrayList<>())
                    .add(span.label());
        }
        return bySpan;
    }

    /** Each document's spans sorted, with every run of overlapping spans (sharing a character) made one. */
    private static Map<String, List<LabelledSpan>> mergedByDocument(List<LabelledSpan> spans) {
        Map<String, List<LabelledSpan>> byDocument = new TreeMap<>();
        spans.forEach(span -> byDocument.computeIfAbsent(span.document(), d -> new ArrayList<>()).add(span));
        byDocument.replaceAll((document, list) -> merged(list));
        return byDocument;
    }

    private static List<LabelledSpan> merged(List<LabelledSpan> spans) {
        List<LabelledSpan> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(LabelledSpan::start).thenComparingInt(LabelledSpan::end));
        List<LabelledSpan> merged = new ArrayList<>();
        for (LabelledSpan span : sorted) {
            LabelledSpan last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span.start() < last.end()) {
                merged.set(merged.size() - 1, new LabelledSpan(last.document(), last.label(), last.start(),
                        Math.max(last.end(), span.end())));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    private static int count(Map<String, List<LabelledSpan>> byDocument) {
        return byDocument.values().stream().mapToInt(List::size).sum();
    }
}
