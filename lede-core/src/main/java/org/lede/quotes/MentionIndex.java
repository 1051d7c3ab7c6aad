package org.lede.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lede.model.Entity;
import org.lede.model.Mention;

/**
 * The entity mentions of one article sorted by where they start, so that finding the mentions around a
 * phrase costs a binary search instead of a walk over every mention: a long page has thousands of
 * mentions and thousands of quotes, and the walk made attribution quadratic in its length.
 */
final class MentionIndex {

    /** A mention with its entity and the entity's place in the article's list, which breaks ties. */
    record Entry(Mention mention, Entity entity, int order) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final int longest;

    MentionIndex(List<Entity> entities) {
        int longestMention = 0;
        for (int e = 0; e < entities.size(); e++) {
            for (Mention m : entities.get(e).mentions()) {
                entries.add(new Entry(m, entities.get(e), e));
                longestMention = Math.max(longestMention, m.end() - m.start());
            }
        }
        entries.sort(Comparator.comparingInt((Entry entry) -> entry.mention().start()));
        longest = longestMention;
    }

    /** The mentions that overlap {@code [start, end)}, in order of their start. */
    List<Entry> overlapping(int start, int end) {
        List<Entry> found = new ArrayList<>();
        // Every overlapping mention starts before end and, being at most `longest` long, after start - longest.
        for (int k = firstStartingAtOrAfter(start - longest); k < entries.size(); k++) {
            Mention m = entries.get(k).mention();
            if (m.start() >= end) {
                break;
            }
            if (m.end() > start) {
                found.add(entries.get(k));
            }
        }
        return found;
    }

    private int firstStartingAtOrAfter(int offset) {
        int low = 0;
        int high = entries.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (entries.get(mid).mention().start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
