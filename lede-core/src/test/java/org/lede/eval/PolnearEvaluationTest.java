package org.lede.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.lede.eval.BratAttributions.Attribution;
import org.lede.eval.BratAttributions.Fragment;
import org.lede.model.Excerpt;
import org.lede.model.Quote;
import org.junit.jupiter.api.Test;

class PolnearEvaluationTest {

    // An invented story; offsets below were counted by hand.
    private static final String TEXT = "\u201cWe stay,\u201d she said, \u201cfor good.\u201d The mayor said "
            + "taxes would rise. Rain fell.\nIt was cold, a \uD83D\uDE00 said.";

    /** Fragments and sources of a hand-written .ann, with a span that wraps onto a second line. */
    private static final String ANN = String.join("\n",
            "T1\tSource 11 14\tshe",
            "T2\tCue 15 19\tsaid",
            "T3\tContent 0 10;21 32\t\u201cWe stay,\u201d \u201cfor good.\u201d",
            "T4\tAttribution 15 19\tsaid",
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
            "T5\tSource 33 42\tThe mayor",
            "T6\tCue 43 47\tsaid",
            "T7\tContent 48 64\ttaxes would rise",
            "E2\tAttribution:T6 Content:T7 Cue:T6 Source:T5",
            "T8\tContent 66 76\tRain fell.",
            "It",
            "E3\tContent:T8",
            "");

    @Test
    void readsFragmentsSourcesAndWrappedSpans() {
        List<Attribution> gold = BratAttributions.parse(ANN, TEXT);
        assertThat(gold).hasSize(3);
        assertThat(gold.get(0).content()).containsExactly(new Fragment(0, 10), new Fragment(21, 32));
        assertThat(gold.get(0).source()).containsExactly(new Fragment(11, 14));
        assertThat(gold.get(2).source()).isEmpty();
    }

    @Test
    void contentsLinkedAsContentAndContent2AreOneAttribution() {
        // The cue splits the claim: brat keeps each part as its own span, linked by Content and Content2.
        String ann = String.join("\n",
                "T1\tContent 21 32\t\u201cfor good.\u201d",
                "T2\tContent 0 10\t\u201cWe stay,\u201d",
                "T3\tSource 11 14\tshe",
                "E1\tCue:T4 Source:T3 Content:T1 Content2:T2",
                "T4\tCue 15 19\tsaid",
                "");
        List<Attribution> gold = BratAttributions.parse(ann, TEXT);
        assertThat(gold).hasSize(1);
        assertThat(gold.get(0).content()).containsExactly(new Fragment(0, 10), new Fragment(21, 32));
    }

    @Test
    void codePointOffsetsBecomeCharOffsets() {
        // "a 😀 said": the emoji is one code point and two chars, so brat offset 94 is char 95 here.
        int emoji = TEXT.indexOf("\uD83D");
        String ann = "T1\tContent 77 88\tIt was cold\nT2\tSource 92 93\t?\nE1\tContent:T1 Source:T2\n";
        List<Attribution> gold = BratAttributions.parse(ann, TEXT);
        assertThat(gold.get(0).source()).containsExactly(new Fragment(emoji, emoji + 2));
        String after = "T1\tContent 94 98\tsaid\nE1\tContent:T1\n";
        assertThat(BratAttributions.parse(after, TEXT).get(0).content().get(0).start()).isEqualTo(emoji + 3);
    }

    private static Quote quote(String id, int start, int end, boolean direct, int cueStart, Integer speakerStart,
                               int speakerEnd) {
        Excerpt speaker = speakerStart == null ? null
                : new Excerpt(TEXT.substring(speakerStart, speakerEnd), speakerStart, speakerEnd);
        return new Quote(id, start, end, TEXT.substring(start, end), direct,
                new Excerpt(TEXT.substring(cueStart, cueStart + 4), cueStart, cueStart + 4), null, speaker, null,
                List.of(), List.of());
    }

    @Test
    void scoresOverlapExactSpeakerAndKinds() {
        List<Attribution> gold = BratAttributions.parse(ANN, TEXT);
        List<Quote> predicted = List.of(
                // the split quote: two pieces sharing one cue are one attribution, matched exactly
                quote("q1", 1, 8, true, 15, 11, 14),
                quote("q2", 22, 31, true, 15, 11, 14),
                // overlaps the mayor's clause but not exactly; the speaker misses the gold source
                quote("q3", 54, 64, false, 43, 66, 70),
                // nothing in gold here
                quote("q4", 77, 88, false, 95, null, 0));
        EvalReport report = PolnearEvaluation.scoreArticle(TEXT, gold, predicted);

        assertThat(report.overall()).isEqualTo(new Counts(2, 1, 1));
        assertThat(report.byType().get("exact")).isEqualTo(new Counts(1, 2, 2));
        assertThat(report.byType().get("overlap direct")).isEqualTo(new Counts(1, 0, 0));
        assertThat(report.byType().get("overlap indirect")).isEqualTo(new Counts(1, 1, 1));
        assertThat(report.extra().get("speaker_accuracy")).isEqualTo(0.5);
        assertThat(report.extra().get("matched")).isEqualTo(2);
    }

    @Test
    void exactMatchIgnoresALeadingThatAndTheFinalStop() {
        String text = "She said that taxes would rise.";
        List<Attribution> gold = BratAttributions.parse("T1\tContent 9 31\tthat taxes would rise.\nE1\tContent:T1\n",
                text);
        Quote predicted = new Quote("q1", 14, 30, "taxes would rise", false, new Excerpt("said", 4, 8), null,
                new Excerpt("She", 0, 3), null, List.of(), List.of());
        EvalReport report = PolnearEvaluation.scoreArticle(text, gold, List.of(predicted));
        assertThat(report.byType().get("exact")).isEqualTo(new Counts(1, 0, 0));
        // gold names no source but Lede names a speaker: wrong by the stated rule
        assertThat(report.extra().get("speaker_accuracy")).isEqualTo(0.0);
    }
}
