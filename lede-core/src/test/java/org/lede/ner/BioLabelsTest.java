package org.lede.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BioLabelsTest {

    @Test
    void rewritesIob1ToBioAndBack() {
        List<String> iob1 = List.of("I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG");
        int[] labels = BioLabels.fromTags(iob1);
        assertThat(Arrays.stream(labels).mapToObj(BioLabels::tag)).containsExactly("B-PER", "I-PER", "O", "B-LOC", "B-LOC", "B-ORG");
        assertThat(BioLabels.toIob1Tags(labels)).isEqualTo(iob1);
    }

    @Test
    void spansAreTheNamesOfTheSequence() {
        int[] labels = BioLabels.fromTags(List.of("B-PER", "I-PER", "O", "B-LOC", "B-LOC", "B-MISC"));
        assertThat(BioLabels.spans(labels)).containsExactly(
                new BioLabels.LabeledSpan(0, 2, "PER"),
                new BioLabels.LabeledSpan(3, 4, "LOC"),
                new BioLabels.LabeledSpan(4, 5, "LOC"),
                new BioLabels.LabeledSpan(5, 6, "MISC"));
    }

    @Test
    void anInsideTagMayOnlyContinueItsOwnType() {
        int bPer = BioLabels.fromTags(List.of("B-PER"))[0];
        int iPer = BioLabels.fromTags(List.of("B-PER", "I-PER"))[1];
        int bLoc = BioLabels.fromTags(List.of("B-LOC"))[0];
        assertThat(BioLabels.allowed(bPer, iPer)).isTrue();
        assertThat(BioLabels.allowed(bLoc, iPer)).isFalse();
        assertThat(BioLabels.allowed(-1, iPer)).isFalse();
        assertThat(BioLabels.allowed(BioLabels.OUTSIDE, bLoc)).isTrue();
        assertThatThrownBy(() -> BioLabels.fromTags(List.of("B-DATE"))).hasMessageContaining("B-DATE");
    }
}
