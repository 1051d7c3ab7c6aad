package org.lede.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.lede.cli.ArticleAnalyzer.Result;
import org.lede.json.AnalysisJson;
import org.lede.pipeline.Pipeline;
import org.lede.source.ArticleReader;
import org.lede.store.ContentHash;
import org.lede.store.CorpusStore;
import org.lede.store.PutResult.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lede ingest PATH…}: analyses articles and stores them in the corpus, skipping what it holds. */
@Command(name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Analyse articles and store them in the corpus that lede serve searches.",
            "",
            "PATH is as for lede analyze: .txt and .html files, folders, or - for standard input. Ingesting is "
                    + "idempotent: an article whose headline and text are stored already is skipped without being "
                    + "analysed, and one at a stored URL with new content replaces the old version. Each article is "
                    + "stored whole or not at all, in transactions of up to 64 articles or 1 s of work, so a run that is "
                    + "stopped loses nothing stored, and running it again goes on where it stopped.",
            "",
            "At the end of a run the event clusters (articles that report the same event, as lede cluster groups "
                    + "them) are recomputed over the dates of the articles it stored, widened by a week each way."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            " 0:every article is stored (new, updated or already there)",
            " 1:nothing could be stored, or the corpus cannot be opened",
            " 2:some articles were skipped; each is named on standard error, the others were stored",
            "64:the command line is wrong (unknown option, bad value)"})
final class IngestCommand implements Callable<Integer> {
    /** Articles per transaction: enough that the commit's cost is shared, few enough to redo if stopped. */
    private static final int BATCH_SIZE = 64;
    /** A batch waits no longer than this for more articles, so a slow run stores as it goes. */
    private static final long BATCH_WAIT_NANOS = TimeUnit.SECONDS.toNanos(1);

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files, folders, or - for standard input.")
    List<String> paths;

    @Mixin
    ArticleOverrides overrides = new ArticleOverrides();

    @Mixin
    CorpusOptions corpus = new CorpusOptions();

    @Option(names = "--threads", paramLabel = "N", description = "Threads analysing articles (default: all cores).")
    Integer threads;

    /** Builds the pipeline once the inputs are known; tests swap in a smaller one. */
    Supplier<Pipeline> pipelines = Pipeline::standard;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        List<ArticleInput> inputs = ArticleInput.expand(paths, warning -> err.println("lede: warning: " + warning));
        try (CorpusStore store = corpus.open()) {
            Pipeline pipeline = pipelines.get();
            Progress progress = new Progress(err, System.console() != null, inputs.size());
            ArticleReader reader = new ArticleReader(warning -> progress.note("lede: warning: " + warning));
            ArticleAnalyzer analyzer = new ArticleAnalyzer(reader, pipeline, overrides::apply, err, progress);
            AnalysisJson json = new AnalysisJson();
            StoredDates storedDates = new StoredDates();
            // Analysed on the worker threads, stored in batches by one writer: a store failure is not one
            // article's problem, so it ends the run rather than being counted as a skip.
            Function<ArticleInput, Result<ObjectNode>> work = input -> analyzer.read(input, System.in, article ->
                    store.containsContent(ContentHash.of(article)) ? new Result<>(null, null)
                            : analyzer.analyze(input, article, json::toJson));
            Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
            int[] skipped = {0};
            int workers = threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
            try (BatchedWrites writes = new BatchedWrites(store, BATCH_SIZE, BATCH_WAIT_NANOS,
                    results -> results.forEach(result -> counts.merge(result.outcome(), 1, Integer::sum)))) {
                new OrderedParallel(workers).run(inputs, work, result -> {
                    if (result.failure() != null) {
                        progress.note("lede: " + result.failure());
                        skipped[0]++;
                    } else if (result.value() == null) { // stored before: not analysed
                        counts.merge(Outcome.UNCHANGED, 1, Integer::sum);
                    } else {
                        // New content (a copy within this run aside, which only widens the window a little).
                        storedDates.add(result.value().path("article").path("published").asText(null));
                        addTo(writes, result.value());
                    }
                    progress.advance();
                });
                writes.finish();
            }
            progress.hide();
            progress.note(String.format("lede: %d stored, %d updated, %d already there, %d skipped; %d articles in %s",
                    counts.getOrDefault(Outcome.STORED, 0), counts.getOrDefault(Outcome.UPDATED, 0),
                    counts.getOrDefault(Outcome.UNCHANGED, 0), skipped[0], store.count(), corpus.describe()));
            storedDates.span().ifPresent(span -> {
                long start = System.nanoTime();
                int clusters = store.recluster(span.first(), span.last());
                progress.note(String.format("lede: event clusters recomputed around %s to %s: %d of two or more "
                        + "articles (%.1f s)", span.first(), span.last(), clusters, (System.nanoTime() - start) / 1e9));
            });
            if (skipped[0] == 0) {
                return 0;
            }
            return skipped[0] == inputs.size() ? UserErrorHandler.EXIT_FAILURE : AnalyzeCommand.EXIT_SOME_SKIPPED;
        }
    }

    private static void addTo(BatchedWrites writes, ObjectNode document) {
        try {
            writes.add(document);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing", e);
        }
    }
}
