package org.lede.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.lede.dedupe.MinHasher;
import org.lede.json.AnalysisJson;
import org.lede.model.Analysis;
import org.lede.model.Article;
import org.lede.pipeline.Pipeline;
import org.lede.pipeline.StageFailure;
import org.lede.source.ArticleReader;
import org.lede.source.InputException;
import picocli.CommandLine.Command;
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

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date, the anchor for \"on Tuesday\"; overrides what the article says.")
    LocalDate published;

    @Option(names = "--outlet", paramLabel = "NAME", description = "Publishing outlet; overrides the dateline and page.")
    String outlet;

    @Option(names = "--url", paramLabel = "URL", description = "Where the article was published.")
    String url;

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
            Article article = input.read(reader, System.in);
            Result result = new Analyzer(reader, pipelines.get(), chosen).attempt(input, article);
            if (result.failure() != null) {
                err.println("lede: " + result.failure());
                return UserErrorHandler.EXIT_FAILURE;
            }
            spec.commandLine().getOut().print(result.rendered() + "\n");
            spec.commandLine().getOut().flush();
            return 0;
        }
        // The progress clock starts once the models are loaded, so the first rate and time left are true.
        Pipeline pipeline = pipelines.get();
        Progress progress = new Progress(err, terminal, inputs.total());
        ArticleReader reader = new ArticleReader(warning -> progress.note("lede: warning: " + warning));
        try (inputs) {
            return analyzeAll(inputs, new Analyzer(reader, pipeline, chosen), chosen, progress);
        }
    }

    private int analyzeAll(Iterator<ArticleInput> inputs, Analyzer analyzer, OutputFormat chosen, Progress progress)
            throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        StreamWriter writer = new StreamWriter(out, chosen);
        int[] analysed = {0};
        Map<String, Integer> skipped = new TreeMap<>();
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
        // Checked here, in input order, so the copy kept is always the first one, whatever the threads do.
        Map<String, String> firstByText = new HashMap<>();
        try {
            new OrderedParallel(workers).run(inputs, analyzer::attempt, result -> {
                String earlier = result.exactKey() == null ? null
                        : firstByText.putIfAbsent(result.exactKey(), result.origin());
                if (earlier != null) {
                    progress.note("lede: " + result.origin() + ": the same text as " + earlier + "; dropped");
                    skipped.merge(DUPLICATE, 1, Integer::sum);
                } else if (result.failure() == null) {
                    progress.hide();
                    writer.write(result.rendered());
                    analysed[0]++;
                } else {
                    progress.note("lede: " + result.failure());
                    skipped.merge(result.reason(), 1, Integer::sum);
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

    /**
     * One article's outcome: its rendered output, or the one line that says why it was skipped and the kind
     * of reason, under which the summary counts it.
     */
    record Result(String rendered, String failure, String reason, String origin, String exactKey) {
        static Result of(String rendered, String origin, String exactKey) {
            return new Result(rendered, null, null, origin, exactKey);
        }

        static Result skipped(String failure, String reason) {
            return new Result(null, failure, reason, null, null);
        }
    }

    /** Reads, analyses and renders one article; shared by all worker threads, so it holds no article. */
    private final class Analyzer {
        private final ArticleReader reader;
        private final Pipeline pipeline;
        private final OutputFormat format;
        private final AnalysisJson json = new AnalysisJson();
        private final TextReport report = new TextReport();

        Analyzer(ArticleReader reader, Pipeline pipeline, OutputFormat format) {
            this.reader = reader;
            this.pipeline = pipeline;
            this.format = format;
        }

        String render(Article article) {
            Analysis analysis = pipeline.analyze(withOverrides(article));
            return switch (format) {
                case TEXT -> report.render(analysis);
                case JSON -> json.toPrettyJson(analysis);
                case JSONL -> json.toJsonLine(analysis);
            };
        }

        Result attempt(ArticleInput input) {
            if (input.problem() != null) {
                return Result.skipped(input.problem(), input.skipped() == null ? UNREADABLE : input.skipped().label());
            }
            Article article;
            try {
                article = input.read(reader, System.in);
            } catch (InputException e) {
                return Result.skipped(e.getMessage(), UNREADABLE);
            }
            return attempt(input, article);
        }

        /** Analyses and renders an article already read; a bug costs this article only, named in one line. */
        Result attempt(ArticleInput input, Article article) {
            if (!anyLanguage && article.language() != null && !article.language().equals(ENGLISH)) {
                return Result.skipped(input.origin() + ": written in "
                        + Locale.forLanguageTag(article.language()).getDisplayLanguage(Locale.ENGLISH) + " ("
                        + article.language() + "), and Lede's models read English; --any-language analyses it "
                        + "anyway", NOT_ENGLISH);
            }
            try {
                return Result.of(render(article), input.origin(),
                        dropDuplicates ? MinHasher.exactKey(article.text()) : null);
            } catch (StageFailure e) {
                return failed(e.getMessage(), e);
            } catch (RuntimeException | StackOverflowError e) {
                // The stages are done when anything else fails: it is the output that could not be made.
                return failed(input.origin() + ": writing the analysis failed (" + UserErrorHandler.describe(e) + ")", e);
            } catch (OutOfMemoryError e) {
                // What filled the heap was this article's analysis, garbage now: the next article can go on.
                return Result.skipped(input.origin() + ": " + UserErrorHandler.outOfMemory(), FAILED);
            }
        }

        private Result failed(String what, Throwable e) {
            if (System.getenv("LEDE_DEBUG") != null) {
                e.printStackTrace(spec.commandLine().getErr());
            }
            return Result.skipped(what + "; please report it, with LEDE_DEBUG=1 for the details", FAILED);
        }

        private Article withOverrides(Article article) {
            Article result = article;
            if (published != null) {
                result = result.withPublished(published);
            }
            if (outlet != null) {
                result = result.withOutlet(outlet);
            }
            if (url != null) {
                result = result.withUrl(url);
            }
            return result;
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
