package org.lede.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lede.cluster.DisjointSets;

/**
 * The coreference scores of the CoNLL 2011/2012 shared tasks, for a key and a response that partition the
 * same items (each item's cluster given as a label): MUC (links), B-cubed (items) and entity-based CEAF
 * (clusters aligned one to one), and the CoNLL F1, their mean. Also used for document clusters (B-cubed).
 */
public final class CorefScores {

    private CorefScores() {
    }

    /** B-cubed: per item, the share of its response cluster in its key cluster and the reverse. */
    public static Counts bCubed(List<String> key, List<String> response) {
        Map<String, List<Integer>> keyClusters = clusters(key);
        Map<String, List<Integer>> responseClusters = clusters(response);
        double precision = 0;
        double recall = 0;
        for (int i = 0; i < key.size(); i++) {
            Set<Integer> k = new HashSet<>(keyClusters.get(key.get(i)));
            List<Integer> r = responseClusters.get(response.get(i));
            long common = r.stream().filter(k::contains).count();
            precision += (double) common / r.size();
            recall += (double) common / k.size();
        }
        return fromPrecisionRecall(precision / key.size(), recall / key.size(), key.size());
    }

    /** MUC: the links each side needs to join its clusters, against the links the other side keeps. */
    public static Counts muc(List<String> key, List<String> response) {
        double recall = mucRecall(key, response);
        double precision = mucRecall(response, key);
        return fromPrecisionRecall(precision, recall, key.size());
    }

    private static double mucRecall(List<String> key, List<String> response) {
        double numerator = 0;
        double denominator = 0;
        for (List<Integer> cluster : clusters(key).values()) {
            Set<String> parts = new HashSet<>();
            for (int i : cluster) {
                parts.add(response.get(i));
            }
            numerator += cluster.size() - parts.size();
            denominator += cluster.size() - 1;
        }
        return denominator == 0 ? 0 : numerator / denominator;
    }

    /** Entity-based CEAF: key and response clusters aligned one to one for the most similarity. */
    public static Counts ceafE(List<String> key, List<String> response) {
        List<List<Integer>> keys = new ArrayList<>(clusters(key).values());
        List<List<Integer>> responses = new ArrayList<>(clusters(response).values());
        Map<String, Integer> responseIndex = new HashMap<>();
        List<String> responseLabels = new ArrayList<>(clusters(response).keySet());
        for (int r = 0; r < responseLabels.size(); r++) {
            responseIndex.put(responseLabels.get(r), r);
        }
        // Only overlapping clusters can be aligned with profit: solve each connected group apart.
        DisjointSets group = new DisjointSets(keys.size() + responses.size());
        for (int k = 0; k < keys.size(); k++) {
            for (int i : keys.get(k)) {
                group.union(k, keys.size() + responseIndex.get(response.get(i)));
            }
        }
        Map<Integer, List<Integer>> keyGroups = new HashMap<>();
        Map<Integer, List<Integer>> responseGroups = new HashMap<>();
        for (int k = 0; k < keys.size(); k++) {
            keyGroups.computeIfAbsent(group.find(k), x -> new ArrayList<>()).add(k);
        }
        for (int r = 0; r < responses.size(); r++) {
            responseGroups.computeIfAbsent(group.find(keys.size() + r), x -> new ArrayList<>()).add(r);
        }
        double similarity = 0;
        for (Map.Entry<Integer, List<Integer>> entry : keyGroups.entrySet()) {
            List<Integer> ks = entry.getValue();
            List<Integer> rs = responseGroups.getOrDefault(entry.getKey(), List.of());
            double[][] phi = new double[ks.size()][rs.size()];
            for (int a = 0; a < ks.size(); a++) {
                Set<Integer> k = new HashSet<>(keys.get(ks.get(a)));
                for (int b = 0; b < rs.size(); b++) {
                    List<Integer> r = responses.get(rs.get(b));
                    long common = r.stream().filter(k::contains).count();
                    phi[a][b] = 2.0 * common / (k.size() + r.size());
                }
            }
            similarity += maximumAssignment(phi);
        }
        double recall = keys.isEmpty() ? 0 : similarity / keys.size();
        double precision = responses.isEmpty() ? 0 : similarity / responses.size();
        return fromPrecisionRecall(precision, recall, key.size());
    }

    /** The mean of the MUC, B-cubed and CEAF-e F1. */
    public static double conllF1(List<String> key, List<String> response) {
        return (muc(key, response).f1() + bCubed(key, response).f1() + ceafE(key, response).f1()) / 3;
    }

    /**
     * Counts that give these precision and recall over {@code n} items, so scores that are not ratios of
     * whole counts print like the others.
     */
    static Counts fromPrecisionRecall(double precision, double recall, int n) {
        double tp = recall * n;
        double fn = n - tp;
        double fp = precision == 0 ? (tp == 0 ? 0 : n) : tp / precision - tp;
        return new Counts(tp, fp, fn);
    }

    private static Map<String, List<Integer>> clusters(List<String> labels) {
        Map<String, List<Integer>> clusters = new java.util.LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            clusters.computeIfAbsent(labels.get(i), x -> new ArrayList<>()).add(i);
        }
        return clusters;
    }



    /** The largest total weight of a one-to-one assignment of rows to columns (Hungarian method). */
    static double maximumAssignment(double[][] weight) {
        int rows = weight.length;
        int cols = rows == 0 ? 0 : weight[0].length;
        if (rows == 0 || cols == 0) {
            return 0;
        }
        int n = Math.max(rows, cols);
        double[][] cost = new double[n + 1][n + 1];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                cost[i + 1][j + 1] = -weight[i][j];
            }
        }
        double[] u = new double[n + 1];
        double[] v = new double[n + 1];
        int[] p = new int[n + 1];
        int[] way = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            double[] minv = new double[n + 1];
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[n + 1];
            do {
                used[j0] = true;
                int i0 = p[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = 0;
                for (int j = 1; j <= n; j++) {
                    if (!used[j]) {
                        double cur = cost[i0][j] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        double total = 0;
        for (int j = 1; j <= n; j++) {
            if (p[j] >= 1 && p[j] <= rows && j <= cols) {
                total += weight[p[j] - 1][j - 1];
            }
        }
        return total;
    }
}
