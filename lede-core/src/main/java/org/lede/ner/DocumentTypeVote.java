package org.lede.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One sense per discourse for people's names: when the same words are tagged a person's name in one place
 * of a document and something else in another, every mention of them gets the type most of them were
 * tagged with, and on a tie the type of the first of those types to appear. The tagger decides each
 * sentence on its own (its second pass sees the other mentions only as features), so one name can come out
 * PER five times and LOC once in one story, which makes two entities of one bearer.
 * Names that are never tagged a person keep the type of each place: a place that stands for a team or a
 * government ("Leeds" won, "Italy" said) is LOC in one sentence and ORG in the next, and CoNLL marks it so
 * (voting those too lowered CoNLL-2003 dev F1 from 0.932 to 0.926, LOC 0.958 to 0.947).
 * Only the type changes, never where a name starts or ends; different words keep their own types, so
 * "Albanian" (MISC) and "Albania" (LOC) are not made one.
 */
final class DocumentTypeVote {
    private static final int PERSON = BioLabels.TYPES.indexOf("PER");

    private DocumentTypeVote() {
    }

    /** The labels with each name tagged a person somewhere retyped to its words' vote; the arrays given are not changed. */
    static List<int[]> unify(List<? extends List<String>> document, List<int[]> labels) {
        Map<List<String>, int[]> votes = new HashMap<>();
        Map<List<String>, List<Integer>> typesInOrder = new HashMap<>();
        for (int s = 0; s < labels.size(); s++) {
            for (BioLabels.LabeledSpan span : BioLabels.spans(labels.get(s))) {
                List<String> words = document.get(s).subList(span.start(), span.end());
                int type = BioLabels.TYPES.indexOf(span.type());
                votes.computeIfAbsent(words, w -> new int[BioLabels.TYPES.size()])[type]++;
                List<Integer> order = typesInOrder.computeIfAbsent(words, w -> new ArrayList<>());
                if (!order.contains(type)) {
                    order.add(type);
                }
            }
        }
        Map<List<String>, Integer> winner = new LinkedHashMap<>();
        for (Map.Entry<List<String>, List<Integer>> entry : typesInOrder.entrySet()) {
            if (entry.getValue().size() > 1 && entry.getValue().contains(PERSON)) {
                winner.put(entry.getKey(), majority(votes.get(entry.getKey()), entry.getValue()));
            }
        }
        if (winner.isEmpty()) {
            return labels;
        }
        List<int[]> unified = new ArrayList<>(labels.size());
        for (int s = 0; s < labels.size(); s++) {
            int[] sentence = labels.get(s).clone();
            for (BioLabels.LabeledSpan span : BioLabels.spans(sentence)) {
                Integer type = winner.get(document.get(s).subList(span.start(), span.end()));
                if (type != null) {
                    sentence[span.start()] = 1 + 2 * type; // B of the type
                    for (int i = span.start() + 1; i < span.end(); i++) {
                        sentence[i] = 2 + 2 * type; // I of the type
                    }
                }
            }
            unified.add(sentence);
        }
        return unified;
    }

    /** The type with most votes; of equals, the one that appeared first. */
    private static int majority(int[] votes, List<Integer> typesInOrder) {
        int best = typesInOrder.get(0);
        for (int type : typesInOrder) {
            if (votes[type] > votes[best]) {
                best = type;
            }
        }
        return best;
    }
}
