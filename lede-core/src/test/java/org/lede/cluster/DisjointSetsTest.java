package org.lede.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisjointSetsTest {

    @Test
    void joinsAreTransitiveAndLeaveOthersApart() {
        DisjointSets sets = new DisjointSets(5);
        sets.union(0, 1);
        sets.union(3, 1);
        assertThat(sets.find(0)).isEqualTo(sets.find(3));
        assertThat(sets.find(2)).isNotEqualTo(sets.find(0)).isNotEqualTo(sets.find(4));
        sets.union(2, 4);
        assertThat(sets.find(4)).isEqualTo(sets.find(2)).isNotEqualTo(sets.find(1));
    }
}
