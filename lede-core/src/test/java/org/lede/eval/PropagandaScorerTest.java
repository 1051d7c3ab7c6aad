package org.lede.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Figures worked out by hand from the task's definitions (see the class comment of the scorer). */
class PropagandaScorerTest {
    private static final double EPSILON = 1e-9;

    private static LabelledSpan span(String document, String label, int start, int end) {
        return new LabelledSpan(document, label, start, end);
    }

    @Test
    void spanIdentificationMergesOverlapsAndGivesPartialCredit() {
        // Gold 0-10 and 5-15 merge into 0-15; 20-30 stays. Predicted 0-5 lies inside 0-15 (|s∩t|/|s| = 1,
        // /|t| = 5/15); 10-25 shares 5 with 0-15 (5/15 both ways) and 5 with 20-30 (5/15 and 5/10).
        List<LabelledSpan> gold = List.of(span("a", "Doubt", 0, 10), span("a", "Slogans", 5, 15),
                span("a", "Doubt", 20, 30));
        List<LabelledSpan> predicted = List.of(span("a", "x", 0, 5), span("a", "x", 10, 25));

        PropagandaScorer.OverlapScore score = PropagandaScorer.spanIdentification(predicted, gold);

        assertEquals(2, score.predicted());
        assertEquals(2, score.gold());
        assertEquals(5.0 / 6, score.precision(), EPSILON);   // (1 + 1/3 + 1/3) / 2
        assertEquals(7.0 / 12, score.recall(), EPSILON);     // (1/3 + 1/3 + 1/2) / 2
        assertEquals(35.0 / 51, score.f1(), EPSILON);
    }

    @Test
    void goldInADocumentWithoutPredictionsCountsAgainstRecallOnly() {
        List<LabelledSpan> gold = List.of(span("a", "Doubt", 0, 10), span("a", "Doubt", 20, 30),
                span("b", "Doubt", 0, 4));
        List<LabelledSpan> predicted = List.of(span("a", "x", 0, 10), span("a", "x", 5, 8));

        PropagandaScorer.OverlapScore score = PropagandaScorer.spanIdentification(predicted, gold);

        // The predicted spans merge into 0-10, which is exactly the first gold span.
        assertEquals(1.0, score.precision(), EPSILON);
        assertEquals(1.0 / 3, score.recall(), EPSILON);
        assertEquals(0.5, score.f1(), EPSILON);
    }

    @Test
    void goldMergedOnceScoresManyPredictionsAsTheListsDo() {
        List<LabelledSpan> gold = List.of(span("a", "Doubt", 0, 10), span("a", "Slogans", 5, 15),
                span("a", "Doubt", 20, 30), span("b", "Doubt", 0, 4));
        PropagandaScorer.SpanGold merged = PropagandaScorer.SpanGold.of(gold);

        assertEquals(3, merged.count());
        for (List<LabelledSpan> predicted : List.of(List.of(span("a", "x", 0, 5), span("a", "x", 10, 25)),
                List.of(span("b", "x", 1, 3)), List.<LabelledSpan>of())) {
            assertEquals(PropagandaScorer.spanIdentification(predicted, gold),
                    PropagandaScorer.spanIdentification(predicted, merged));
        }
    }

    @Test
    void nothingPredictedAndNothingGoldIsAPerfectScore() {
        assertEquals(1.0, PropagandaScorer.spanIdentification(List.of(), List.of()).f1(), EPSILON);
        assertEquals(0.0, PropagandaScorer.spanIdentification(List.of(),
                List.of(span("a", "Doubt", 0, 3))).f1(), EPSILON);
    }

    @Test
    void recallByLabelMeasuresEachTechniquesGoldSpansAgainstTheMergedPredictions() {
        List<LabelledSpan> gold = List.of(span("a", "Doubt", 0, 10), span("a", "Slogans", 20, 24));
        List<LabelledSpan> predicted = List.of(span("a", "x", 0, 4), span("a", "x", 2, 6));

        var recall = PropagandaScorer.recallByLabel(predicted, gold, List.of("Doubt", "Slogans"));

        assertEquals(0.6, recall.get("Doubt"), EPSILON);  // merged 0-6 covers 6 of 10
        assertEquals(0.0, recall.get("Slogans"), EPSILON);
    }

    @Test
    void techniqueClassificationMatchesSpansWithSeveralTechniquesAsMultisets() {
        List<LabelledSpan> gold = List.of(span("d", "A", 0, 5), span("d", "A", 10, 20), span("d", "B", 10, 20),
                span("d", "B", 30, 40));
        // 10-20 is right in the other order; 0-5 and 30-40 are wrong.
        List<LabelledSpan> predicted = List.of(span("d", "B", 0, 5), span("d", "B", 10, 20),
                span("d", "A", 10, 20), span("d", "A", 30, 40));

        EvalReport report = PropagandaScorer.techniqueClassification("tc", predicted, gold, List.of("A", "B", "C"));

        assertEquals(0.5, report.overall().f1(), EPSILON);
        assertEquals(2, report.overall().truePositives(), EPSILON);
        assertEquals(0.5, report.byType().get("A").precision(), EPSILON);
        assertEquals(0.5, report.byType().get("B").recall(), EPSILON);
        assertEquals(0.0, report.byType().get("C").f1(), EPSILON);
    }
}
