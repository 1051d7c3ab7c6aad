package org.lede.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lede.model.Analysis;
import org.lede.model.Article;
import org.lede.pipeline.Pipeline;
import org.lede.pipeline.Stage;
import org.lede.source.ArticleFiles;
import org.lede.source.ArticleReader;
import org.lede.source.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lede bench PATH}: how fast the full pipeline runs on a set of articles, on one thread and on N.
 * The articles are read first and warm-up passes run before anything is timed, so the figures are the
 * analysis alone at its steady speed, not file reading or the JIT compiler at work. One pass over a small
 * folder lasts about a second, too short for a figure that means anything on a shared machine, so the
 * warm-up and each timed run repeat the whole folder until a minimum time has passed.
 */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = "Measure analysis speed on a folder of articles (after warming up): articles/s, "
                + "tokens/s and peak heap, on one thread and on N threads.")
final class BenchCommand implements Callable<Integer> {
    private static final double MB = 1024.0 * 1024.0;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "A folder of .txt/.html/.htm articles, or one article.")
    Path path;

    @Option(names = "--threads", paramLabel = "N", description = "Threads of the parallel run (default: all cores).")
    Integer threads;

    @Option(names = "--json", description = "Print one JSON object with the figures instead of a table.")
    boolean json;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "5",
            description = "Repeat the folder in each timed run until at least S seconds have passed "
                    + "(default: ${DEFAULT-VALUE}; 0 for a single pass).")
    double seconds;

    @Option(names = "--warmup-seconds", paramLabel = "S", defaultValue = "5",
            description = "Warm up by repeating the folder until at least S seconds have passed "
                    + "(default: ${DEFAULT-VALUE}; 0 for a single pass).")
    double warmupSeconds;

    @Option(names = "--stages", description = "Also time each stage on one thread (CPU time, so other load on "
            + "the machine counts less) and print its share of the whole analysis.")
    boolean stages;

    /**
     * The figures of one timed run: {@code passes} whole passes over the folder's {@code articles};
     * {@code tokens} counts the tokens of every pass. {@code cpuSeconds} is the CPU time of the one thread
     * that did all the work, known only for a run on one thread (NaN otherwise): on a loaded machine it
     * moves far less than the wall-clock time, as waiting for a core does not count.
     */
    record Run(int threads, int articles, int passes, long tokens, double seconds, double cpuSeconds,
            double peakHeapMb) {
        double articlesPerSecond() {
            return (double) articles * passes / seconds;
        }

        double articlesPerCpuSecond() {
            return (double) articles * passes / cpuSeconds;
        }

        double tokensPerSecond() {
            return tokens / seconds;
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Article> articles = readAll(err);
        Pipeline pipeline = Pipeline.standard();
        int parallel = threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
        time(pipeline, articles, parallel, warmupSeconds);
        List<Run> runs = new ArrayList<>();
        runs.add(time(pipeline, articles, 1, seconds));
        if (parallel > 1) {
            runs.add(time(pipeline, articles, parallel, seconds));
        }
        Map<String, Double> shares = stages ? stageShares(pipeline, articles, seconds) : Map.of();
        out.print(json ? json(runs, shares) + "\n" : table(runs) + stageTable(shares));
        out.flush();
        return 0;
    }

    /**
     * Each stage's share of one thread's CPU time over every article, in pipeline order, over whole passes
     * until {@code minSeconds} have passed. The pipeline's own loop is run by hand here so each stage can be
     * timed alone.
     */
    private static Map<String, Double> stageShares(Pipeline pipeline, List<Article> articles, double minSeconds) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Map<String, Long> nanos = new LinkedHashMap<>();
        long start = System.nanoTime();
        do {
            for (Article article : articles) {
                Analysis analysis = Analysis.of(article);
                for (Stage stage : pipeline.stages()) {
                    long before = cpu.getCurrentThreadCpuTime();
                    analysis = stage.process(analysis);
                    nanos.merge(stage.name(), cpu.getCurrentThreadCpuTime() - before, Long::sum);
                }
            }
        } while (System.nanoTime() - start < minSeconds * 1e9);
        double total = nanos.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Double> shares = new LinkedHashMap<>();
        nanos.forEach((stage, time) -> shares.put(stage, total == 0 ? 0 : time / total));
        return shares;
    }

    private static String stageTable(Map<String, Double> shares) {
        StringBuilder text = new StringBuilder();
        if (!shares.isEmpty()) {
            text.append(String.format("%-20s  %s%n", "stage", "share of CPU time, 1 thread"));
        }
        shares.forEach((stage, share) -> text.append(String.format("%-20s  %5.1f%%%n", stage, 100 * share)));
        return text.toString();
    }

    private List<Article> readAll(PrintWriter err) {
        List<Path> files = Files.isDirectory(path) ? ArticleFiles.in(path) : List.of(path);
        ArticleReader reader = new ArticleReader(warning -> err.println("lede: warning: " + warning));
        List<Article> articles = new ArrayList<>();
        for (Path file : files) {
            try {
                articles.add(reader.read(file));
            } catch (InputException e) {
                err.println("lede: " + e.getMessage() + " (left out of the benchmark)");
            }
        }
        if (articles.isEmpty()) {
            throw new InputException(path.toString(), "no readable articles to benchmark");
        }
        return articles;
    }

    /** Whole passes over the articles on {@code threads} threads until at least {@code minSeconds} have passed. */
    private static Run time(Pipeline pipeline, List<Article> articles, int threads, double minSeconds)
            throws InterruptedException {
        System.gc();
        List<MemoryPoolMXBean> heap = heapPools();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        OrderedParallel parallel = new OrderedParallel(threads);
        // On one thread OrderedParallel does all the work on this thread, so its CPU time is the analysis's.
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[] tokens = {0};
        int passes = 0;
        long cpuStart = cpu.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        do {
            parallel.run(articles, article -> pipeline.analyze(article).tokens().size(), count -> tokens[0] += count);
            passes++;
        } while (System.nanoTime() - start < minSeconds * 1e9);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = threads == 1 ? (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9 : Double.NaN;
        // The sum of each pool's peak: an upper bound, since the pools need not peak at the same moment.
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return new Run(threads, articles.size(), passes, tokens[0], seconds, cpuSeconds, peak / MB);
    }

    private static List<MemoryPoolMXBean> heapPools() {
        List<MemoryPoolMXBean> pools = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                pools.add(pool);
            }
        }
        return pools;
    }

    private static String table(List<Run> runs) {
        Run last = runs.get(runs.size() - 1);
        StringBuilder text = new StringBuilder(String.format("lede bench: %d articles, %d tokens a pass, after warming up%n",
                last.articles(), last.tokens() / last.passes()));
        text.append(String.format("%7s  %6s  %8s  %11s  %15s  %11s  %12s%n", "threads", "passes", "seconds",
                "articles/s", "articles/CPU s", "tokens/s", "peak heap MB"));
        for (Run run : runs) {
            String perCpuSecond = Double.isNaN(run.cpuSeconds()) ? "-" : String.format("%.1f", run.articlesPerCpuSecond());
            text.append(String.format("%7d  %6d  %8.2f  %11.1f  %15s  %11.0f  %12.0f%n", run.threads(), run.passes(),
                    run.seconds(), run.articlesPerSecond(), perCpuSecond, run.tokensPerSecond(), run.peakHeapMb()));
        }
        return text.toString();
    }

    /** The parallel run's figures at the top, every run below, then each stage's share when timed. */
    private static String json(List<Run> runs, Map<String, Double> shares) {
        ObjectMapper mapper = new ObjectMapper();
        Run last = runs.get(runs.size() - 1);
        ObjectNode root = mapper.createObjectNode();
        root.put("articles", last.articles());
        root.put("tokens", last.tokens() / last.passes());
        root.put("threads", last.threads());
        root.put("articles_per_s", round(last.articlesPerSecond()));
        root.put("tokens_per_s", round(last.tokensPerSecond()));
        root.put("peak_heap_mb", round(runs.stream().mapToDouble(Run::peakHeapMb).max().orElse(0)));
        ArrayNode array = root.putArray("runs");
        for (Run run : runs) {
            ObjectNode node = array.addObject();
            node.put("threads", run.threads());
            node.put("seconds", Math.round(run.seconds() * 1000) / 1000.0);
            node.put("passes", run.passes());
            if (!Double.isNaN(run.cpuSeconds())) {
                node.put("cpu_seconds", Math.round(run.cpuSeconds() * 1000) / 1000.0);
                node.put("articles_per_cpu_s", round(run.articlesPerCpuSecond()));
            }
            node.put("articles_per_s", round(run.articlesPerSecond()));
            node.put("tokens_per_s", round(run.tokensPerSecond()));
            node.put("peak_heap_mb", round(run.peakHeapMb()));
        }
        if (!shares.isEmpty()) {
            ObjectNode stageShares = root.putObject("stage_cpu_share");
            shares.forEach((stage, share) -> stageShares.put(stage, Math.round(share * 1000) / 1000.0));
        }
        return root.toString();
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
