package org.lede.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lede.model.Analysis;
import org.lede.model.Article;
import org.lede.model.Quantity;
import org.lede.model.Timex;
import org.lede.model.TimexType;

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
}
