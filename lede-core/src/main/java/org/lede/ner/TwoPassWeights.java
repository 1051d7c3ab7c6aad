package org.lede.ner;

/**
 * Both passes' feature weights behind one key lookup, for tagging. The second pass sees every feature the
 * first sees (plus the history ones), so looking each key up once and reading both passes' label weights
 * from one row halves the random memory reads that dominate the tagger's time. A key one pass lacks has
 * zeros there, and adding a zero leaves a sum unchanged, so the sums are exactly those of
 * {@link LinearChainModel#decode(long[][])}, added in the same order. Immutable once built.
 */
final class TwoPassWeights {
    private final int labels = BioLabels.count();
    private final LongIntMap rows;
    /** weights[row * 2 * labels + label] is the first pass's weight, {@code + labels} the second's. */
    private final float[] weights;

    TwoPassWeights(LinearChainModel first, LinearChainModel second) {
        rows = new LongIntMap(Math.max(first.size(), second.size()));
        for (int row = 0; row < first.size(); row++) {
            rowOf(first.keyAt(row));
        }
        for (int row = 0; row < second.size(); row++) {
            rowOf(second.keyAt(row));
        }
        weights = new float[rows.size() * 2 * labels];
        // In key order, so that a key listed twice keeps its last row, as in LinearChainModel's own map.
        for (int row = 0; row < first.size(); row++) {
            first.copyRow(row, weights, rows.get(first.keyAt(row), -1) * 2 * labels);
        }
        for (int row = 0; row < second.size(); row++) {
            second.copyRow(row, weights, rows.get(second.keyAt(row), -1) * 2 * labels + labels);
        }
    }

    private void rowOf(long key) {
        if (rows.get(key, -1) < 0) {
            rows.put(key, rows.size());
        }
    }

    /**
     * Adds the weights of {@code keys[from, to)}, one token's features, to both passes' emission scores
     * of that token, which start at {@code first[at]} and {@code second[at]}.
     */
    void addBoth(long[] keys, int from, int to, float[] first, float[] second, int at) {
        for (int f = from; f < to; f++) {
            int row = rows.get(keys[f], -1);
            if (row >= 0) {
                int base = row * 2 * labels;
                for (int label = 0; label < labels; label++) {
                    first[at + label] += weights[base + label];
                }
                base += labels;
                for (int label = 0; label < labels; label++) {
                    second[at + label] += weights[base + label];
                }
            }
        }
    }

    /** Adds the second pass's weights of {@code keys[0, count)} to a token's scores at {@code second[at]}. */
    void addSecond(long[] keys, int count, float[] second, int at) {
        for (int f = 0; f < count; f++) {
            int row = rows.get(keys[f], -1);
            if (row >= 0) {
                int base = row * 2 * labels + labels;
                for (int label = 0; label < labels; label++) {
                    second[at + label] += weights[base + label];
                }
            }
        }
    }
}
