package org.lede.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The entity mentions of one article sorted by where they start, so that finding the mentions around or
 * inside a stretch costs a binary search instead of a walk over every mention: a long page has thousands of
 * mentions, and a walk for each quote, frame or event made those stages quadratic in its length. Mentions
 * that start at the same offset keep the order of a walk over the entities and their mentions. Immutable.
 */
public final class MentionIndex {

    /** A mention with its entity and the entity's place in the article's list. */
    public record Entry(Mention mention, Entity entity, int order) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final int longest;

    public MentionIndex(List<Entity> entities) {
        int longestMention = 0;
        for (int e = 0; e < entities.size(); e++) {
            for (Mention m : entities.get(e).mentions()) {
                entries.add(new Entry(m, entities.get(e), e));
                longestMention = Math.max(longestMention, m.end() - m.start());
            }
        }
        entries.sort(Comparator.comparingInt((Entry entry) -> entry.mention().start())); // stable
        for (Entry entry : entries) {
            mentions.add(entry.mention());
        }
        longest = longestMention;
    }

    /** The mentions that overlap {@code [start, end)}, in order of their start. */
    public List<Entry> overlapping(int start, int end) {
        List<Entry> found = new ArrayList<>();
        // Every overlapping mention starts before end and, being at most `longest` long, after start - longest.
        for (int k = Spans.firstStartingAtOrAfter(mentions, start - longest); k < entries.size(); k++) {
            Mention m = mentions.get(k);
            if (m.start() >= end) {
                break;
            }
            if (m.end() > start) {
                found.add(entries.get(k));
            }
        }
        return found;
    }

    /** The mentions inside {@code [start, end)}, in order of their start. */
    public List<Entry> within(int start, int end) {
        List<Entry> found = new ArrayList<>();
        for (int k = Spans.firstStartingAtOrAfter(mentions, start); k < entries.size(); k++) {
            Mention m = mentions.get(k);
            if (m.start() >= end) {
                break;
            }
            if (m.end() <= end) {
                found.add(entries.get(k));
            }
        }
        return found;
    }
}
