package org.lede.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.cluster.ArticleClusterer;
import org.sqlite.SQLiteDataSource;

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

    @Test
    void anArticleStoredWhileTheClustersAreComputedIsNotLeftOutOfThem(@TempDir Path folder) throws SQLException {
        SQLiteDataSource database = new SQLiteDataSource();
        database.setUrl("jdbc:sqlite:" + folder.resolve("corpus.db"));
        new Migrations(Dialect.SQLITE).migrate(database);
        CorpusTables tables = new CorpusTables(database, Dialect.SQLITE);
        put(tables, Corpus.ferryStrike());
        put(tables, Corpus.ferryStrikeReported());
        ArticleClusterer clusterer = new ArticleClusterer(ArticleClusterer.DEFAULT_THRESHOLD,
                EventClusters.WINDOW_DAYS);
        AtomicInteger runs = new AtomicInteger();
        // Another writer stores a third report of the strike while the first clustering is under way.
        EventClusters clusters = new EventClusters(tables, Dialect.SQLITE, analyses -> {
            if (runs.incrementAndGet() == 1) {
                put(tables, thirdReport());
            }
            return clusterer.cluster(analyses);
        });

        assertThat(clusters.recluster(LocalDate.of(2023, 6, 20), LocalDate.of(2023, 6, 21))).isEqualTo(1);

        assertThat(runs).hasValue(2);
        String first = ArticleRecord.from(Corpus.ferryStrike()).id();
        assertThat(clusters.clusters(null, null, 10)).singleElement()
                .satisfies(cluster -> assertThat(cluster.articles()).isEqualTo(3));
        assertThat(clusters.clusterOf(ArticleRecord.from(thirdReport()).id())).contains(first);
    }

    private static void put(CorpusTables tables, ObjectNode document) {
        tables.put(List.of(new CorpusTables.ToWrite(ArticleRecord.from(document), document.toString())));
    }

    private static ObjectNode thirdReport() {
        ObjectNode report = Corpus.ferryStrikeReported();
        ObjectNode article = (ObjectNode) report.get("article");
        // Same length as "Balkan Wire", so every span's offsets still hold.
        article.put("text", article.get("text").asText().replace("Balkan Wire", "Ionian Post"));
        article.put("outlet", "Ionian Post").put("url", "https://ionian.example/strike");
        return report;
    }
}
