package org.lede.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lede.model.Analysis;
import org.lede.model.Article;
import org.lede.model.Quantity;
import org.lede.model.Timex;
import org.lede.model.TimexType;
import org.lede.text.TextAnalyzer;

class PipelineTest {

    @Test
    void standardPipelineDatesTheRaidAndCountsItsVictims() {
        String text = "Police raided the camp on Tuesday. At least one person was killed and dozens of others "
                + "were injured.";
        Analysis a = Pipeline.standard().analyze(Article.of(text).withPublished(LocalDate.of(2024, 6, 19)));
        assertThat(a.timex()).containsExactly(new Timex(26, 33, "Tuesday", "2024-06-18", TimexType.DATE));
        assertThat(a.quantities()).extracting(Quantity::text, Quantity::min, Quantity::unit).containsExactly(
                tuple("At least one person", 1.0, "person"),
                tuple("dozens of others", 24.0, "others"));
    }

    @Test
    void runsTimeBeforeQuantitiesSoQuantitiesCanSkipDates() {
        assertThat(Pipeline.standard().stages()).extracting(Stage::name)
                .containsSubsequence("TextAnalyzer", "TimeTagger", "QuantityTagger");
    }

    @Test
    void linksEntitiesAfterResolvingThemAndBeforeQuotesNameTheirSpeakers() {
        assertThat(Pipeline.standard().stages()).extracting(Stage::name)
                .containsSubsequence("EntityResolver", "EntityLinker", "QuoteAttributor");
    }

    /** A stage with a bug that shows on some articles only: those that mention a ferry. */
    private static final class FerryBug implements Stage {
        @Override
        public Analysis process(Analysis analysis) {
            if (analysis.article().text().contains("ferry")) {
                throw new IllegalStateException("no ferries here");
            }
            return analysis;
        }
    }

    @Test
    void theListenerHearsOfEachStageAsItFinishesAndNotOfOneThatBroke() {
        Pipeline pipeline = new Pipeline(List.of(new TextAnalyzer(), new FerryBug()));
        List<String> heard = new java.util.ArrayList<>();
        Pipeline.StageListener listener = (stage, done, total) -> heard.add(stage.name() + " " + done + "/" + total);

        pipeline.analyze(Article.of("The bus left."), listener);
        assertThat(heard).containsExactly("TextAnalyzer 1/2", "FerryBug 2/2");
        heard.clear();
        assertThatThrownBy(() -> pipeline.analyze(Article.of("The ferry left."), listener))
                .isInstanceOf(StageFailure.class);
        assertThat(heard).containsExactly("TextAnalyzer 1/2");
    }

    @Test
    void aStageThatBreaksIsNamedWithTheArticleAndTheOriginalExceptionKept() {
        Pipeline pipeline = new Pipeline(List.of(new TextAnalyzer(), new FerryBug()));

        assertThat(pipeline.analyze(Article.of("The bus left.").withOrigin("bus.txt")).tokens()).isNotEmpty();
        assertThatThrownBy(() -> pipeline.analyze(Article.of("The ferry left.").withOrigin("news/ferry.txt")))
                .isInstanceOf(StageFailure.class)
                .hasMessage("news/ferry.txt: analysis failed in FerryBug (IllegalStateException: no ferries here)")
                .hasCauseInstanceOf(IllegalStateException.class)
                .satisfies(e -> assertThat(((StageFailure) e).stage()).isEqualTo("FerryBug"));
    }

    @Test
    void aStackOverflowInAStageIsAFailureOfThatArticleOnly() {
        Stage deep = new Stage() {
            @Override
            public Analysis process(Analysis analysis) {
                return recurse(analysis);
            }

            private Analysis recurse(Analysis analysis) {
                return recurse(analysis);
            }

            @Override
            public String name() {
                return "DeepRegex";
            }
        };

        assertThatThrownBy(() -> new Pipeline(List.of(deep)).analyze(Article.of("Text.")))
                .isInstanceOf(StageFailure.class)
                .hasMessage("article: analysis failed in DeepRegex (StackOverflowError)");
    }
}
