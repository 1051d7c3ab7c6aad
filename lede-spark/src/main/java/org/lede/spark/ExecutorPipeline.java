package org.lede.spark;

import org.lede.pipeline.Pipeline;
import org.lede.source.ArticleReader;

/**
 * The pipeline and reader of one executor JVM, built the first time a task there needs them and shared by
 * all its tasks (they are thread-safe): the models load once per executor, not once per partition or
 * article. A static holder is the one place Spark lets a JVM keep such a thing; it is never changed after.
 */
final class ExecutorPipeline {
    private ExecutorPipeline() {
    }

    static Pipeline pipeline() {
        return Holder.PIPELINE;
    }

    static ArticleReader reader() {
        return Holder.READER;
    }

    /** Initialised by the JVM on first use, once, thread-safely (the holder idiom). */
    private static final class Holder {
        static final Pipeline PIPELINE = Pipeline.standard();
        static final ArticleReader READER = new ArticleReader(warning -> { });
    }
}
