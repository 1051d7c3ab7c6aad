package org.lede.framing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lede.model.Analysis;
import org.lede.model.EntityLabel;
import org.lede.model.Frame;
import org.lede.model.Framing;
import org.lede.model.MentionIndex;
import org.lede.model.Sentence;
import org.lede.pipeline.Stage;

/**
 * How the article tells it (after entities and quotes): the stretches that use one of the 14 persuasion
 * techniques of SemEval-2020 Task 11, each with its likeliest technique and the entity it speaks of, and the
 * labels the article attaches to each entity. A loaded label (delegitimising or legitimising) given to the
 * same entity again is Repetition, one frame for each use after the first. Frames and labels are claims
 * about the text, never about the truth of what it says of an actor.
 */
public final class FramingStage implements Stage {
    private final FramesModel model;
    private final LabelFinder labels;

    public FramingStage(FramesModel model, LabelLexicon lexicon) {
        this.model = model;
        this.labels = new LabelFinder(lexicon);
    }

    /** The stage with the model and lexicon shipped in the jar. */
    public static FramingStage load() {
        return new FramingStage(FramesModel.load(), LabelLexicon.load());
    }

    @Override
    public Analysis process(Analysis analysis) {
        FramedText doc = new FramedText(analysis.article().text(), analysis.tokens(), analysis.sentences());
        List<EntityLabel> found = labels.find(analysis);
        List<Frame> frames = new ArrayList<>();
        int bodyStart = afterDateline(analysis);
        MentionIndex mentions = new MentionIndex(analysis.entities());
        for (int[] span : model.spans(doc)) {
            if (span[0] < bodyStart) {
                continue;
            }
            double[] p = model.classifier.probabilities(doc, span[0], span[1]);
            Technique technique = TechniqueClassifier.best(p, 1).get(0);
            frames.add(new Frame(technique.label(), span[0], span[1],
                    analysis.article().text().substring(span[0], span[1]), p[technique.ordinal()],
                    target(mentions, found, span[0], span[1])));
        }
        frames.addAll(repetitions(found));
        frames.sort(Comparator.comparingInt(Frame::start).thenComparingInt(Frame::end));
        return analysis.withFraming(new Framing(frames, found, ownVoiceShare(analysis, frames)));
    }

    /** Where the text after the dateline ("BRUSSELS (Reuters) -") starts: a dateline argues nothing. */
    private static int afterDateline(Analysis analysis) {
        String dateline = analysis.article().dateline();
        int at = dateline == null ? -1 : analysis.article().text().indexOf(dateline);
        return at < 0 ? 0 : at + dateline.length();
    }

    /**
     * The entity with a mention inside the stretch (the first such mention), else the entity a label
     * overlapping it names ("a terror cult" in "which Tehran calls a terror cult"), or null.
     */
    private static String target(MentionIndex mentions, List<EntityLabel> labels, int start, int end) {
        List<MentionIndex.Entry> inside = mentions.within(start, end);
        if (!inside.isEmpty()) {
            return inside.get(0).entity().id();
        }
        for (EntityLabel label : labels) { // sorted by start
            if (label.start() >= end) {
                break;
            }
            if (start < label.end()) {
                return label.entity();
            }
        }
        return null;
    }

    /** Every use of a loaded label for an entity after its first use for that entity. */
    private static List<Frame> repetitions(List<EntityLabel> labels) {
        Map<String, Integer> uses = new HashMap<>();
        List<Frame> frames = new ArrayList<>();
        for (EntityLabel label : labels) {
            if (LabelFinder.isLoaded(label)
                    && uses.merge(label.entity() + '\t' + LabelFinder.key(label), 1, Integer::sum) > 1) {
                frames.add(new Frame(Technique.REPETITION.label(), label.start(), label.end(), label.text(), 1,
                        label.entity()));
            }
        }
        return frames;
    }

    /** Of the characters of sentences in the article's own voice, the share inside some frame. */
    private static double ownVoiceShare(Analysis analysis, List<Frame> frames) {
        boolean[] ownVoice = analysis.ownVoice();
        long own = 0;
        long framed = 0;
        int first = 0; // frames are sorted by start; those before first end before the sentences still to come
        for (int s = 0; s < ownVoice.length; s++) {
            Sentence sentence = analysis.sentences().get(s);
            while (first < frames.size() && frames.get(first).end() <= sentence.start()) {
                first++;
            }
            if (!ownVoice[s]) {
                continue;
            }
            own += sentence.length();
            int covered = sentence.start();
            for (int f = first; f < frames.size() && frames.get(f).start() < sentence.end(); f++) {
                Frame frame = frames.get(f);
                int from = Math.max(covered, frame.start());
                int to = Math.min(sentence.end(), frame.end());
                if (to > from) {
                    framed += to - from;
                    covered = to;
                }
            }
        }
        return own == 0 ? 0 : (double) framed / own;
    }
}
