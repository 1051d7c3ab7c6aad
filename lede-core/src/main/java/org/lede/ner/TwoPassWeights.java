package org.lede.ner;

/**
 * Both passes' feature weights behind one key lookup, for tagging. The tagger's time is mostly random
 * memory reads, so the layout is built to need few of them:
 * <ul>
 * <li>The second pass sees every feature the first sees (plus the history ones), so each key is looked up
 *     once and one row holds both passes' label weights. A key one pass lacks has zeros there, and adding
 *     a zero leaves a sum unchanged.</li>
 * <li>Most keys a text yields (rare word pairs, unseen words) are in no model. A small slot table (about
 *     1 MB, cache-resident) holds an 8-bit fingerprint and the row number of each key, so an absent key is
 *     almost always turned away without touching the large rows.</li>
 * <li>A row keeps its key next to its weights, so a present key costs one read of the large table: the
 *     full key is compared there, and the lookup is exact. The weights stay the 16-bit integers the
 *     model file holds, 44 bytes a row instead of 80; each is multiplied back by its pass's grid step,
 *     the very float operation that loading the model does, so the values are bit for bit the same.</li>
 * </ul>
 * Immutable once built, so many threads may read it.
 */
final class TwoPassWeights {
    /** Shorts per row for the key, which the first pass's label weights follow, then the second's. */
    private static final int KEY_SHORTS = 4;

    private final int labels = BioLabels.count();
    private final int stride = KEY_SHORTS + 2 * labels;
    /** Per slot: fingerprint in the top 8 bits, row + 1 in the low 24; 0 is an empty slot. */
    private final int[] slots;
    private final int mask;
    /** data[row * stride ...]: the key, high bits first, then the weights in grid steps. */
    private final short[] data;
    private final float firstStep;
    private final float secondStep;

    TwoPassWeights(LinearChainModel first, LinearChainModel second) {
        LongIntMap rowOf = new LongIntMap(first.size() + second.size());
        int rows = 0;
        for (LinearChainModel pass : new LinearChainModel[] {first, second}) {
            for (int row = 0; row < pass.size(); row++) {
                long key = normalised(pass.keyAt(row));
                if (rowOf.get(key, -1) < 0) {
                    rowOf.put(key, rows++);
                }
            }
        }
        if (rows >= 1 << 24) {
            throw new IllegalArgumentException("too many feature rows for the slot table: " + rows);
        }
        data = new short[rows * stride];
        firstStep = first.step();
        secondStep = second.step();
        // In key order, so that a key listed twice keeps its last row, as in LinearChainModel's own map.
        for (int pass = 0; pass < 2; pass++) {
            LinearChainModel model = pass == 0 ? first : second;
            for (int r = 0; r < model.size(); r++) {
                long key = normalised(model.keyAt(r));
                int base = rowOf.get(key, -1) * stride;
                for (int part = 0; part < KEY_SHORTS; part++) {
                    data[base + part] = (short) (key >>> 16 * (KEY_SHORTS - 1 - part));
                }
                model.copyQuantisedRow(r, data, base + KEY_SHORTS + pass * labels);
            }
        }
        int capacity = Integer.highestOneBit(Math.max(16, rows + rows / 3)) << 1;
        slots = new int[capacity];
        mask = capacity - 1;
        for (int r = 0; r < rows; r++) {
            long key = keyOfRow(r);
            long hash = TokenHash.mix(key);
            int slot = (int) hash & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = fingerprint(hash) | (r + 1);
        }
    }

    /** LongIntMap stores key 0 as 1; so do these tables, so that both look up the same rows. */
    private static long normalised(long key) {
        return key == 0 ? 1 : key;
    }

    private static int fingerprint(long hash) {
        return (int) (hash >>> 56) << 24;
    }

    private long keyOfRow(int row) {
        int base = row * stride;
        short[] d = data;
        return (long) d[base] << 48 | (d[base + 1] & 0xffffL) << 32 | (d[base + 2] & 0xffffL) << 16
                | d[base + 3] & 0xffffL;
    }

    /** The index in {@link #data} where a key's row starts, or -1 if neither pass has the key. */
    private int rowStart(long key) {
        long k = normalised(key);
        long hash = TokenHash.mix(k);
        int wanted = fingerprint(hash);
        int slot = (int) hash & mask;
        int[] s = slots;
        while (true) {
            int entry = s[slot];
            if (entry == 0) {
                return -1;
            }
            if ((entry & 0xff000000) == wanted) {
                int row = (entry & 0xffffff) - 1;
                if (keyOfRow(row) == k) {
                    return row * stride;
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    /**
     * The rows of {@code keys[0, count)} into {@code rowStarts} (-1: no row). All keys are looked up first and
     * summed after ({@link #addRows}): the lookups, which miss the cache, then run back to back and overlap,
     * instead of each waiting behind a token's sums.
     */
    void lookUp(long[] keys, int count, int[] rowStarts) {
        for (int f = 0; f < count; f++) {
            rowStarts[f] = rowStart(keys[f]);
        }
    }

    /**
     * Adds the rows {@code rowStarts[from, to)} (-1: no row) to the first pass's scores at {@code first[firstAt]}
     * and the second's at {@code second[secondAt]}.
     */
    void addRows(int[] rowStarts, int from, int to, float[] first, int firstAt, float[] second, int secondAt) {
        short[] d = data;
        for (int f = from; f < to; f++) {
            int base = rowStarts[f];
            if (base >= 0) {
                base += KEY_SHORTS;
                for (int label = 0; label < labels; label++) {
                    first[firstAt + label] += (float) d[base + label] * firstStep;
                }
                base += labels;
                for (int label = 0; label < labels; label++) {
                    second[secondAt + label] += (float) d[base + label] * secondStep;
                }
            }
        }
    }

    /** Both passes' summed weights of {@code keys[0, count)}, the first pass's labels then the second's. */
    float[] sum(long[] keys, int count) {
        int[] rowStarts = new int[count];
        lookUp(keys, count, rowStarts);
        float[] sums = new float[2 * labels];
        addRows(rowStarts, 0, count, sums, 0, sums, labels);
        return sums;
    }

    /** Adds the second pass's weights of {@code keys[0, count)} to a token's scores at {@code second[at]}. */
    void addSecond(long[] keys, int count, float[] second, int at) {
        short[] d = data;
        for (int f = 0; f < count; f++) {
            int base = rowStart(keys[f]);
            if (base >= 0) {
                base += KEY_SHORTS + labels;
                for (int label = 0; label < labels; label++) {
                    second[at + label] += (float) d[base + label] * secondStep;
                }
            }
        }
    }
}
