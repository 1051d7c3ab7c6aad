package org.lede.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShingleOverlapTest {

    @Test
    void tokensAreRunsOfLettersDigitsAndUnderscoresInAnyScript() {
        assertThat(ShingleOverlap.tokens("The port's 3rd ferry—delayed_again, Durrës 2½ h; Тирана!"))
                .containsExactly("The", "port", "s", "3rd", "ferry", "delayed_again", "Durrës", "2½", "h", "Тирана");
    }

    @Test
    void extraTextCostsPrecisionAndMissingTextCostsRecallWhateverThePageLength() {
        String gold = "Crews went back to work on Tuesday after the union said the strike was over";
        Counts same = ShingleOverlap.of(gold, gold);
        assertThat(same.precision()).isEqualTo(1.0);
        assertThat(same.recall()).isEqualTo(1.0);

        // 15 gold tokens give 12 shingles; 4 words of boilerplate add 4 shingles that are not in the gold.
        Counts padded = ShingleOverlap.of(gold, gold + " Share this story now");
        assertThat(padded.precision()).isCloseTo(12.0 / 16, within(1e-9));
        assertThat(padded.recall()).isEqualTo(1.0);
        assertThat(padded.truePositives() + padded.falsePositives() + padded.falseNegatives())
                .as("normalised, so a long page weighs as much as a short one").isCloseTo(1.0, within(1e-9));

        Counts half = ShingleOverlap.of(gold, "Crews went back to work on Tuesday");
        assertThat(half.precision()).isEqualTo(1.0);
        assertThat(half.recall()).isCloseTo(4.0 / 12, within(1e-9));
    }

    @Test
    void pagesAverageAsTheBenchmarkDoesAndAnEmptyAnswerCountsForRecallOnly() {
        PageAveragedScores scores = new PageAveragedScores();
        scores.add(ShingleOverlap.of("one two three four five", "one two three four five"));
        scores.add(ShingleOverlap.of("one two three four five", ""));
        assertThat(scores.pages()).isEqualTo(2);
        assertThat(scores.precision()).isEqualTo(1.0);
        assertThat(scores.recall()).isEqualTo(0.5);
        assertThat(scores.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-9));
    }
}
