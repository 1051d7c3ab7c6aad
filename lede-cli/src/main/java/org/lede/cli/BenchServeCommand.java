package org.lede.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.lede.model.Article;
import org.lede.pipeline.Pipeline;
import org.lede.server.LoadTest;
import org.lede.server.LoadTest.Latencies;
import org.lede.server.LoadTest.Report;
import org.lede.source.ArticleReader;
import org.lede.source.InputException;
import org.lede.store.CorpusStore;
import org.lede.store.CorpusStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lede bench-serve FOLDER}: sustained ingest and search against the server on loopback. */
@Command(name = "bench-serve",
        mixinStandardHelpOptions = true,
        description = {
            "Load-test lede serve on this machine: writers post the articles of FOLDER (each made distinct) "
                    + "through the API while readers search, for a fixed time; then every article the server "
                    + "acknowledged is checked to be stored and searchable. Prints throughput and latency "
                    + "percentiles. Without --data or --db the corpus is a new folder, deleted afterwards."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            " 0:the run finished and nothing acknowledged was lost",
            " 1:an acknowledged article was lost, or the run could not start"})
final class BenchServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FOLDER", description = "Articles to post (.txt, .html), read once and posted over and over.")
    Path folder;

    @Option(names = "--seconds", defaultValue = "30", description = "How long the load runs (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--writers", defaultValue = "2", description = "Clients posting articles (default: ${DEFAULT-VALUE}).")
    int writers;

    @Option(names = "--readers", defaultValue = "2", description = "Clients searching (default: ${DEFAULT-VALUE}).")
    int readers;

    @Option(names = "--preload", paramLabel = "N", defaultValue = "0",
            description = "Store N distinct articles first, straight into the store, to measure search on a "
                    + "corpus that size (default: ${DEFAULT-VALUE}).")
    int preload;

    @Option(names = "--data", paramLabel = "DIR", description = "Embedded corpus folder to use (kept afterwards).")
    Path data;

    @Option(names = "--db", paramLabel = "URL", description = "PostgreSQL database to use instead.")
    String database;

    @Option(names = "--json", description = "Print the report as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        List<Article> articles = read(err);
        Path temporary = data == null && database == null ? Files.createTempDirectory("lede-bench-serve") : null;
        try (CorpusStore store = CorpusStores.open(database, temporary != null ? temporary : data)) {
            Progress progress = new Progress(err, System.console() != null, preload);
            LoadTest test = new LoadTest(articles, Pipeline.standard(),
                    new LoadTest.Settings(seconds, writers, readers, preload));
            Report report = test.run(store, done -> progress.advance());
            progress.hide();
            print(report);
            return report.lost() == 0 ? 0 : UserErrorHandler.EXIT_FAILURE;
        } finally {
            if (temporary != null) {
                delete(temporary);
            }
        }
    }

    private List<Article> read(PrintWriter err) {
        ArticleReader reader = new ArticleReader(warning -> { });
        List<Article> articles = new ArrayList<>();
        for (ArticleInput input : ArticleInput.expand(List.of(folder.toString()), warning -> { })) {
            try {
                articles.add(input.read(reader, System.in));
            } catch (InputException e) {
                err.println("lede: " + e.getMessage() + " (left out of the load)");
            }
        }
        return articles;
    }

    private void print(Report report) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                    .writeValueAsString(report));
            out.flush();
            return;
        }
        out.printf("lede bench-serve: %d s on loopback, %d writers, %d readers, %,d articles stored before%n",
                seconds, writers, readers, report.storedBefore());
        line(out, "ingest", "articles", report.ingest());
        line(out, "search", "queries", report.search());
        out.printf("check   %,d acknowledged, %,d lost; %,d articles stored%n", report.acknowledged(), report.lost(),
                report.storedAfter());
        out.flush();
    }

    private static void line(PrintWriter out, String what, String unit, Latencies latencies) {
        out.printf("%-7s %,d %s, %.1f/s, latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (%d failed)%n",
                what, latencies.requests(), unit, latencies.perSecond(), latencies.p50Ms(), latencies.p95Ms(),
                latencies.p99Ms(), latencies.maxMs(), latencies.failed());
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
