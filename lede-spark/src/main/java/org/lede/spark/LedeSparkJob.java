package org.lede.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.map_from_arrays;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SerializableWritable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
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
        if (options.master() != null && options.master().startsWith("local")) {
            // One machine, one run, nobody watching a browser: the web UI's server and its listeners are
            // start-up time and per-task work that a local run pays for nothing.
            builder.config("spark.ui.enabled", "false");
        }
        try (SparkSession spark = builder.getOrCreate()) {
            System.out.printf(Locale.ROOT, "lede-spark: JVM and Spark started in %.1f s%n",
                    ManagementFactory.getRuntimeMXBean().getUptime() / 1e3);
            Summary summary = new LedeSparkJob(spark, options).run();
            System.out.println(summary);
        }
    }

    /**
     * What a run did, counted and timed.
     *
     * @param seconds          the whole run, reading to the last table written
     * @param readSeconds      from the start to all articles read (web pages parsed, languages and signatures
     *                         taken)
     * @param duplicateSeconds the exact copies found and the near-duplicate pairs written
     * @param analysisSeconds  analysing the deduplicated articles and writing {@code articles/}, one pass: the
     *                         part that grows with the corpus as the command line's whole run does
     * @param tableSeconds     the aggregate tables, from the {@code articles/} just written
     */
    record Summary(long read, long exactDuplicates, long analysed, long nearPairs, Map<String, Long> skipped,
                   double seconds, double readSeconds, double duplicateSeconds, double analysisSeconds,
                   double tableSeconds) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "lede-spark: %d articles read, %d exact duplicates dropped, %d analysed,"
                    + " %d near-duplicate pairs, skipped %s; %.1f s in all, %.1f articles/s; reading %.1f s;"
                    + " duplicates %.1f s; analysis stage %.1f s, %.1f articles/s; aggregate tables %.1f s", read,
                    exactDuplicates, analysed, nearPairs, skipped, seconds, analysed / Math.max(seconds, 1e-9),
                    readSeconds, duplicateSeconds, analysisSeconds, analysed / Math.max(analysisSeconds, 1e-9),
                    tableSeconds);
        }
    }

    /**
     * Four passes over the data, none of which moves an article's text between tasks unless the input gives
     * fewer tasks than cores: reading (kept in memory or on local disk), the exact-duplicate keys (a shuffle
     * of key and origin only), the near-duplicate pairs (a shuffle of band keys and article numbers, then the
     * candidate pairs joined with the signatures, 1 KB an article), and analysis straight into Parquet in the
     * tasks that read the articles.
     */
    Summary run() {
        Stopwatch clock = new Stopwatch();
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        sizeShufflesToTheCluster(context);
        keepReadArticlesUncompressed();
        CollectionAccumulator<String> skips = context.sc().collectionAccumulator("skipped");

        // A number for each article, so the near-duplicate shuffles move 8 bytes where an origin is a path.
        // Given before the rows are kept, so a recomputed partition (rows dropped from memory) gets the same.
        Dataset<Row> articles = spark.createDataFrame(read(context, skips, options.anyLanguage()), ArticleRows.SCHEMA)
                .withColumn("id", monotonically_increasing_id())
                .persist(StorageLevel.MEMORY_AND_DISK());
        long read = articles.count();
        double readSeconds = clock.lap();

        List<String> copies = exactCopies(articles).as(Encoders.STRING()).collectAsList();
        Dataset<Row> distinct = withoutOrigins(articles, copies);
        nearDuplicates(distinct).write().mode(SaveMode.Overwrite).parquet(options.output() + "/near_duplicates");
        double duplicateSeconds = clock.lap();

        CollectionAccumulator<String> failures = context.sc().collectionAccumulator("failed");
        int tasks = distinct.rdd().getNumPartitions();
        if (options.partitions() > 0 ? options.partitions() != tasks : tasks < context.defaultParallelism()) {
            // Too few tasks to keep every core busy (one large file): worth moving the texts once.
            distinct = distinct.repartition(options.partitions(context));
        }
        Dataset<String> documents = distinct.mapPartitions(
                (MapPartitionsFunction<Row, String>) rows -> analyse(rows, failures), Encoders.STRING());
        // Parsed into the columns of the contract's schema as they are analysed, in the same tasks: the
        // documents are never held as a whole, and no pass infers the columns.
        spark.read().schema(ContractSchema.of()).json(documents)
                .write().mode(SaveMode.Overwrite).parquet(options.output() + "/articles");
        double analysisSeconds = clock.lap();
        articles.unpersist();

        // Counted and aggregated from the Parquet just written: its footers hold the counts, and only the
        // columns the aggregates need are read.
        Dataset<Row> analyses = spark.read().parquet(options.output() + "/articles");
        long analysed = analyses.count();
        if (analysed > 0) {
            actors(analyses).write().mode(SaveMode.Overwrite).parquet(options.output() + "/actors");
            speakers(analyses).write().mode(SaveMode.Overwrite).parquet(options.output() + "/speakers");
        }
        long pairs = spark.read().parquet(options.output() + "/near_duplicates").count();
        double tableSeconds = clock.lap();

        Map<String, Long> skipped = new LinkedHashMap<>();
        skips.value().forEach(reason -> skipped.merge(reason, 1L, Long::sum));
        failures.value().forEach(reason -> skipped.merge("failed", 1L, Long::sum));
        return new Summary(read, copies.size(), analysed, pairs, skipped, clock.total(), readSeconds,
                duplicateSeconds, analysisSeconds, tableSeconds);
    }

    /**
     * Two shuffle partitions per core unless the session was given a number: Spark's default of 200 is
     * sized for a cluster, and on one machine each of those tasks costs more to schedule than the few
     * rows it gets (the shuffles here move keys and numbers, not texts).
     */
    private void sizeShufflesToTheCluster(JavaSparkContext context) {
        setUnlessGiven("spark.sql.shuffle.partitions", String.valueOf(Math.max(1, context.defaultParallelism() * 2)));
    }

    /**
     * The articles read are kept uncompressed unless the session says otherwise: they are read back twice,
     * for the duplicates and for the analysis, and compressing the texts into the cache and inflating them
     * again cost about a tenth of the whole job (BBC texts x8, one core: 116.6 s against 127.2 s). Kept with
     * MEMORY_AND_DISK, what does not fit in memory goes to disk rather than being lost.
     */
    private void keepReadArticlesUncompressed() {
        setUnlessGiven("spark.sql.inMemoryColumnarStorage.compressed", "false");
    }

    private void setUnlessGiven(String key, String value) {
        if (!spark.conf().contains(key)) {
            spark.conf().set(key, value);
        }
    }

    /** Seconds since it was made, and since the last lap. */
    private static final class Stopwatch {
        private final long started = System.nanoTime();
        private long lapStarted = started;

        double lap() {
            long now = System.nanoTime();
            double seconds = (now - lapStarted) / 1e9;
            lapStarted = now;
            return seconds;
        }

        double total() {
            return (System.nanoTime() - started) / 1e9;
        }
    }

    private JavaRDD<Row> read(JavaSparkContext context, CollectionAccumulator<String> skips, boolean anyLanguage) {
        if (options.jsonLines()) {
            return spark.read().textFile(options.input()).javaRDD()
                    .mapPartitions(lines -> ArticleRows.fromJsonLines(lines, anyLanguage, skips::add));
        }
        // One task per file, largest first so the last task to start is a short one: a WARC file is read in
        // order from its start (gzip members cannot be split), and Spark's binaryFiles would pack small files
        // into fewer tasks than there are cores.
        List<String> files = InputFiles.largestFirst(options.input(), context.hadoopConfiguration());
        Broadcast<SerializableWritable<Configuration>> hadoop =
                context.broadcast(new SerializableWritable<>(context.hadoopConfiguration()));
        return context.parallelize(files, Math.max(1, files.size())).flatMap(file -> {
            try (InputStream in = InputFiles.open(file, hadoop.value().value())) {
                return ArticleRows.fromWarc(file, in, anyLanguage, skips::add).iterator();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The origins of the exact copies to leave out: for each text key held by several articles, all but the
     * one with the least origin. Only keys and origins are shuffled, and the list (one entry per copy, a
     * small share of a corpus) goes to the driver, to be broadcast back.
     */
    static Dataset<Row> exactCopies(Dataset<Row> articles) {
        return articles.groupBy(col("exact_key"))
                .agg(min(col("origin")).as("kept"), collect_list(col("origin")).as("origins"))
                .filter(size(col("origins")).gt(1))
                .select(col("kept"), explode(col("origins")).as("origin"))
                .filter(col("origin").notEqual(col("kept")))
                .select(col("origin"));
    }

    /** The articles but those of the given origins, joined against a broadcast copy so no article moves. */
    private Dataset<Row> withoutOrigins(Dataset<Row> articles, List<String> origins) {
        if (origins.isEmpty()) {
            return articles;
        }
        Dataset<Row> left = spark.createDataset(origins, Encoders.STRING()).toDF("dropped");
        return articles.join(broadcast(left), col("origin").equalTo(col("dropped")), "left_anti");
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
     * Candidates are found on (article number, band) alone and only then given their signatures, so the
     * join that grows with the number of near copies (every band two copies share gives the pair once more
     * before it is made distinct) moves two numbers a row, not two paths or two 128-number signatures. A
     * pair is written with the lesser origin first, as it was when pairs were found by origin.
     */
    private Dataset<Row> nearDuplicates(Dataset<Row> distinct) {
        Dataset<Row> banded = distinct.select(col("id"), explode(col("band_keys")).as("band"));
        Dataset<Row> candidates = banded.as("a").join(banded.as("b"),
                        col("a.band").equalTo(col("b.band")).and(col("a.id").lt(col("b.id"))))
                .select(col("a.id").as("one"), col("b.id").as("other"))
                .distinct();
        Dataset<Row> signatures = distinct.select(col("id"), col("origin"), col("url"), col("signature"));
        Column sFirst = col("s.origin").lt(col("t.origin"));
        return candidates
                .join(signatures.as("s"), col("one").equalTo(col("s.id")))
                .join(signatures.as("t"), col("other").equalTo(col("t.id")))
                .select(when(sFirst, col("s.origin")).otherwise(col("t.origin")).as("origin"),
                        when(sFirst, col("s.url")).otherwise(col("t.url")).as("url"),
                        when(sFirst, col("t.origin")).otherwise(col("s.origin")).as("other_origin"),
                        when(sFirst, col("t.url")).otherwise(col("s.url")).as("other_url"),
                        expr("size(filter(zip_with(s.signature, t.signature, (x, y) -> x = y), same -> same))"
                                + " / size(s.signature)").as("similarity"))
                .filter(col("similarity").geq(options.nearThreshold()));
    }

    /** Actor × label × outlet × day: each entity (by canonical name and type) counted per article and mention. */
    static Dataset<Row> actors(Dataset<Row> analyses) {
        return analyses.select(col("article.origin").as("origin"), col("article.outlet").as("outlet"),
                        col("article.published").as("day"), explode(col("entities")).as("entity"))
                .groupBy(col("entity.name").as("actor"), col("entity.type").as("label"), col("outlet"), col("day"))
                .agg(countDistinct("origin").as("articles"), sum(expr("size(entity.mentions)")).as("mentions"));
    }

    /**
     * Speaker × outlet × day: quotes with a resolved speaker, named by the speaker entity's canonical name.
     * A document's entity ids are unique (e1, e2…), so each article's ids map to names once, and a quote's
     * speaker is looked up there. Filtering every entity for every quote with a lambda (which Spark
     * interprets rather than compiles) and carrying whole quotes took 1.5 times as long: 33.9 s against
     * 22.6 s over the 17,816 BBC articles' Parquet, one core, load average 12-14, same rows.
     */
    static Dataset<Row> speakers(Dataset<Row> analyses) {
        return analyses.select(col("article.origin").as("origin"), col("article.outlet").as("outlet"),
                        col("article.published").as("day"),
                        map_from_arrays(col("entities.id"), col("entities.name")).as("names"),
                        explode(col("quotes.speaker")).as("speaker_id"))
                .filter(col("speaker_id").isNotNull())
                .select(col("origin"), col("outlet"), col("day"),
                        element_at(col("names"), col("speaker_id")).as("speaker"))
                .groupBy(col("speaker"), col("outlet"), col("day"))
                .agg(count("*").as("quotes"), countDistinct("origin").as("articles"));
    }
}
