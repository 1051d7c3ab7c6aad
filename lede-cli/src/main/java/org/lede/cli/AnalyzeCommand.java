package org.lede.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.lede.cli.ArticleAnalyzer.Result;
import org.lede.dedupe.MinHasher;
import org.lede.json.AnalysisJson;
import org.lede.model.Analysis;
import org.lede.model.Article;
import org.lede.pipeline.Pipeline;
import org.lede.source.ArticleReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lede analyze PATH…}: reads articles, runs the full pipeline and writes what it found. */
@Command(name = "analyze",
        mixinStandardHelpOptions = true,
        description = {
            "Analyse news articles: who is in them, who said what on whose authority, when, and how many.",
            "",
            "PATH is a .txt file (first line is the headline when a blank line follows it), a saved web page "
                    + "(.html/.htm), a WARC or WET archive (.warc, .warc.gz, .wet, .wet.gz: its pages and "
                    + "text records), an RSS or Atom feed (.rss, .atom, or an http(s) address, fetched once), "
                    + "a folder (every such file below it, in sorted order), or - for standard input. Several "
                    + "articles are analysed in parallel and written in input order; an article that cannot be "
                    + "read is named on standard error and skipped, and the skips are counted at the end."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            " 0:every article was analysed",
            " 1:nothing could be analysed (a single input that failed, or every input of several)",
            " 2:some articles were skipped; each is named on standard error, the others were written",
            "64:the command line is wrong (unknown option, bad value)"})
final class AnalyzeCommand implements Callable<Integer> {
    static final int EXIT_SOME_SKIPPED = 2;
    /** Summary labels of skips that are not an archive's: an input that cannot be read, an analysis that failed. */
    private static final String UNREADABLE = "unreadable";
    private static final String FAILED = "failed";
    private static final String NOT_ENGLISH = "not English";
    private static final String DUPLICATE = "duplicate";
    private static final String ENGLISH = "en";

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Article files, folders, WARC/WET archives, feeds, or - for standard input.")
    List<String> paths;

    @Mixin
    ArticleOverrides overrides = new ArticleOverrides();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text, json or jsonl. Default: text on a terminal, else json for one article "
                    + "and jsonl for several.")
    OutputFormat format;

    @Option(names = "--any-language",
            description = "Analyse articles in any language; by default one not in English (Lede's models read "
                    + "English) is named and skipped.")
    boolean anyLanguage;

    @Option(names = "--drop-duplicates",
            description = "Leave out an article whose text (up to spacing and case) came earlier in the run; "
                    + "each is named on standard error and counted. lede dedupe also finds near duplicates.")
    boolean dropDuplicates;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for several articles (default: all cores).")
    Integer threads;

    /** Builds the pipeline once the inputs are known; tests swap in one with a stage that breaks. */
    Supplier<Pipeline> pipelines = Pipeline::standard;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        boolean terminal = System.console() != null;
        boolean several = ArticleInputs.several(paths);
        OutputFormat chosen = format != null ? format : terminal ? OutputFormat.TEXT
                : several ? OutputFormat.JSONL : OutputFormat.JSON;
        ArticleInputs inputs = ArticleInputs.of(paths, ArticleReader.DEFAULT_LIMIT,
                warning -> err.println("lede: warning: " + warning));
        if (!several) {
            // Read before the models load, so a bad input is reported at once.
            ArticleReader reader = new ArticleReader(warning -> err.println("lede: warning: " + warning));
            ArticleInput input = inputs.next();
            Article article = overrides.apply(input.read(reader, System.in));
            String foreign = foreign(input, article);
            if (foreign != null) {
                err.println("lede: " + foreign);
                return UserErrorHandler.EXIT_FAILURE;
            }
            Progress progress = new Progress(err, terminal, 1);
            ArticleAnalyzer analyzer = new ArticleAnalyzer(reader, pipelines.get(), overrides::apply, err, progress);
            Result<String> result = analyzer.analyze(input, article, new Renderer(chosen)::render);
            progress.hide();
            if (result.failure() != null) {
                err.println("lede: " + result.failure());
                return UserErrorHandler.EXIT_FAILURE;
            }
            spec.commandLine().getOut().print(result.value() + "\n");
            spec.commandLine().getOut().flush();
            return 0;
        }
        // The progress clock starts once the models are loaded, so the first rate and time left are true.
        Pipeline pipeline = pipelines.get();
        Progress progress = new Progress(err, terminal, inputs.total());
        ArticleReader reader = new ArticleReader(warning -> progress.note("lede: warning: " + warning));
        ArticleAnalyzer analyzer = new ArticleAnalyzer(reader, pipeline, overrides::apply, err, progress);
        try (inputs) {
            return analyzeAll(inputs, analyzer, chosen, progress);
        }
    }

    private int analyzeAll(Iterator<ArticleInput> inputs, ArticleAnalyzer analyzer, OutputFormat chosen,
                           Progress progress)
            throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        StreamWriter writer = new StreamWriter(out, chosen);
        int[] analysed = {0};
        Map<String, Integer> skipped = new TreeMap<>();
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
        // Checked here, in input order, so the copy kept is always the first one, whatever the threads do.
        Map<String, String> firstByText = new HashMap<>();
        try {
            Renderer renderer = new Renderer(chosen);
            new OrderedParallel(workers).run(inputs, input -> attempt(input, analyzer, renderer), outcome -> {
                Rendered rendered = outcome.result().value();
                String earlier = rendered == null || rendered.exactKey() == null ? null
                        : firstByText.putIfAbsent(rendered.exactKey(), rendered.origin());
                if (earlier != null) {
                    progress.note("lede: " + rendered.origin() + ": the same text as " + earlier + "; dropped");
                    skipped.merge(DUPLICATE, 1, Integer::sum);
                } else if (outcome.result().failure() == null) {
                    progress.hide();
                    writer.write(rendered.output());
                    analysed[0]++;
                } else {
                    progress.note("lede: " + outcome.result().failure());
                    skipped.merge(outcome.reason(), 1, Integer::sum);
                }
                progress.advance();
            });
        } catch (OutputClosed closed) {
            progress.note("lede: standard output was closed; stopped early");
            return UserErrorHandler.EXIT_FAILURE;
        }
        writer.close();
        progress.hide();
        int skips = skipped.values().stream().mapToInt(Integer::intValue).sum();
        progress.note("lede: " + analysed[0] + " analysed, " + skips + " skipped" + (skips == 0 ? ""
                : skipped.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                        .collect(Collectors.joining(", ", " (", ")"))));
        if (skips == 0) {
            return 0;
        }
        return analysed[0] == 0 ? UserErrorHandler.EXIT_FAILURE : EXIT_SOME_SKIPPED;
    }

    /** An analysed article's output, with its text's key when duplicates are dropped. */
    private record Rendered(String output, String origin, String exactKey) {
    }

    /** One input's outcome, and the reason a skip is counted under in the summary. */
    private record Outcome(Result<Rendered> result, String reason) {
    }

    /** Reads, checks the language of, analyses and renders one input; a problem costs this input only. */
    private Outcome attempt(ArticleInput input, ArticleAnalyzer analyzer, Renderer renderer) {
        if (input.problem() != null) {
            return new Outcome(Result.failed(input.problem()),
                    input.skipped() == null ? UNREADABLE : input.skipped().label());
        }
        String[] reason = {UNREADABLE};
        Result<Rendered> result = analyzer.read(input, System.in, article -> {
            String foreign = foreign(input, article);
            if (foreign != null) {
                reason[0] = NOT_ENGLISH;
                return Result.failed(foreign);
            }
            reason[0] = FAILED;
            return analyzer.analyze(input, article, analysis -> new Rendered(renderer.render(analysis), input.origin(),
                    dropDuplicates ? MinHasher.exactKey(article.text()) : null));
        });
        return new Outcome(result, reason[0]);
    }

    /** The line that skips an article not in English, or null when it is to be analysed. */
    private String foreign(ArticleInput input, Article article) {
        if (anyLanguage || article.language() == null || article.language().equals(ENGLISH)) {
            return null;
        }
        String name = Locale.forLanguageTag(article.language()).getDisplayLanguage(Locale.ENGLISH);
        return input.origin() + ": written in " + name + " (" + article.language()
                + "), and Lede's models read English; --any-language analyses it anyway";
    }

    /** Renders analyses in the chosen format; shared by all worker threads. */
    private static final class Renderer {
        private final OutputFormat format;
        private final AnalysisJson json = new AnalysisJson();
        private final TextReport report = new TextReport();

        Renderer(OutputFormat format) {
            this.format = format;
        }

        String render(Analysis analysis) {
            return switch (format) {
                case TEXT -> report.render(analysis);
                case JSON -> json.toPrettyJson(analysis);
                case JSONL -> json.toJsonLine(analysis);
            };
        }
    }

    /** Standard output went away (a reader such as {@code head} stopped): analysing the rest is wasted. */
    private static final class OutputClosed extends RuntimeException {
        OutputClosed() {
            super(null, null, false, false);
        }
    }

    /** Writes the analyses of several articles as one stream, each piece complete before it is written. */
    private static final class StreamWriter {
        private final PrintWriter out;
        private final OutputFormat format;
        private int written;

        StreamWriter(PrintWriter out, OutputFormat format) {
            this.out = out;
            this.format = format;
        }

        void write(String rendered) {
            String piece = switch (format) {
                case JSONL -> rendered + "\n";
                case JSON -> (written == 0 ? "[\n" : ",\n") + rendered;
                case TEXT -> (written == 0 ? "" : "\n" + "=".repeat(TextReport.WIDTH) + "\n\n") + rendered + "\n";
            };
            out.print(piece);
            out.flush();
            if (out.checkError()) {
                throw new OutputClosed();
            }
            written++;
        }

        void close() {
            if (format == OutputFormat.JSON) {
                out.print(written == 0 ? "[]\n" : "\n]\n");
                out.flush();
            }
        }
    }
}
