package org.lede.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * The tagger's label set: BIO tags over CoNLL's four types, and conversions between tag strings, label
 * numbers and spans. BIO rather than CoNLL's IOB1 because every name then starts with a B tag, which lets
 * decoding forbid an I tag that continues nothing.
 */
public final class BioLabels {
    /** CoNLL-2003 entity types, in the order conlleval reports list them. */
    public static final List<String> TYPES = List.of("PER", "LOC", "ORG", "MISC");
    public static final int OUTSIDE = 0;
    private static final List<String> TAGS = buildTags();

    private BioLabels() {
    }

    private static List<String> buildTags() {
        List<String> tags = new ArrayList<>();
        tags.add("O");
        for (String type : TYPES) {
            tags.add("B-" + type);
            tags.add("I-" + type);
        }
        return List.copyOf(tags);
    }

    public static int count() {
        return TAGS.size();
    }

    public static String tag(int label) {
        return TAGS.get(label);
    }

    public static boolean isBegin(int label) {
        return label != OUTSIDE && label % 2 == 1;
    }

    public static boolean isInside(int label) {
        return label != OUTSIDE && label % 2 == 0;
    }

    /** The type index (into {@link #TYPES}) of a B or I label. */
    public static int typeOf(int label) {
        return (label - 1) / 2;
    }

    /** May {@code label} follow {@code previous} ({@code -1} for the sentence start)? */
    public static boolean allowed(int previous, int label) {
        return !isInside(label) || previous > OUTSIDE && typeOf(previous) == typeOf(label);
    }

    /** Label numbers of IOB1 or BIO tags, rewritten to BIO: an I tag that starts a name becomes B. */
    public static int[] fromTags(List<String> tags) {
        int[] labels = new int[tags.size()];
        int previous = OUTSIDE;
        for (int i = 0; i < labels.length; i++) {
            String tag = tags.get(i);
            int label = TAGS.indexOf(tag);
            if (label < 0) {
                throw new IllegalArgumentException("unknown NER tag " + tag);
            }
            if (isInside(label) && !allowed(previous, label)) {
                label -= 1;
            }
            labels[i] = label;
            previous = label;
        }
        return labels;
    }

    /**
     * The tags of a label sequence in IOB1, CoNLL-2003's own scheme: I throughout a name, B only on a name
     * that directly follows another of its type. Scores the same as BIO under conlleval, but makes the
     * per-token accuracy comparable with the gold file's.
     */
    public static List<String> toIob1Tags(int[] labels) {
        List<String> tags = new ArrayList<>(labels.length);
        for (int i = 0; i < labels.length; i++) {
            int label = labels[i];
            boolean followsSameType = i > 0 && labels[i - 1] != OUTSIDE && typeOf(labels[i - 1]) == typeOf(label);
            if (isBegin(label) && !followsSameType) {
                label += 1;
            }
            tags.add(TAGS.get(label));
        }
        return tags;
    }

    /** The names a well-formed BIO label sequence marks. */
    public static List<LabeledSpan> spans(int[] labels) {
        List<LabeledSpan> spans = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= labels.length; i++) {
            int label = i < labels.length ? labels[i] : OUTSIDE;
            if (start >= 0 && !isInside(label)) {
                spans.add(new LabeledSpan(start, i, TYPES.get(typeOf(labels[start]))));
                start = -1;
            }
            if (isBegin(label) || isInside(label) && start < 0) {
                start = i;
            }
        }
        return spans;
    }

    /** A name found in a sentence: token range (end exclusive) and CoNLL type. */
    public record LabeledSpan(int start, int end, String type) {
    }
}
