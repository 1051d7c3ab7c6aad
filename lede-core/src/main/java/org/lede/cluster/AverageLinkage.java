package org.lede.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Average-linkage agglomerative clustering over a symmetric similarity matrix: the two clusters with the
 * highest mean pairwise similarity join, until no two reach the threshold. Each cluster keeps its best
 * partner, so a merge only rescans the clusters whose partner it changed.
 */
final class AverageLinkage {
    private final double[][] sum;
    private final double threshold;
    private final int[] size;
    private final boolean[] active;
    private final List<List<Integer>> members = new ArrayList<>();
    private final int[] best;

    /** @param sum pairwise similarities; the array becomes the running sums of the clusters and is changed */
    AverageLinkage(double[][] sum, double threshold) {
        this.sum = sum;
        this.threshold = threshold;
        int n = sum.length;
        size = new int[n];
        active = new boolean[n];
        best = new int[n];
        for (int i = 0; i < n; i++) {
            size[i] = 1;
            active[i] = true;
            List<Integer> own = new ArrayList<>();
            own.add(i);
            members.add(own);
        }
        for (int i = 0; i < n; i++) {
            best[i] = partnerOf(i);
        }
    }

    List<List<Integer>> clusters() {
        while (true) {
            int a = -1;
            double top = threshold;
            for (int i = 0; i < sum.length; i++) {
                if (active[i] && best[i] >= 0 && average(i, best[i]) >= top) {
                    top = average(i, best[i]);
                    a = i;
                }
            }
            if (a < 0) {
                break;
            }
            merge(a, best[a]);
        }
        List<List<Integer>> clusters = new ArrayList<>();
        for (int i = 0; i < sum.length; i++) {
            if (active[i]) {
                List<Integer> cluster = new ArrayList<>(members.get(i));
                cluster.sort(Integer::compare);
                clusters.add(cluster);
            }
        }
        clusters.sort((x, y) -> Integer.compare(x.get(0), y.get(0)));
        return clusters;
    }

    private void merge(int a, int b) {
        int keep = Math.min(a, b);
        int gone = Math.max(a, b);
        for (int k = 0; k < sum.length; k++) {
            sum[keep][k] += sum[gone][k];
            sum[k][keep] = sum[keep][k];
        }
        size[keep] += size[gone];
        active[gone] = false;
        members.get(keep).addAll(members.get(gone));
        for (int i = 0; i < sum.length; i++) {
            if (active[i] && (i == keep || best[i] == keep || best[i] == gone)) {
                best[i] = partnerOf(i);
            } else if (active[i] && (best[i] < 0 || average(i, keep) > average(i, best[i]))) {
                best[i] = keep;
            }
        }
    }

    private int partnerOf(int i) {
        int partner = -1;
        double top = -1;
        for (int j = 0; j < sum.length; j++) {
            if (j != i && active[j] && average(i, j) > top) {
                top = average(i, j);
                partner = j;
            }
        }
        return partner;
    }

    private double average(int i, int j) {
        return sum[i][j] / ((double) size[i] * size[j]);
    }
}
