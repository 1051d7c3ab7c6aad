package org.lede.dedupe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sorts articles, as they come, into exact duplicates (the same text as one seen before, up to spacing and
 * case), which a caller drops, and groups of near duplicates (estimated Jaccard similarity of their word
 * shingles at least the threshold), which it reports. Not thread-safe: one per run; it keeps a signature
 * per distinct article (about 1 KB), so it suits a laptop's runs, and Spark does the same with its own joins.
 */
public final class DuplicateFinder {
    private final MinHasher hasher = new MinHasher();
    private final double threshold;
    private final Map<String, String> firstByExactKey = new HashMap<>();
    private final Map<String, List<Integer>> byBandKey = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    private final List<long[]> signatures = new ArrayList<>();
    private final List<Integer> parent = new ArrayList<>();
    private final Map<String, List<String>> exactGroups = new LinkedHashMap<>();

    /** @param threshold the least estimated Jaccard similarity of two near duplicates, e.g. 0.7 */
    public DuplicateFinder(double threshold) {
        this.threshold = threshold;
    }

    /**
     * Takes the next article.
     *
     * @return the id of the earlier article with the same text, or null when this one is new
     */
    public String add(String id, String text) {
        String exact = MinHasher.exactKey(text);
        String earlier = firstByExactKey.putIfAbsent(exact, id);
        if (earlier != null) {
            exactGroups.computeIfAbsent(earlier, first -> new ArrayList<>(List.of(first))).add(id);
            return earlier;
        }
        int index = ids.size();
        long[] signature = hasher.signature(text);
        ids.add(id);
        signatures.add(signature);
        parent.add(index);
        for (String key : MinHasher.bandKeys(signature)) {
            List<Integer> bucket = byBandKey.computeIfAbsent(key, k -> new ArrayList<>());
            for (int other : bucket) {
                if (root(other) != root(index) && MinHasher.similarity(signature, signatures.get(other)) >= threshold) {
                    parent.set(root(index), root(other));
                }
            }
            bucket.add(index);
        }
        return null;
    }

    /** Each group of identical texts, first-seen id first, in the order the groups began. */
    public List<List<String>> exactGroups() {
        return exactGroups.values().stream().map(List::copyOf).toList();
    }

    /** Each group of two or more near-duplicate distinct texts, ids in the order seen. */
    public List<List<String>> nearGroups() {
        Map<Integer, List<String>> groups = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            groups.computeIfAbsent(root(i), r -> new ArrayList<>()).add(ids.get(i));
        }
        return groups.values().stream().filter(group -> group.size() > 1).map(List::copyOf).toList();
    }

    private int root(int index) {
        int root = index;
        while (parent.get(root) != root) {
            root = parent.get(root);
        }
        parent.set(index, root);
        return root;
    }
}
