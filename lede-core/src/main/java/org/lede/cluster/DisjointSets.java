package org.lede.cluster;

/**
 * Items 0 to n-1 in disjoint sets that joins merge (union-find with path halving): which items are one,
 * directly or through others. Clustering articles and actors and scoring coreference all need it.
 */
public final class DisjointSets {
    private final int[] parent;

    /** Every item in a set of its own. */
    public DisjointSets(int size) {
        parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
    }

    /** The item that stands for the set holding {@code x}. */
    public int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /** Merges the sets holding {@code a} and {@code b}. */
    public void union(int a, int b) {
        parent[find(a)] = find(b);
    }
}
