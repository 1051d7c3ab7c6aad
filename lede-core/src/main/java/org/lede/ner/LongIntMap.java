package org.lede.ner;

/**
 * An open-addressing map from 64-bit keys to ints, without boxing: feature keys to weight rows, phrase
 * hashes to gazetteer categories. Each key sits next to its value in one array, so a lookup touches one
 * cache line, which is most of the tagger's time. Grows while being filled; once filled and published
 * through a final field it is only read, so many threads may read it at once.
 */
public final class LongIntMap {
    /** Key 0 marks an empty slot; a real key 0 is stored as 1, a collision of no consequence here. */
    private static final long EMPTY = 0L;
    /** table[2 * slot] is a key, table[2 * slot + 1] its value. */
    private long[] table;
    private int size;

    public LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        table = new long[capacity * 2];
    }

    int size() {
        return size;
    }

    /** The value of a key, or {@code missing}. */
    public int get(long key, int missing) {
        long k = key == EMPTY ? 1 : key;
        long[] t = table;
        int mask = (t.length >> 1) - 1;
        int slot = (int) TokenHash.mix(k) & mask;
        while (true) {
            long found = t[slot << 1];
            if (found == k) {
                return (int) t[(slot << 1) + 1];
            }
            if (found == EMPTY) {
                return missing;
            }
            slot = (slot + 1) & mask;
        }
    }

    public void put(long key, int value) {
        int slot = slotFor(key); // first: it may grow the table
        table[(slot << 1) + 1] = value;
    }

    /** Adds {@code delta} to a key's value (absent counts as 0) and returns the new value. */
    public int add(long key, int delta) {
        int slot = slotFor(key);
        int value = (int) table[(slot << 1) + 1] + delta;
        table[(slot << 1) + 1] = value;
        return value;
    }

    /** Calls {@code visitor} for every entry, in no particular order. */
    void forEach(Visitor visitor) {
        for (int i = 0; i < table.length; i += 2) {
            if (table[i] != EMPTY) {
                visitor.visit(table[i], (int) table[i + 1]);
            }
        }
    }

    interface Visitor {
        void visit(long key, int value);
    }

    private int slotFor(long key) {
        long k = key == EMPTY ? 1 : key;
        if ((size + 1) * 4L > table.length) {
            grow();
        }
        int slot = probe(table, k);
        if (table[slot << 1] == EMPTY) {
            table[slot << 1] = k;
            table[(slot << 1) + 1] = 0;
            size++;
        }
        return slot;
    }

    /** The slot holding {@code k}, or the empty slot where it belongs. */
    private static int probe(long[] t, long k) {
        int mask = (t.length >> 1) - 1;
        int slot = (int) TokenHash.mix(k) & mask;
        while (t[slot << 1] != EMPTY && t[slot << 1] != k) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != EMPTY) {
                int slot = probe(table, old[i]);
                table[slot << 1] = old[i];
                table[(slot << 1) + 1] = old[i + 1];
            }
        }
    }
}
