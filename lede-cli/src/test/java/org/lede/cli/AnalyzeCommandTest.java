package org.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.withinPercentage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.model.Analysis;
import org.lede.pipeline.Pipeline;
import org.lede.pipeline.Stage;
import org.lede.text.TextAnalyzer;
import picocli.CommandLine;

class AnalyzeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STORY = "Ferry strike halts island traffic\n\n"
            + "DURRES (Adriatic Press) – Ferry crews walked out on Monday, stranding about 2,000 passengers, "
            + "the port authority said.\n\n\u201CWe will stay out until Friday,\u201D a union leader told reporters.\n";

    @TempDir
    Path dir;

    /** What one run of the command line printed and returned. */
    record Run(int exit, String out, String err) {
        List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\n"));
        }

        List<String> outLines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\n"));
        }
    }

    static Run lede(String... args) {
        return lede(Pipeline::standard, args);
    }

    /** Runs the command line with {@code lede analyze} using the given pipeline. */
    static Run lede(Supplier<Pipeline> pipeline, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Lede.commandLine();
        ((AnalyzeCommand) commandLine.getSubcommands().get("analyze").getCommand()).pipelines = pipeline;
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path path = dir.resolve(name);
        Files.createDirectories(path.getParent());
        return Files.write(path, bytes);
    }

    @Test
    void oneTextFileGivesOneJsonDocumentWithTheArticleFields() throws IOException {
        Path story = write("strike.txt", STORY);

        Run run = lede("analyze", story.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode doc = JSON.readTree(run.out());
        assertThat(doc.path("schema").asText()).isEqualTo("lede/1");
        JsonNode article = doc.path("article");
        assertThat(article.path("title").asText()).isEqualTo("Ferry strike halts island traffic");
        assertThat(article.path("outlet").asText()).isEqualTo("Adriatic Press");
        assertThat(article.path("dateline").asText()).isEqualTo("DURRES (Adriatic Press) –");
        assertThat(article.path("text").asText()).startsWith("DURRES (Adriatic Press) – Ferry crews");
        assertThat(article.path("published").isNull()).isTrue();
        assertThat(doc.path("stats").path("tokens").asInt()).isGreaterThan(20);
    }

    @Test
    void optionsOverrideWhatTheArticleSays() throws IOException {
        Path story = write("strike.txt", STORY);

        Run run = lede("analyze", "--published", "2024-06-17", "--outlet", "Balkan Desk", "--url",
                "https://desk.example/ferry", "--format", "jsonl", story.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.outLines()).hasSize(1);
        JsonNode article = JSON.readTree(run.out()).path("article");
        assertThat(article.path("published").asText()).isEqualTo("2024-06-17");
        assertThat(article.path("outlet").asText()).isEqualTo("Balkan Desk");
        assertThat(article.path("url").asText()).isEqualTo("https://desk.example/ferry");
        assertThat(article.path("dateline").asText()).as("the dateline stays").isEqualTo("DURRES (Adriatic Press) –");
    }

    @Test
    void folderWithOneBadFileWritesTheOthersInOrderAndExitsTwo() throws IOException {
        write("news/01.txt", "First story\n\nLONDON — The first article body.");
        write("news/02.txt", " \n ");
        write("news/sub/03.html", "<html><head><meta property=\"og:title\" content=\"Third story\"></head>"
                + "<body><article><p>The third article body.</p></article></body></html>");
        write("news/notes.md", "not an article");

        Run run = lede("analyze", dir.resolve("news").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.outLines()).hasSize(2);
        assertThat(JSON.readTree(run.outLines().get(0)).path("article").path("title").asText()).isEqualTo("First story");
        assertThat(JSON.readTree(run.outLines().get(1)).path("article").path("title").asText()).isEqualTo("Third story");
        assertThat(run.errLines()).containsExactly(
                "lede: " + dir.resolve("news/02.txt") + ": empty; nothing to analyse",
                "lede: 2 analysed, 1 skipped (1 unreadable)");
    }

    @Test
    void manyArticlesOnSeveralThreadsComeOutInInputOrder() throws IOException {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String title = String.format("Story %02d", i);
            expected.add(title);
            // Uneven lengths make later articles finish before earlier ones.
            write(String.format("many/%02d.txt", i), title + "\n\nThe council met. " + "It voted again. ".repeat((i * 37) % 200));
        }

        Run run = lede("analyze", "--threads", "3", dir.resolve("many").toString());

        assertThat(run.exit()).isZero();
        List<String> titles = new ArrayList<>();
        for (String line : run.outLines()) {
            titles.add(JSON.readTree(line).path("article").path("title").asText());
        }
        assertThat(titles).isEqualTo(expected);
        // A slow machine may show progress lines on the way; nothing else may come before the summary.
        assertThat(run.errLines()).filteredOn(line -> !line.matches("lede: \\d+/40 articles, .*"))
                .containsExactly("lede: 40 analysed, 0 skipped");
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

    private static Pipeline withFerryBug() {
        return new Pipeline(List.of(new TextAnalyzer(), new FerryBug()));
    }

    @Test
    void aStageFailureOnTheOnlyArticleNamesTheFileAndTheStage() throws IOException {
        Path story = write("ferry.txt", "Strike\n\nThe ferry stayed in port.");

        Run run = lede(AnalyzeCommandTest::withFerryBug, "analyze", story.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("lede: " + story + ": analysis failed in FerryBug "
                + "(IllegalStateException: no ferries here); please report it, with LEDE_DEBUG=1 for the details");
    }

    @Test
    void aStageFailureInAFolderSkipsThatArticleOnly() throws IOException {
        write("port/1.txt", "Buses\n\nThe buses ran.");
        Path ferry = write("port/2.txt", "Ferries\n\nThe ferry stayed in port.");
        write("port/3.txt", "Trains\n\nThe trains ran late.");

        Run run = lede(AnalyzeCommandTest::withFerryBug, "analyze", "--threads", "2", dir.resolve("port").toString());

        assertThat(run.exit()).isEqualTo(AnalyzeCommand.EXIT_SOME_SKIPPED);
        assertThat(run.outLines()).hasSize(2);
        assertThat(JSON.readTree(run.outLines().get(1)).path("article").path("title").asText()).isEqualTo("Trains");
        assertThat(run.errLines()).containsExactly("lede: " + ferry + ": analysis failed in FerryBug "
                + "(IllegalStateException: no ferries here); please report it, with LEDE_DEBUG=1 for the details",
                "lede: 2 analysed, 1 skipped (1 failed)");
    }

    /** A stage that runs out of memory on long articles, as a real one does in a small heap. */
    private static final class MemoryHungry implements Stage {
        @Override
        public Analysis process(Analysis analysis) {
            if (analysis.tokens().size() > 50) {
                throw new OutOfMemoryError("Java heap space");
            }
            return analysis;
        }
    }

    @Test
    void runningOutOfMemoryOnOneArticleIsOneLineAndTheOthersGoOn() throws IOException {
        Path huge = write("big/1.txt", "Long\n\n" + "The council met again. ".repeat(100));
        write("big/2.txt", "Short\n\nThe council met.");
        Supplier<Pipeline> hungry = () -> new Pipeline(List.of(new TextAnalyzer(), new MemoryHungry()));

        Run single = lede(hungry, "analyze", huge.toString());
        assertThat(single.exit()).isEqualTo(1);
        assertThat(single.errLines()).hasSize(1);
        assertThat(single.err()).startsWith("lede: " + huge + ": too large to analyse in the ")
                .contains(" MB of memory Java may use; split it, or give Java more, e.g. LEDE_JAVA_OPTS=-Xmx2g");

        Run folder = lede(hungry, "analyze", dir.resolve("big").toString());
        assertThat(folder.exit()).isEqualTo(AnalyzeCommand.EXIT_SOME_SKIPPED);
        assertThat(folder.outLines()).hasSize(1);
        assertThat(folder.errLines()).last().isEqualTo("lede: 1 analysed, 1 skipped (1 failed)");
    }

    @Test
    void severalPathsAsJsonMakeOneArray() throws IOException {
        Path a = write("a.txt", "Alpha\n\nBody of alpha.");
        Path b = write("b.txt", "Beta\n\nBody of beta.");

        Run run = lede("analyze", "--format", "json", a.toString(), b.toString());

        assertThat(run.exit()).isZero();
        JsonNode array = JSON.readTree(run.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(2);
        assertThat(array.get(1).path("article").path("title").asText()).isEqualTo("Beta");
    }

    @Test
    void whenNothingCanBeReadTheExitIsOne() throws IOException {
        Path a = write("a.txt", "");
        Path missing = dir.resolve("missing.txt");

        Run run = lede("analyze", a.toString(), missing.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("lede: " + a + ": empty; nothing to analyse",
                "lede: " + missing + ": no such file or folder", "lede: 0 analysed, 2 skipped (2 unreadable)");
    }

    @Test
    void singleBadInputsGiveOneLineAndExitOne() throws IOException {
        Path empty = write("empty.txt", "");
        Path binary = write("scan.txt", new byte[] {0x25, 0x50, 0x44, 0x46, 0, 0, 0x13, 0x37});
        Path missing = dir.resolve("gone.txt");

        for (Path input : List.of(empty, binary, missing)) {
            Run run = lede("analyze", input.toString());
            assertThat(run.exit()).as(input.toString()).isEqualTo(1);
            assertThat(run.out()).isEmpty();
            assertThat(run.errLines()).hasSize(1);
            assertThat(run.err()).startsWith("lede: " + input + ": ").doesNotContain("Exception", "\tat ");
        }
        assertThat(lede("analyze", missing.toString()).err()).isEqualTo("lede: " + missing + ": no such file or folder\n");
        assertThat(lede("analyze", binary.toString()).err()).contains("binary data, not text");
    }

    @Test
    void standardInputIsReadWhenThePathIsADash() throws IOException {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(("<html><head><meta property=\"og:site_name\" "
                    + "content=\"Harbour Times\"></head><body><article><p>Boats stayed in port.</p></article>"
                    + "</body></html>").getBytes(StandardCharsets.UTF_8)));
            Run run = lede("analyze", "-");

            assertThat(run.exit()).isZero();
            JsonNode article = JSON.readTree(run.out()).path("article");
            assertThat(article.path("outlet").asText()).isEqualTo("Harbour Times");
            assertThat(article.path("text").asText()).isEqualTo("Boats stayed in port.");
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void legacyEncodingIsReadWithAWarning() throws IOException {
        Path legacy = write("old.txt", "Caf\u00e9 closes\n\nThe caf\u00e9 closed.".getBytes(StandardCharsets.ISO_8859_1));

        Run run = lede("analyze", legacy.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEqualTo("lede: warning: " + legacy + ": not UTF-8, read as Windows-1252\n");
        assertThat(JSON.readTree(run.out()).path("article").path("title").asText()).isEqualTo("Café closes");
    }

    @Test
    void textFormatShowsTheReportSections() throws IOException {
        Path story = write("strike.txt", STORY);

        Run run = lede("analyze", "--format", "TEXT", story.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.outLines().get(0)).isEqualTo("Ferry strike halts island traffic");
        assertThat(run.outLines().get(1)).startsWith("Adriatic Press · date unknown · ");
        assertThat(run.out()).contains("\nENTITIES (", "\nWHO SAID WHAT (", "\nWHEN (", "\nCOUNTS (");
        assertThat(run.outLines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(TextReport.WIDTH));
    }

    @Test
    void versionHelpAndUsageErrors() {
        Run version = lede("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("lede ").contains("lede/1");

        Run help = lede("help", "analyze");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Usage: lede analyze", "--published", "Exit codes:", "some articles were skipped");

        Run unknown = lede("analyze", "--no-such-option", "x.txt");
        assertThat(unknown.exit()).isEqualTo(Lede.EXIT_USAGE);
        assertThat(unknown.err()).startsWith("Unknown option: '--no-such-option'");

        Run badDate = lede("analyze", "--published", "20 June", "x.txt");
        assertThat(badDate.exit()).isEqualTo(Lede.EXIT_USAGE);
        assertThat(badDate.err()).contains("--published");
    }

    @Test
    void aBadOptionValueIsOneLineSayingWhatIsWrongAndWhereHelpIs() {
        Run impossibleDate = lede("analyze", "--published", "2024-13-45", "x.txt");
        assertThat(impossibleDate.exit()).isEqualTo(Lede.EXIT_USAGE);
        assertThat(impossibleDate.errLines()).containsExactly("Invalid value for option '--published': "
                        + "'2024-13-45' is not a date; write it as YYYY-MM-DD, e.g. 2024-06-21",
                "Try 'lede analyze --help' for more information.");

        Run xml = lede("analyze", "--format", "xml", "x.txt");
        assertThat(xml.exit()).isEqualTo(Lede.EXIT_USAGE);
        assertThat(xml.errLines()).hasSize(2);
        assertThat(xml.errLines().get(0)).startsWith("Invalid value for option '--format'")
                .contains("TEXT, JSON, JSONL", "'xml'");
        assertThat(xml.err()).doesNotContain("Usage:");
    }

    @Test
    void aFolderWithoutArticlesIsOneLine() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        write("notes/readme.md", "not an article");

        Run run = lede("analyze", empty.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("lede: " + empty
                + ": no .txt, .html, .htm, .warc, .wet, .rss or .atom files in this folder");

        Path story = write("story.txt", STORY);
        Run withAnother = lede("analyze", dir.resolve("notes").toString(), story.toString());
        assertThat(withAnother.exit()).isZero();
        assertThat(withAnother.errLines()).containsExactly(
                "lede: warning: " + dir.resolve("notes") + ": no .txt, .html, .htm, .warc, .wet, .rss or .atom files in this folder",
                "lede: 1 analysed, 0 skipped");
    }

    @Test
    void folderWithTrailingSlashAndNamesWithSpacesAndAccents() throws IOException {
        Path story = write("dossiers d'été/Tiranë café – grève.txt", STORY);
        write("dossiers d'été/vide.txt", "");

        Run run = lede("analyze", dir.resolve("dossiers d'été") + "/");

        assertThat(run.exit()).isEqualTo(AnalyzeCommand.EXIT_SOME_SKIPPED);
        assertThat(run.outLines()).hasSize(1);
        assertThat(run.errLines()).containsExactly(
                "lede: " + story.resolveSibling("vide.txt") + ": empty; nothing to analyse",
                "lede: 1 analysed, 1 skipped (1 unreadable)");
    }

    @Test
    void benchPrintsThroughputAsJson() throws IOException {
        write("bench/a.txt", STORY);
        write("bench/b.txt", "Second\n\nTIRANA (AP) - Another story with a few words in it.");

        Run run = lede("bench", "--threads", "2", "--seconds", "0", "--warmup-seconds", "0", "--json",
                dir.resolve("bench").toString());

        assertThat(run.exit()).isZero();
        JsonNode figures = JSON.readTree(run.out());
        assertThat(figures.path("articles").asInt()).isEqualTo(2);
        assertThat(figures.path("articles_per_s").asDouble()).isPositive();
        assertThat(figures.path("tokens_per_s").asDouble()).isPositive();
        assertThat(figures.path("peak_heap_mb").asDouble()).isPositive();
        assertThat(figures.path("runs")).hasSize(2);
        assertThat(figures.path("runs").get(0).path("threads").asInt()).isEqualTo(1);
        assertThat(figures.path("runs").get(1).path("threads").asInt()).isEqualTo(2);
        assertThat(figures.path("runs").get(0).path("passes").asInt()).isEqualTo(1);
        assertThat(figures.path("runs").get(0).path("articles_per_cpu_s").asDouble()).isPositive();
        assertThat(figures.path("runs").get(1).has("cpu_seconds")).as("CPU time is known on one thread only").isFalse();
    }

    @Test
    void benchRepeatsTheFolderUntilTheMinimumTimeHasPassed() throws IOException {
        write("bench/a.txt", STORY);

        Run run = lede("bench", "--threads", "1", "--seconds", "0.5", "--warmup-seconds", "0", "--json",
                dir.resolve("bench").toString());

        assertThat(run.exit()).isZero();
        JsonNode figures = JSON.readTree(run.out());
        JsonNode single = figures.path("runs").get(0);
        int passes = single.path("passes").asInt();
        assertThat(passes).isGreaterThan(1);
        assertThat(single.path("seconds").asDouble()).isGreaterThanOrEqualTo(0.5);
        // articles/s counts every pass, while "articles" and "tokens" stay the folder's own. The JSON rounds
        // seconds to 3 decimals and rates to 1, so a fast machine's ratio only agrees to a fraction of a percent.
        assertThat(figures.path("articles").asInt()).isEqualTo(1);
        assertThat(single.path("articles_per_s").asDouble())
                .isCloseTo(passes / single.path("seconds").asDouble(), withinPercentage(0.5));
        assertThat(single.path("tokens_per_s").asDouble() / single.path("articles_per_s").asDouble())
                .isCloseTo(figures.path("tokens").asDouble(), offset(1.0));
    }

    @Test
    void benchWithStagesGivesEachStageItsShareOfTheTime() throws IOException {
        write("bench/a.txt", STORY);

        Run run = lede("bench", "--threads", "1", "--seconds", "0", "--warmup-seconds", "0", "--stages", "--json",
                dir.resolve("bench").toString());

        assertThat(run.exit()).isZero();
        JsonNode shares = JSON.readTree(run.out()).path("stage_cpu_share");
        assertThat(shares.fieldNames()).toIterable()
                .containsExactlyElementsOf(Pipeline.standard().stages().stream().map(Stage::name).toList());
        double total = 0;
        for (JsonNode share : shares) {
            total += share.asDouble();
        }
        assertThat(total).isBetween(0.99, 1.01);
    }
}
