package org.lede.ner;

import java.util.Arrays;

/**
 * An open-addressing map from non-zero 64-bit keys to ints, without boxing: feature keys to weight rows,
 * phrase hashes to gazetteer categories. Grows while being filled; once filled and published through a
 * final field it is only read, so many threads may read it at once.
 */
final class LongIntMap {
    private static final long EMPTY = 0L;
    private long[] keys;
    private int[] values;
    private int size;

    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
    }

    int size() {
        return size;
    }

    /** The value of a key, or {@code missing}. */
    int get(long key, int missing) {
        long k = key == EMPTY ? 1 : key;
        int mask = keys.length - 1;
        int slot = (int) TokenHash.mix(k) & mask;
        while (true) {
            long found = keys[slot];
            if (found == k) {
                return values[slot];
            }
            if (found == EMPTY) {
                return missing;
            }
            slot = (slot + 1) & mask;
        }
    }

    void put(long key, int value) {
        int slot = slotFor(key); // first: it may grow the arrays
        values[slot] = value;
    }

    /** Adds {@code delta} to a key's value (absent counts as 0) and returns the new value. */
    int add(long key, int delta) {
        int slot = slotFor(key);
        values[slot] += delta;
        return values[slot];
    }

    /** Calls {@code visitor} for every entry, in no particular order. */
    void forEach(Visitor visitor) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                visitor.visit(keys[i], values[i]);
            }
        }
    }

    interface Visitor {
        void visit(long key, int value);
    }

    private int slotFor(long key) {
        long k = key == EMPTY ? 1 : key;
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int slot = (int) TokenHash.mix(k) & mask;
        while (keys[slot] != EMPTY && keys[slot] != k) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == EMPTY) {
            keys[slot] = k;
            values[slot] = 0;
            size++;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldValues.length * 2];
        size = 0;
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = (int) TokenHash.mix(oldKeys[i]) & mask;
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
                size++;
            }
        }
        Arrays.fill(oldKeys, EMPTY);
    }
}
