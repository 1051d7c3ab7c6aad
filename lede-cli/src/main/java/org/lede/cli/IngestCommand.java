package org.lede.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
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
                    + "stored in one transaction as soon as it is analysed, so a run that is stopped loses nothing "
                    + "stored, and running it again goes on where it stopped.",
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
            ArticleAnalyzer analyzer = new ArticleAnalyzer(reader, pipeline, overrides::apply, err);
            AnalysisJson json = new AnalysisJson();
            StoredDates storedDates = new StoredDates();
            // Stored from the worker threads: the store takes concurrent writers, and a store failure is not
            // one article's problem, so it ends the run rather than being counted as a skip.
            Function<ArticleInput, Result<Outcome>> work = input -> analyzer.read(input, System.in, article -> {
                if (store.containsContent(ContentHash.of(article))) {
                    return new Result<>(Outcome.UNCHANGED, null);
                }
                Result<ObjectNode> analysed = analyzer.analyze(input, article, json::toJson);
                if (analysed.failure() != null) {
                    return Result.failed(analysed.failure());
                }
                Outcome outcome = store.put(analysed.value()).outcome();
                if (outcome != Outcome.UNCHANGED) {
                    storedDates.add(analysed.value().path("article").path("published").asText(null));
                }
                return new Result<>(outcome, null);
            });
            Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
            int[] skipped = {0};
            int workers = threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
            new OrderedParallel(workers).run(inputs, work, result -> {
                if (result.failure() == null) {
                    counts.merge(result.value(), 1, Integer::sum);
                } else {
                    progress.note("lede: " + result.failure());
                    skipped[0]++;
                }
                progress.advance();
            });
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
}
