package org.lede.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import org.lede.cli.ArticleAnalyzer.Result;
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
                    + "(.html/.htm), a folder (every .txt/.html/.htm below it, in sorted order), or - for "
                    + "standard input. Several articles are analysed in parallel and written in input order; "
                    + "an article that cannot be read is named on standard error and skipped."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            " 0:every article was analysed",
            " 1:nothing could be analysed (a single input that failed, or every input of several)",
            " 2:some articles were skipped; each is named on standard error, the others were written",
            "64:the command line is wrong (unknown option, bad value)"})
final class AnalyzeCommand implements Callable<Integer> {
    static final int EXIT_SOME_SKIPPED = 2;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files, folders, or - for standard input.")
    List<String> paths;

    @Mixin
    ArticleOverrides overrides = new ArticleOverrides();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text, json or jsonl. Default: text on a terminal, else json for one article "
                    + "and jsonl for several.")
    OutputFormat format;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for several articles (default: all cores).")
    Integer threads;

    /** Builds the pipeline once the inputs are known; tests swap in one with a stage that breaks. */
    Supplier<Pipeline> pipelines = Pipeline::standard;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        boolean terminal = System.console() != null;
        boolean several = ArticleInput.several(paths);
        OutputFormat chosen = format != null ? format : terminal ? OutputFormat.TEXT
                : several ? OutputFormat.JSONL : OutputFormat.JSON;
        List<ArticleInput> inputs = ArticleInput.expand(paths, warning -> err.println("lede: warning: " + warning));
        if (!several) {
            // Read before the models load, so a bad input is reported at once.
            ArticleReader reader = new ArticleReader(warning -> err.println("lede: warning: " + warning));
            ArticleInput input = inputs.get(0);
            Article article = input.read(reader, System.in);
            ArticleAnalyzer analyzer = new ArticleAnalyzer(reader, pipelines.get(), overrides::apply, err);
            Result<String> result = analyzer.analyze(input, overrides.apply(article), new Renderer(chosen)::render);
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
        Progress progress = new Progress(err, terminal, inputs.size());
        ArticleReader reader = new ArticleReader(warning -> progress.note("lede: warning: " + warning));
        ArticleAnalyzer analyzer = new ArticleAnalyzer(reader, pipeline, overrides::apply, err);
        return analyzeAll(inputs, analyzer, chosen, progress);
    }

    private int analyzeAll(List<ArticleInput> inputs, ArticleAnalyzer analyzer, OutputFormat chosen,
                           Progress progress)
            throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        StreamWriter writer = new StreamWriter(out, chosen);
        int[] analysed = {0};
        int[] skipped = {0};
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
        try {
            Renderer renderer = new Renderer(chosen);
            Function<ArticleInput, Result<String>> work =
                    input -> analyzer.read(input, System.in, article -> analyzer.analyze(input, article, renderer::render));
            new OrderedParallel(workers).run(inputs, work, result -> {
                if (result.failure() == null) {
                    progress.hide();
                    writer.write(result.value());
                    analysed[0]++;
                } else {
                    progress.note("lede: " + result.failure());
                    skipped[0]++;
                }
                progress.advance();
            });
        } catch (OutputClosed closed) {
            progress.note("lede: standard output was closed; stopped early");
            return UserErrorHandler.EXIT_FAILURE;
        }
        writer.close();
        progress.hide();
        progress.note("lede: " + analysed[0] + " analysed, " + skipped[0] + " skipped");
        if (skipped[0] == 0) {
            return 0;
        }
        return analysed[0] == 0 ? UserErrorHandler.EXIT_FAILURE : EXIT_SOME_SKIPPED;
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
