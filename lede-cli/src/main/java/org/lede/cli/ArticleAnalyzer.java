package org.lede.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.lede.model.Analysis;
import org.lede.model.Article;
import org.lede.pipeline.Pipeline;
import org.lede.pipeline.StageFailure;
import org.lede.source.ArticleReader;
import org.lede.source.InputException;

/**
 * Reads and analyses one article for a command over many: a bad input or a bug costs that article only and
 * comes back as the one line that names it. Shared by all worker threads, so it holds no article.
 */
final class ArticleAnalyzer {
    private final ArticleReader reader;
    private final Pipeline pipeline;
    private final UnaryOperator<Article> overrides;
    private final PrintWriter debug;
    private final Progress progress;

    /**
     * @param overrides what the command line sets over what the article says (outlet, date, URL)
     * @param debug     where a bug's stack trace goes when {@code LEDE_DEBUG} is set
     * @param progress  where a long article's stages are shown as they finish
     */
    ArticleAnalyzer(ArticleReader reader, Pipeline pipeline, UnaryOperator<Article> overrides, PrintWriter debug,
                    Progress progress) {
        this.reader = reader;
        this.pipeline = pipeline;
        this.overrides = overrides;
        this.debug = debug;
        this.progress = progress;
    }

    /** An article still being analysed after this long (a book, a dump) has its stages shown as they finish. */
    private static final long SHOW_STAGES_AFTER_NANOS = 2_000_000_000L;

    /** One article's outcome: what was made of it, or the one line that says why it was skipped. */
    record Result<R>(R value, String failure) {
        static <R> Result<R> failed(String failure) {
            return new Result<>(null, failure);
        }
    }

    /**
     * Reads the input, sets over it what the command line says, and goes on with {@code then}; or returns why
     * it could not be read.
     */
    <R> Result<R> read(ArticleInput input, InputStream stdin, Function<Article, Result<R>> then) {
        Article article;
        try {
            article = overrides.apply(input.read(reader, stdin));
        } catch (InputException e) {
            return Result.failed(e.getMessage());
        }
        return then.apply(article);
    }

    /** Analyses an article already read and turns the analysis into the result with {@code output}. */
    <R> Result<R> analyze(ArticleInput input, Article article, Function<Analysis, R> output) {
        try {
            return new Result<>(output.apply(pipeline.analyze(article, stagesShown(input, article))), null);
        } catch (StageFailure e) {
            return bug(e.getMessage(), e);
        } catch (RuntimeException | StackOverflowError e) {
            // The stages are done when anything else fails: it is the output that could not be made.
            return bug(input.origin() + ": writing the analysis failed (" + UserErrorHandler.describe(e) + ")", e);
        } catch (OutOfMemoryError e) {
            // What filled the heap was this article's analysis, garbage now: the next article can go on.
            return Result.failed(input.origin() + ": " + UserErrorHandler.outOfMemory());
        }
    }

    private Pipeline.StageListener stagesShown(ArticleInput input, Article article) {
        long started = System.nanoTime();
        return (stage, done, total) -> {
            long elapsed = System.nanoTime() - started;
            if (elapsed >= SHOW_STAGES_AFTER_NANOS && done < total) {
                long seconds = elapsed / 1_000_000_000L;
                progress.status(String.format("lede: %s (%,d characters): %d/%d stages done (%s), %d:%02d",
                        input.origin(), article.text().length(), done, total, stage.name(), seconds / 60,
                        seconds % 60));
            }
        };
    }

    private <R> Result<R> bug(String what, Throwable e) {
        if (System.getenv("LEDE_DEBUG") != null) {
            e.printStackTrace(debug);
        }
        return Result.failed(what + "; please report it, with LEDE_DEBUG=1 for the details");
    }
}
