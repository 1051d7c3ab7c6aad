package org.lede.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Dense word vectors Lede learns itself from unlabeled news text ({@link WordVectorBuilder}): each frequent
 * word, as written, has a few coordinates along the leading directions of its context vectors, each given
 * as its rank among the vocabulary's (a byte, 0 the lowest, 255 the highest). Where the word clusters put a
 * word in one cell, the coordinates say how near it stands to others along each direction, so that words
 * used alike share some of their quantiles even across cluster borders. Immutable once loaded.
 */
public final class WordVectors {
    /** Where the shipped vectors live on the classpath (file {@code models/word-vectors.tsv.gz}). */
    public static final String RESOURCE = "org/lede/models/word-vectors.tsv.gz";

    private final LongIntMap rowOf;
    private final byte[][] rows;

    private WordVectors(LongIntMap rowOf, byte[][] rows) {
        this.rowOf = rowOf;
        this.rows = rows;
    }

    /** The shipped vectors, read when first asked for. */
    public static WordVectors load() {
        return Shipped.VECTORS;
    }

    /** Holds the shipped vectors, read when first asked for (the JVM makes that thread-safe). */
    private static final class Shipped {
        static final WordVectors VECTORS = readShipped();
    }

    private static WordVectors readShipped() {
        return ShippedFile.read(RESOURCE, "word vectors", WordVectors::read);
    }

    /** Reads gzipped {@code word<TAB>hex} lines, two hex digits per coordinate. */
    public static WordVectors read(InputStream gzipped) throws IOException {
        BufferedReader reader = ShippedFile.lines(gzipped);
        LongIntMap rowOf = new LongIntMap(1 << 16);
        List<byte[]> rows = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                byte[] ranks = new byte[(line.length() - tab - 1) / 2];
                for (int d = 0; d < ranks.length; d++) {
                    ranks[d] = (byte) Integer.parseInt(line, tab + 1 + 2 * d, tab + 3 + 2 * d, 16);
                }
                rowOf.put(TokenHash.exact(line.substring(0, tab)), rows.size());
                rows.add(ranks);
            }
        }
        return new WordVectors(rowOf, rows.toArray(new byte[0][]));
    }

    /** These vectors, after checking that each has at least {@code dimensions} coordinates. */
    public WordVectors requireDimensions(int dimensions) {
        for (byte[] row : rows) {
            if (row.length < dimensions) {
                throw new IllegalStateException("word vectors of " + row.length + " coordinates where " + dimensions
                        + " are read: rebuild them with 'lede train clusters'");
            }
        }
        return this;
    }

    /**
     * The coordinate ranks of a word as written (0-255 as unsigned bytes; shared, not to be changed), or null
     * for a word too rare to have them. A word in capitals without its own takes its capitalised form's.
     */
    public byte[] ranks(String word) {
        int row = TokenHash.valueOf(rowOf, word, TokenHash.exact(word));
        return row < 0 ? null : rows[row];
    }
}
