package org.lede.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.lede.eval.BratAttributions.Attribution;
import org.lede.eval.BratAttributions.Fragment;
import org.lede.model.Article;
import org.lede.model.Quote;
import org.lede.pipeline.Pipeline;

/**
 * Scores quote attribution against PolNeAR ({@code text/*.txt} and {@code attributions/<article>_<annotator>.ann}).
 *
 * <p>The rules, so the figures can be read and reproduced:
 * <ul>
 *   <li>Articles with several annotators are scored against one: the annotation file whose name sorts first.</li>
 *   <li>Gold: every relation with a Content; a content may come in fragments. Predicted: Lede's quotes, where
 *       quotes sharing one cue (a quote split around "she said", a quotation continued in the next paragraph)
 *       count as one attribution in fragments, as PolNeAR annotates them.</li>
 *   <li>Overlap match (the headline figure): a predicted and a gold attribution match when some fragments
 *       overlap; pairs are taken one-to-one, largest overlap in chars first.</li>
 *   <li>Exact match: the first-to-last extent of both is equal once whitespace, quotation marks and
 *       {@code . , ; :} are trimmed from its ends and a leading complementiser "that" is dropped (PolNeAR keeps
 *       the marks, final stops and "that" in the content, Lede keeps them out).</li>
 *   <li>Speaker accuracy, over overlap-matched pairs: correct when the predicted speakerText overlaps the gold
 *       Source, or when gold has no Source and Lede names no speaker.</li>
 *   <li>Direct vs indirect: a gold content is direct when it opens with a quotation mark; true positives and
 *       false negatives are filed by the gold kind, false positives by Lede's {@code direct} flag.</li>
 * </ul>
 */
public final class PolnearEvaluation {

    private static final String TRIMMED = " \t\n\r\"'\u201c\u201d\u2018\u2019.,;:";

    /** One side of the comparison: fragments in text order, the source or speaker span, and whether quoted. */
    private record Unit(List<Fragment> fragments, List<Fragment> speaker, boolean direct) {
        int overlap(Unit other) {
            int total = 0;
            for (Fragment a : fragments) {
                for (Fragment b : other.fragments) {
                    total += Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
                }
            }
            return total;
        }
    }

    /** Running totals over articles. */
    private static final class Tally {
        Counts overlap = Counts.ZERO;
        Counts exact = Counts.ZERO;
        Counts direct = Counts.ZERO;
        Counts indirect = Counts.ZERO;
        int matched;
        int speakerCorrect;
        int articles;
    }

    private final Pipeline pipeline;

    public PolnearEvaluation(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** Runs the pipeline over every article of a PolNeAR split folder and scores it. */
    public EvalReport evaluate(Path dir) {
        Map<String, Path> annotations = BratAttributions.firstAnnotationPerArticle(dir.resolve("attributions"));
        Tally tally = new Tally();
        for (Map.Entry<String, Path> entry : annotations.entrySet()) {
            Path textFile = dir.resolve("text").resolve(entry.getKey() + ".txt");
            if (!Files.exists(textFile)) {
                continue;
            }
            String text = read(textFile);
            List<Attribution> gold = BratAttributions.parse(read(entry.getValue()), text);
            List<Quote> predicted = pipeline.analyze(Article.of(text).withOrigin(textFile.toString())).quotes();
            score(text, gold, predicted, tally);
        }
        return report("attribution polnear " + dir.getFileName(), tally);
    }

    /** Scores one article; public so a hand-written fixture can check the rules. */
    public static EvalReport scoreArticle(String text, List<Attribution> gold, List<Quote> predicted) {
        Tally tally = new Tally();
        score(text, gold, predicted, tally);
        return report("attribution", tally);
    }

    private static void score(String text, List<Attribution> gold, List<Quote> predicted, Tally tally) {
        List<Unit> goldUnits = new ArrayList<>();
        for (Attribution a : gold) {
            goldUnits.add(new Unit(a.content(), a.source(), opensWithMark(text, a.content().get(0).start())));
        }
        List<Unit> predictedUnits = predictedUnits(predicted);
        tally.articles++;

        // Overlap: one-to-one, largest overlap first.
        List<int[]> pairs = new ArrayList<>();
        for (int p = 0; p < predictedUnits.size(); p++) {
            for (int g = 0; g < goldUnits.size(); g++) {
                int overlap = predictedUnits.get(p).overlap(goldUnits.get(g));
                if (overlap > 0) {
                    pairs.add(new int[] {overlap, p, g});
                }
            }
        }
        pairs.sort((a, b) -> a[0] != b[0] ? Integer.compare(b[0], a[0]) : a[1] != b[1]
                ? Integer.compare(a[1], b[1]) : Integer.compare(a[2], b[2]));
        boolean[] predictedTaken = new boolean[predictedUnits.size()];
        boolean[] goldTaken = new boolean[goldUnits.size()];
        int matched = 0;
        for (int[] pair : pairs) {
            if (predictedTaken[pair[1]] || goldTaken[pair[2]]) {
                continue;
            }
            predictedTaken[pair[1]] = true;
            goldTaken[pair[2]] = true;
            matched++;
            Unit p = predictedUnits.get(pair[1]);
            Unit g = goldUnits.get(pair[2]);
            if (speakerCorrect(p, g)) {
                tally.speakerCorrect++;
            }
            if (g.direct()) {
                tally.direct = tally.direct.plus(new Counts(1, 0, 0));
            } else {
                tally.indirect = tally.indirect.plus(new Counts(1, 0, 0));
            }
        }
        for (int g = 0; g < goldUnits.size(); g++) {
            if (!goldTaken[g]) {
                Counts miss = new Counts(0, 0, 1);
                if (goldUnits.get(g).direct()) {
                    tally.direct = tally.direct.plus(miss);
                } else {
                    tally.indirect = tally.indirect.plus(miss);
                }
            }
        }
        for (int p = 0; p < predictedUnits.size(); p++) {
            if (!predictedTaken[p]) {
                Counts spurious = new Counts(0, 1, 0);
                if (predictedUnits.get(p).direct()) {
                    tally.direct = tally.direct.plus(spurious);
                } else {
                    tally.indirect = tally.indirect.plus(spurious);
                }
            }
        }
        tally.matched += matched;
        tally.overlap = tally.overlap.plus(
                new Counts(matched, predictedUnits.size() - matched, goldUnits.size() - matched));

        // Exact: equal trimmed extents, one-to-one.
        List<String> goldExtents = new ArrayList<>();
        for (Unit g : goldUnits) {
            goldExtents.add(extent(text, g));
        }
        int exact = 0;
        for (Unit p : predictedUnits) {
            if (goldExtents.remove(extent(text, p))) {
                exact++;
            }
        }
        tally.exact = tally.exact.plus(new Counts(exact, predictedUnits.size() - exact, goldUnits.size() - exact));
    }

    private static List<Unit> predictedUnits(List<Quote> predicted) {
        Map<String, List<Quote>> byCue = new LinkedHashMap<>();
        for (Quote q : predicted) {
            String key = q.cue() == null ? q.id() : q.cue().start() + ":" + q.cue().end();
            byCue.computeIfAbsent(key, k -> new ArrayList<>()).add(q);
        }
        List<Unit> units = new ArrayList<>();
        for (List<Quote> group : byCue.values()) {
            List<Fragment> fragments = new ArrayList<>();
            boolean direct = false;
            for (Quote q : group) {
                fragments.add(new Fragment(q.start(), q.end()));
                direct |= q.direct();
            }
            Quote first = group.get(0);
            List<Fragment> speaker = first.speakerText() == null ? List.of()
                    : List.of(new Fragment(first.speakerText().start(), first.speakerText().end()));
            units.add(new Unit(fragments, speaker, direct));
        }
        return units;
    }

    private static boolean speakerCorrect(Unit predicted, Unit gold) {
        if (gold.speaker().isEmpty()) {
            return predicted.speaker().isEmpty();
        }
        for (Fragment p : predicted.speaker()) {
            for (Fragment g : gold.speaker()) {
                if (p.overlaps(g.start(), g.end())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String extent(String text, Unit unit) {
        int start = unit.fragments().get(0).start();
        int end = unit.fragments().get(unit.fragments().size() - 1).end();
        while (start < end && TRIMMED.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && TRIMMED.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (text.regionMatches(true, start, "that ", 0, 5)) {
            start += 5;
        }
        return start + ":" + end;
    }

    private static boolean opensWithMark(String text, int start) {
        int i = start;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && "\"\u201c\u201d".indexOf(text.charAt(i)) >= 0;
    }

    private static EvalReport report(String name, Tally tally) {
        Map<String, Counts> byType = new LinkedHashMap<>();
        byType.put("exact", tally.exact);
        byType.put("overlap direct", tally.direct);
        byType.put("overlap indirect", tally.indirect);
        Map<String, Number> extra = new LinkedHashMap<>();
        extra.put("speaker_accuracy", tally.matched == 0 ? 0.0 : (double) tally.speakerCorrect / tally.matched);
        extra.put("matched", tally.matched);
        extra.put("articles", tally.articles);
        return new EvalReport(name, tally.overlap, byType, extra);
    }

    /** Article name to its first annotation file by name: {@code <article>_<annotator>.ann}. */

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
