package org.lede.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked example: key {a b}{c}, response {a b c}, scored by hand. */
class CorefScoresTest {
    private static final List<String> KEY = List.of("k1", "k1", "k2");
    private static final List<String> ONE_CLUSTER = List.of("r", "r", "r");

    @Test
    void mucCountsLinks() {
        Counts muc = CorefScores.muc(KEY, ONE_CLUSTER);
        assertThat(muc.recall()).isCloseTo(1.0, within(1e-9));
        assertThat(muc.precision()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void bCubedAveragesOverItems() {
        Counts b3 = CorefScores.bCubed(KEY, ONE_CLUSTER);
        assertThat(b3.precision()).isCloseTo(5.0 / 9, within(1e-9));
        assertThat(b3.recall()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void ceafAlignsEachResponseClusterWithOneKeyCluster() {
        // phi({a b}, {a b c}) = 2*2/5 = 0.8 is the best single alignment
        Counts ceaf = CorefScores.ceafE(KEY, ONE_CLUSTER);
        assertThat(ceaf.recall()).isCloseTo(0.4, within(1e-9));
        assertThat(ceaf.precision()).isCloseTo(0.8, within(1e-9));
    }

    @Test
    void identicalPartitionsScoreOne() {
        List<String> response = List.of("x", "x", "y");
        assertThat(CorefScores.conllF1(KEY, response)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void hungarianFindsTheBestAssignmentNotTheGreedyOne() {
        // greedy takes 0.9 then 0.1; the best pairs 0.8 with 0.8
        double[][] weight = {{0.9, 0.8}, {0.8, 0.1}};
        assertThat(CorefScores.maximumAssignment(weight)).isCloseTo(1.6, within(1e-9));
    }
}
