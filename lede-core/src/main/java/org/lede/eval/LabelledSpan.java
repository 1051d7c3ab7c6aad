package org.lede.eval;

/**
 * One labelled stretch of one document, as the SemEval-2020 Task 11 label files give it: the document id,
 * the label (a technique name), and offsets with {@code start} inclusive and {@code end} exclusive.
 */
public record LabelledSpan(String document, String label, int start, int end) {

    public LabelledSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("span " + start + "-" + end + " of " + document + " is empty or negative");
        }
    }

    int overlap(LabelledSpan other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
    }

    int length() {
        return end - start;
    }
}
