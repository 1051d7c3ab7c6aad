package org.lede.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;

/**
 * Word clusters Lede learns itself from unlabeled news text ({@link WordClusterBuilder}): each frequent
 * word, as written, has a leaf in a three-level tree of clusters of words used in like contexts ("Tirana",
 * "Baghdad" and "Nairobi" share a leaf; "Albanian" and "Kenyan" another). The tagger reads the leaf and its
 * ancestors as features, which carries what it learnt about a word in training to unseen words of the same
 * cluster. Immutable once loaded.
 */
public final class WordClusters {
    /** Where the shipped clusters live on the classpath (file {@code models/word-clusters.tsv.gz}). */
    public static final String RESOURCE = "org/lede/models/word-clusters.tsv.gz";
    /** Children per cluster at each level below the root: 16 × 16 × 8 = 2,048 leaves. */
    static final int[] BRANCHING = {16, 16, 8};
    static final int LEVELS = BRANCHING.length;
    private static final WordClusters NONE = new WordClusters(new LongIntMap(1));

    private final LongIntMap leafOf;

    private WordClusters(LongIntMap leafOf) {
        this.leafOf = leafOf;
    }

    /** No clusters: the tagger then works from the other features alone. */
    public static WordClusters none() {
        return NONE;
    }

    /**
     * The clusters shipped in the jar, read once: the entity recogniser and the framing stage both use them,
     * and reading the file cost each of them the same time and memory again.
     */
    public static WordClusters load() {
        return Shipped.CLUSTERS;
    }

    /** Holds the shipped clusters, read when first asked for (the JVM makes that thread-safe). */
    private static final class Shipped {
        static final WordClusters CLUSTERS = readShipped();
    }

    private static WordClusters readShipped() {
        return ShippedFile.read(RESOURCE, "word clusters", WordClusters::read);
    }

    /** Reads gzipped {@code word<TAB>leaf} lines. */
    public static WordClusters read(InputStream gzipped) throws IOException {
        BufferedReader reader = ShippedFile.lines(gzipped);
        LongIntMap leafOf = new LongIntMap(1 << 16);
        String line;
        while ((line = reader.readLine()) != null) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                leafOf.put(TokenHash.exact(line.substring(0, tab)), Integer.parseInt(line, tab + 1, line.length(), 10));
            }
        }
        return new WordClusters(leafOf);
    }

    /**
     * The leaf of a word, given with its {@link TokenHash#exact} hash, or -1 for a word too rare to be
     * clustered. A word in capitals ("BAGHDAD", in a headline or a sports table) that has no leaf of its
     * own takes the leaf of its capitalised form ("Baghdad").
     */
    int leaf(String word, long exactHash) {
        return TokenHash.valueOf(leafOf, word, exactHash);
    }

    /** The leaf of a word as written, or -1 for a word too rare to be clustered; see the above. */
    public int leaf(String word) {
        return leaf(word, TokenHash.exact(word));
    }

    /** The cluster of a leaf at a level (0 the coarsest, {@code LEVELS - 1} the leaf itself). */
    public static int clusterAt(int leaf, int level) {
        int cluster = leaf;
        for (int below = LEVELS - 1; below > level; below--) {
            cluster /= BRANCHING[below];
        }
        return cluster;
    }
}
