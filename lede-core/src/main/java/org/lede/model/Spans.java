package org.lede.model;

import java.util.List;

/** Lookups in lists of spans sorted by where they start. */
public final class Spans {
    private Spans() {
    }

    /** The index of the first span that starts at or after {@code offset} (the list's size if none does). */
    public static int firstStartingAtOrAfter(List<? extends Span> byStart, int offset) {
        int low = 0;
        int high = byStart.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (byStart.get(middle).start() < offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
