package org.lede.model;

import java.util.List;

/**
 * How the article tells it: the persuasion techniques its text uses and the labels it attaches to actors,
 * with the share of the article's own voice that carries a technique.
 *
 * @param frames        technique spans, in text order
 * @param labels        entity labels, in text order
 * @param ownVoiceShare of the characters of sentences in the article's own voice, the share inside a frame
 */
public record Framing(List<Frame> frames, List<EntityLabel> labels, double ownVoiceShare) {

    public static final Framing NONE = new Framing(List.of(), List.of(), 0);

    public Framing {
        frames = List.copyOf(frames);
        labels = List.copyOf(labels);
    }

    /** The labels attached to one entity, in text order. */
    public List<EntityLabel> labelsOf(String entityId) {
        return labels.stream().filter(label -> label.entity().equals(entityId)).toList();
    }
}
