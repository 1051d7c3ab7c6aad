package org.lede.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.lede.json.AnalysisJson;
import org.lede.pipeline.Pipeline;
import org.lede.pipeline.StageFailure;

/**
 * Lede over a corpus on Spark: reads WARC/WET files or JSON Lines from any Hadoop path, drops exact
 * duplicates, analyses each article with the same pipeline as the command line (one per executor, loaded
 * once, in {@code mapPartitions}) and writes Parquet under the output folder:
 * <ul>
 *   <li>{@code articles/}: one row per article, the {@code lede/1} document as nested columns typed by the
 *       contract's JSON Schema (article, sentences, entities, quotes, timex, quantities, and any layer
 *       added to the contract later);</li>
 *   <li>{@code actors/}: actor × label × outlet × day, with articles and mentions;</li>
 *   <li>{@code speakers/}: speaker × outlet × day, with quotes and articles;</li>
 *   <li>{@code near_duplicates/}: pairs of distinct articles whose estimated Jaccard similarity reaches the
 *       threshold (their connected components are the groups {@code lede dedupe} prints).</li>
 * </ul>
 * Surfaces hold no linguistics: everything here moves documents in and out of lede-core.
 */
public final class LedeSparkJob {
    private final SparkSession spark;
    private final JobOptions options;

    LedeSparkJob(SparkSession spark, JobOptions options) {
        this.spark = spark;
        this.options = options;
    }

    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("lede-spark: " + e.getMessage());
            System.err.println(JobOptions.USAGE);
            System.exit(64);
            return;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("lede");
        if (options.master() != null) {
            builder.master(options.master());
        }
        try (SparkSession spark = builder.getOrCreate()) {
            Summary summary = new LedeSparkJob(spark, options).run();
            System.out.println(summary);
        }
    }

    /** What a run did, counted. */
    /**
     * What a run did, counted and timed.
     *
     * @param seconds         the whole run, reading to the last table written
     * @param readSeconds     from the start to all articles read (web pages parsed, languages and
     *                        signatures taken), Spark's start-up included
     * @param analysisSeconds the analysis stage alone (deduplicated articles shuffled to the analysing tasks
     *                        and analysed): the part that grows with the corpus while the rest is mostly
     *                        fixed overhead of Spark's jobs
     */
    record Summary(long read, long exactDuplicates, long analysed, long nearPairs, Map<String, Long> skipped,
                   double seconds, double readSeconds, double analysisSeconds) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "lede-spark: %d articles read, %d exact duplicates dropped, %d analysed,"
                    + " %d near-duplicate pairs, skipped %s; %.1f s in all, %.1f articles/s; reading %.1f s; analysis "
                    + "stage %.1f s, %.1f articles/s", read, exactDuplicates, analysed, nearPairs, skipped, seconds,
                    analysed / Math.max(seconds, 1e-9), readSeconds, analysisSeconds,
                    analysed / Math.max(analysisSeconds, 1e-9));
        }
    }

    Summary run() {
        long started = System.nanoTime();
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        CollectionAccumulator<String> skips = context.sc().collectionAccumulator("skipped");
        boolean anyLanguage = options.anyLanguage();

        Dataset<Row> articles = spark.createDataFrame(read(context, skips, anyLanguage), ArticleRows.SCHEMA)
                .persist(StorageLevel.MEMORY_AND_DISK());
        long read = articles.count();
        double readSeconds = (System.nanoTime() - started) / 1e9;
        Dataset<Row> distinct = articles.dropDuplicates("exact_key").persist(StorageLevel.MEMORY_AND_DISK());
        long kept = distinct.count();
        articles.unpersist();

        Dataset<Row> nearPairs = nearDuplicates(distinct);
        nearPairs.write().mode(SaveMode.Overwrite).parquet(options.output() + "/near_duplicates");

        CollectionAccumulator<String> failures = context.sc().collectionAccumulator("failed");
        long analysisStarted = System.nanoTime();
        Dataset<String> documents = distinct.repartition(options.partitions(context))
                .mapPartitions((MapPartitionsFunction<Row, String>) rows -> analyse(rows, failures), Encoders.STRING())
                .persist(StorageLevel.MEMORY_AND_DISK());
        long analysed = documents.count();
        double analysisSeconds = (System.nanoTime() - analysisStarted) / 1e9;
        if (analysed > 0) {
            // The columns come from the contract's schema, the same in every run, without a pass to infer them.
            spark.read().schema(ContractSchema.of()).json(documents).write().mode(SaveMode.Overwrite).parquet(options.output() + "/articles");
            // Aggregated from the Parquet just written: columns read as needed, not every document parsed again.
            Dataset<Row> analyses = spark.read().parquet(options.output() + "/articles");
            actors(analyses).write().mode(SaveMode.Overwrite).parquet(options.output() + "/actors");
            speakers(analyses).write().mode(SaveMode.Overwrite).parquet(options.output() + "/speakers");
        }
        long pairs = spark.read().parquet(options.output() + "/near_duplicates").count();
        documents.unpersist();
        distinct.unpersist();

        Map<String, Long> skipped = new LinkedHashMap<>();
        skips.value().forEach(reason -> skipped.merge(reason, 1L, Long::sum));
        failures.value().forEach(reason -> skipped.merge("failed", 1L, Long::sum));
        return new Summary(read, read - kept, analysed, pairs, skipped, (System.nanoTime() - started) / 1e9,
                readSeconds, analysisSeconds);
    }

    private JavaRDD<Row> read(JavaSparkContext context, CollectionAccumulator<String> skips, boolean anyLanguage) {
        if (options.jsonLines()) {
            return spark.read().textFile(options.input()).javaRDD()
                    .mapPartitions(lines -> ArticleRows.fromJsonLines(lines, anyLanguage, skips::add));
        }
        // One task per file: a WARC file is read in order from its start (gzip members cannot be split).
        return context.binaryFiles(options.input()).flatMap(file -> {
            try (InputStream in = file._2().open()) {
                return ArticleRows.fromWarc(file._1(), in, anyLanguage, skips::add).iterator();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The lede/1 documents of a partition's articles; an article whose analysis fails is counted and left out. */
    private static Iterator<String> analyse(Iterator<Row> rows, CollectionAccumulator<String> failures) {
        Pipeline pipeline = ExecutorPipeline.pipeline();
        AnalysisJson json = new AnalysisJson();
        List<String> documents = new ArrayList<>();
        while (rows.hasNext()) {
            Row row = rows.next();
            try {
                documents.add(json.toJsonLine(pipeline.analyze(ArticleRows.article(row))));
            } catch (StageFailure | OutOfMemoryError e) {
                failures.add(e.getMessage());
            }
        }
        return documents.iterator();
    }

    /**
     * Pairs of articles sharing a MinHash band whose signatures agree in at least the threshold's share.
     * Candidates are found on (article, band) alone and only then given their signatures, so the join that
     * grows with the number of near copies moves two short strings a row, not two 128-number signatures.
     */
    private Dataset<Row> nearDuplicates(Dataset<Row> distinct) {
        Dataset<Row> banded = distinct.select(col("origin"), explode(col("band_keys")).as("band"));
        Dataset<Row> candidates = banded.as("a").join(banded.as("b"),
                        col("a.band").equalTo(col("b.band")).and(col("a.origin").lt(col("b.origin"))))
                .select(col("a.origin").as("origin"), col("b.origin").as("other_origin"))
                .distinct();
        Dataset<Row> signatures = distinct.select(col("origin"), col("url"), col("signature"));
        return candidates
                .join(signatures.as("s"), candidates.col("origin").equalTo(col("s.origin")))
                .join(signatures.as("t"), candidates.col("other_origin").equalTo(col("t.origin")))
                .select(col("s.origin").as("origin"), col("s.url").as("url"), col("t.origin").as("other_origin"),
                        col("t.url").as("other_url"), expr("size(filter(zip_with(s.signature, t.signature, "
                                + "(x, y) -> x = y), same -> same)) / size(s.signature)").as("similarity"))
                .filter(col("similarity").geq(options.nearThreshold()));
    }

    /** Actor × label × outlet × day: each entity (by canonical name and type) counted per article and mention. */
    static Dataset<Row> actors(Dataset<Row> analyses) {
        return analyses.select(col("article.origin").as("origin"), col("article.outlet").as("outlet"),
                        col("article.published").as("day"), explode(col("entities")).as("entity"))
                .groupBy(col("entity.name").as("actor"), col("entity.type").as("label"), col("outlet"), col("day"))
                .agg(countDistinct("origin").as("articles"), sum(expr("size(entity.mentions)")).as("mentions"));
    }

    /** Speaker × outlet × day: quotes with a resolved speaker, named by the speaker entity's canonical name. */
    static Dataset<Row> speakers(Dataset<Row> analyses) {
        return analyses.select(col("article.origin").as("origin"), col("article.outlet").as("outlet"),
                        col("article.published").as("day"), col("entities"), explode(col("quotes")).as("quote"))
                .filter(col("quote.speaker").isNotNull())
                .select(col("origin"), col("outlet"), col("day"),
                        expr("filter(entities, e -> e.id = quote.speaker)[0].name").as("speaker"))
                .groupBy(col("speaker"), col("outlet"), col("day"))
                .agg(count("*").as("quotes"), countDistinct("origin").as("articles"));
    }
}
