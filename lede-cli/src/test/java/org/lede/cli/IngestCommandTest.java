package org.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.cli.AnalyzeCommandTest.Run;
import org.lede.store.CorpusStore;
import org.lede.store.EventCluster;
import org.lede.store.PostgresStore;
import org.lede.store.SearchQuery;
import org.lede.store.SqliteLuceneStore;

class IngestCommandTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path path = dir.resolve(name);
        Files.createDirectories(path.getParent());
        return Files.writeString(path, text, StandardCharsets.UTF_8);
    }

    private void twoStoriesAndAnEmptyFile() throws IOException {
        write("in/strike.txt", "Ferry strike halts island traffic\n\nDURRES (Adriatic Press) – Ferry crews walked out "
                + "on Monday, the port authority said.\n\n\u201CWe will stay out until Friday,\u201D union leader Arta "
                + "Hoxha told reporters.\n");
        write("in/fire.txt", "Warehouse fire in Vlore\n\nVLORE (Balkan Wire) – A fire broke out in a harbour warehouse "
                + "overnight. Nobody was hurt, the fire service said.\n");
        write("in/empty.txt", "");
    }

    @Test
    void ingestStoresEveryReadableArticleAndNamesTheOneItSkips() throws IOException {
        twoStoriesAndAnEmptyFile();
        Path data = dir.resolve("corpus");

        Run run = AnalyzeCommandTest.lede("ingest", dir.resolve("in").toString(), "--data", data.toString(),
                "--published", "2024-03-04");

        assertThat(run.exit()).isEqualTo(AnalyzeCommand.EXIT_SOME_SKIPPED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("empty.txt").contains("lede: 2 stored, 0 updated, 0 already there, 1 skipped; "
                + "2 articles in " + data);
        try (SqliteLuceneStore store = SqliteLuceneStore.open(data)) {
            assertThat(store.search(SearchQuery.text("warehouse")).hits()).singleElement()
                    .satisfies(hit -> assertThat(hit.outlet()).isEqualTo("Balkan Wire"))
                    .satisfies(hit -> assertThat(hit.published()).isEqualTo("2024-03-04"));
            assertThat(store.search(SearchQuery.all().speaker("Arta Hoxha")).total()).isEqualTo(1);
        }
    }

    @Test
    void ingestRecomputesTheEventClustersOfTheDatesItStored() throws IOException {
        write("in/a.txt", "Austria expels Russian diplomats\n\nVIENNA (Danube Wire) – Austria expelled four Russian "
                + "diplomats on Thursday, accusing them of spying. Foreign Minister Klara Weiss said the expulsions "
                + "followed months of surveillance by the DSN intelligence service.\n");
        write("in/b.txt", "Vienna orders out Moscow envoys\n\nVIENNA (Alpine Post) – Austria expelled four Russian "
                + "diplomats on Thursday over spying. Minister Klara Weiss said the DSN intelligence service had "
                + "watched the diplomats for months.\n");
        write("in/c.txt", "Ferry crews strike in Piraeus\n\nPIRAEUS (Aegean Times) – Ferry crews walked off the job "
                + "on Monday in a dispute over pay, stranding travellers.\n");
        Path data = dir.resolve("corpus");

        Run run = AnalyzeCommandTest.lede("ingest", dir.resolve("in").toString(), "--data", data.toString(),
                "--published", "2024-03-07");

        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains("lede: event clusters recomputed around 2024-03-07 to 2024-03-07: 1 of two or "
                + "more articles");
        try (SqliteLuceneStore store = SqliteLuceneStore.open(data)) {
            EventCluster.Summary cluster = store.clusters(null, null, 10).get(0);
            assertThat(cluster.articles()).isEqualTo(2);
            assertThat(cluster.outlets()).isEqualTo(2);
            assertThat(cluster.event()).isEqualTo("COERCE 174");
            EventCluster sideBySide = store.cluster(cluster.id()).orElseThrow();
            assertThat(sideBySide.reports()).extracting(report -> report.article().outlet())
                    .containsExactlyInAnyOrder("Danube Wire", "Alpine Post");
            assertThat(sideBySide.actors()).anySatisfy(actor -> assertThat(actor.name()).isEqualTo("Klara Weiss"));
        }
    }

    @Test
    void ingestingAgainStoresNothingNewAndSaysSo() throws IOException {
        twoStoriesAndAnEmptyFile();
        Files.delete(dir.resolve("in/empty.txt"));
        Path data = dir.resolve("corpus");
        AnalyzeCommandTest.lede("ingest", dir.resolve("in").toString(), "--data", data.toString());

        Run again = AnalyzeCommandTest.lede("ingest", dir.resolve("in").toString(), "--data", data.toString());

        assertThat(again.exit()).isZero();
        assertThat(again.err()).contains("lede: 0 stored, 0 updated, 2 already there, 0 skipped; 2 articles in ");
    }

    @Test
    void ingestIntoPostgresqlStoresTheSameWay() throws Exception {
        String server = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
        String schema = "lede_ingest_" + ProcessHandle.current().pid();
        assumeTrue(System.getenv("CI") != null || reachable(server), "no PostgreSQL on 127.0.0.1:5432");
        twoStoriesAndAnEmptyFile();
        String url = "postgresql://postgres@127.0.0.1:5432/test?currentSchema=" + schema;
        execute(server, "DROP SCHEMA IF EXISTS " + schema + " CASCADE", "CREATE SCHEMA " + schema);
        try {
            Run run = AnalyzeCommandTest.lede("ingest", dir.resolve("in").toString(), "--db", url);
            Run again = AnalyzeCommandTest.lede("ingest", dir.resolve("in").toString(), "--db", url);

            assertThat(run.err()).contains("lede: 2 stored, 0 updated, 0 already there, 1 skipped; 2 articles in " + url);
            assertThat(again.err()).contains("lede: 0 stored, 0 updated, 2 already there, 1 skipped");
            try (CorpusStore store = PostgresStore.open(url)) {
                assertThat(store.search(SearchQuery.text("warehouse")).total()).isEqualTo(1);
            }
        } finally {
            execute(server, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private static boolean reachable(String server) {
        try (Connection ignored = DriverManager.getConnection(server)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void execute(String server, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server);
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    @Test
    void dataAndDbTogetherAreAUsageError() throws IOException {
        Path story = write("story.txt", "A short story.\n");

        Run run = AnalyzeCommandTest.lede("ingest", story.toString(), "--data", dir.toString(), "--db",
                "postgresql://localhost/lede");

        assertThat(run.exit()).isEqualTo(Lede.EXIT_USAGE);
        assertThat(run.err()).contains("mutually exclusive");
    }
}
