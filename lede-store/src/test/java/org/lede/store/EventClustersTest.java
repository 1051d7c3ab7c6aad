package org.lede.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class EventClustersTest {
    private static final int MAX = EventClusters.MAX_ARTICLES_PER_RUN;

    @Test
    void aWindowOverTheLimitIsCutBetweenDaysAndADayOverItInPublicationOrder() {
        List<String> byDate = new ArrayList<>();
        byDate.addAll(Collections.nCopies(MAX - 10, "2023-06-01"));
        byDate.addAll(Collections.nCopies(20, "2023-06-02"));
        byDate.addAll(Collections.nCopies(MAX + 5, "2023-06-03"));

        List<List<String>> runs = EventClusters.runs(byDate, Function.identity());

        // The 2nd day does not fit after the 1st, so it starts a run; the 3rd fits in none, so it starts one
        // and is cut where that is full.
        assertThat(runs).extracting(List::size).containsExactly(MAX - 10, 20, MAX, 5);
        assertThat(runs.get(0)).containsOnly("2023-06-01");
        assertThat(runs.get(1)).containsOnly("2023-06-02");
        assertThat(runs.get(2)).containsOnly("2023-06-03");
        assertThat(runs.get(3)).containsOnly("2023-06-03");
    }

    @Test
    void aWindowUnderTheLimitIsOneRun() {
        List<String> byDate = List.of("2023-06-01", "2023-06-01", "2023-06-04");

        assertThat(EventClusters.runs(byDate, Function.identity())).containsExactly(byDate);
        assertThat(EventClusters.runs(List.<String>of(), Function.identity())).isEmpty();
    }
}
