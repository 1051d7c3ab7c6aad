package org.lede.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Precision and recall averaged over pages, and the F1 of those averages, as the Article Extraction
 * Benchmark reports them: a page where the extractor gave nothing counts for recall (as 0) but not for
 * precision, and a page whose gold text is empty not for recall. Not thread-safe: one per evaluation.
 */
public final class PageAveragedScores {
    private final List<Counts> pages = new ArrayList<>();

    /** Adds one page's normalised counts, as {@link ShingleOverlap#of} gives them. */
    public void add(Counts page) {
        pages.add(page);
    }

    public int pages() {
        return pages.size();
    }

    public double precision() {
        return pages.stream().filter(c -> c.truePositives() + c.falsePositives() > 0)
                .mapToDouble(PageAveragedScores::precision).average().orElse(0);
    }

    public double recall() {
        return pages.stream().filter(c -> c.truePositives() + c.falseNegatives() > 0)
                .mapToDouble(PageAveragedScores::recall).average().orElse(0);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The benchmark's per-page precision: 1 for a perfect match, even of two empty texts. */
    private static double precision(Counts c) {
        if (c.falsePositives() == 0 && c.falseNegatives() == 0) {
            return 1;
        }
        return c.precision();
    }

    private static double recall(Counts c) {
        if (c.falsePositives() == 0 && c.falseNegatives() == 0) {
            return 1;
        }
        return c.recall();
    }
}
