package org.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.cli.AnalyzeCommandTest.Run;
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
    void dataAndDbTogetherAreAUsageError() throws IOException {
        Path story = write("story.txt", "A short story.\n");

        Run run = AnalyzeCommandTest.lede("ingest", story.toString(), "--data", dir.toString(), "--db",
                "postgresql://localhost/lede");

        assertThat(run.exit()).isEqualTo(Lede.EXIT_USAGE);
        assertThat(run.err()).contains("mutually exclusive");
    }
}
