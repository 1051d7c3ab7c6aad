package org.lede.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.lede.json.AnalysisJson;
import org.lede.model.Article;
import org.lede.pipeline.Pipeline;
import org.lede.store.CorpusStore;
import org.lede.store.SearchQuery;

/**
 * A load test of the server on loopback: writers post articles through the API while readers search, for a
 * fixed time; then every article the server acknowledged is checked to be stored and searchable. Each post
 * is a distinct article (a marker word in its headline), so the check can find each one alone.
 */
public final class LoadTest {
    private static final String TOKEN_PREFIX = "load-test-";
    private static final double UNLIMITED_RATE = 1e9;

    private final List<Article> articles;
    private final Pipeline pipeline;
    private final Settings settings;
    private final String run = randomHex(3);
    private final ObjectMapper mapper = new ObjectMapper();

    /**
     * @param seconds  how long writers and readers run
     * @param preload  articles stored before the run (straight into the store), to measure search on a
     *                 corpus of that size
     */
    public record Settings(int seconds, int writers, int readers, int preload) {
    }

    /** Latencies of one kind of request. */
    public record Latencies(long requests, long failed, double perSecond, double p50Ms, double p95Ms, double p99Ms,
                            double maxMs) {
    }

    /**
     * @param storedBefore  articles in the corpus when the timed run began
     * @param acknowledged  posts the server answered 201 to
     * @param lost          acknowledged articles not stored or not found by their marker afterwards
     */
    public record Report(long storedBefore, Latencies ingest, Latencies search, long acknowledged, long lost,
                         long storedAfter) {
    }

    public LoadTest(List<Article> articles, Pipeline pipeline, Settings settings) {
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("the load test needs articles to post");
        }
        this.articles = List.copyOf(articles);
        this.pipeline = pipeline;
        this.settings = settings;
    }

    /** Preloads, runs the server and the clients, stops them and checks the corpus. */
    public Report run(CorpusStore store, IntConsumer preloaded) throws InterruptedException {
        preload(store, preloaded);
        long storedBefore = store.count();
        String token = TOKEN_PREFIX + run + "-" + randomHex(16);
        ServerSettings serverSettings = new ServerSettings(ServerSettings.LOOPBACK, 0, token,
                ServerSettings.DEFAULT_MAX_REQUEST_BYTES, UNLIMITED_RATE);
        Map<Integer, String> acknowledged = new ConcurrentHashMap<>();
        Recorder ingest = new Recorder();
        Recorder search = new Recorder();
        long started;
        long stopped;
        try (LedeServer server = new LedeServer(store, pipeline, serverSettings).start()) {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String base = "http://127.0.0.1:" + server.port();
            ExecutorService pool = Executors.newFixedThreadPool(settings.writers() + settings.readers());
            started = System.nanoTime();
            long deadline = started + Duration.ofSeconds(settings.seconds()).toNanos();
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> clients = new ArrayList<>();
            for (int w = 0; w < settings.writers(); w++) {
                clients.add(pool.submit(() -> write(client, base, token, next, deadline, ingest, acknowledged)));
            }
            for (int r = 0; r < settings.readers(); r++) {
                long seed = r;
                clients.add(pool.submit(() -> read(client, base, new Random(seed), deadline, search)));
            }
            for (Future<?> future : clients) {
                await(future);
            }
            stopped = System.nanoTime();
            pool.shutdown();
        }
        double seconds = (stopped - started) / 1e9;
        long lost = acknowledged.entrySet().stream()
                .filter(entry -> store.document(entry.getValue()).isEmpty()
                        || store.search(SearchQuery.text(marker("live", entry.getKey()))).hits().stream()
                                .noneMatch(hit -> hit.id().equals(entry.getValue())))
                .count();
        return new Report(storedBefore, ingest.latencies(seconds), search.latencies(seconds), acknowledged.size(), lost,
                store.count());
    }

    private void preload(CorpusStore store, IntConsumer preloaded) throws InterruptedException {
        if (settings.preload() <= 0) {
            return;
        }
        AnalysisJson json = new AnalysisJson();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (int n = next.getAndIncrement(); n < settings.preload(); n = next.getAndIncrement()) {
                    store.put(json.toJson(pipeline.analyze(variant(n, "pre"))));
                    preloaded.accept(done.incrementAndGet());
                }
            }));
        }
        for (Future<?> worker : workers) {
            await(worker);
        }
        pool.shutdown();
    }

    /** The n-th article posted: one of the given ones, made distinct by a marker word in its headline. */
    private Article variant(int n, String kind) {
        Article source = articles.get(n % articles.size());
        String title = (source.title() == null ? "Article" : source.title()) + " " + marker(kind, n);
        return new Article(source.text(), title, source.outlet(), source.published(), source.dateline(),
                "https://load-test.invalid/" + run + "/" + kind + "/" + n, source.language(), source.origin());
    }

    private String marker(String kind, int n) {
        return "lt" + run + kind + n;
    }

    private void write(HttpClient client, String base, String token, AtomicInteger next, long deadline,
                       Recorder recorder, Map<Integer, String> acknowledged) {
        while (System.nanoTime() < deadline) {
            int n = next.getAndIncrement();
            Article article = variant(n, "live");
            Map<String, String> body = new LinkedHashMap<>();
            body.put("title", article.title());
            body.put("text", article.text());
            body.put("outlet", article.outlet());
            body.put("published", article.published() == null ? null : article.published().toString());
            body.put("url", article.url());
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json(body)))
                    .build();
            long start = System.nanoTime();
            HttpResponse<String> response = send(client, request);
            boolean stored = response != null && response.statusCode() == 201;
            recorder.record(System.nanoTime() - start, stored);
            if (stored) {
                try {
                    acknowledged.put(n, mapper.readTree(response.body()).get("id").asText());
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("the server acknowledged with a body that is not JSON", e);
                }
            }
        }
    }

    private void read(HttpClient client, String base, Random random, long deadline, Recorder recorder) {
        while (System.nanoTime() < deadline) {
            String words = queryWords(random);
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/search?q="
                    + URLEncoder.encode(words, StandardCharsets.UTF_8))).build();
            long start = System.nanoTime();
            HttpResponse<String> response = send(client, request);
            recorder.record(System.nanoTime() - start, response != null && response.statusCode() == 200);
        }
    }

    /** One or two words of a headline, as a person would search. */
    private String queryWords(Random random) {
        Article article = articles.get(random.nextInt(articles.size()));
        String[] words = (article.title() == null ? article.text() : article.title()).split("\\W+");
        List<String> usable = Arrays.stream(words).filter(word -> word.length() > 3).toList();
        if (usable.isEmpty()) {
            return "news";
        }
        String first = usable.get(random.nextInt(usable.size()));
        return random.nextBoolean() ? first : first + " " + usable.get(random.nextInt(usable.size()));
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(Future<?> future) throws InterruptedException {
        try {
            future.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a load test client failed: " + e.getCause(), e.getCause());
        }
    }

    /** Latencies of successful requests and the count of failed ones, from many threads. */
    private static final class Recorder {
        private final List<Long> nanos = new ArrayList<>();
        private long failed;

        synchronized void record(long elapsed, boolean succeeded) {
            if (succeeded) {
                nanos.add(elapsed);
            } else {
                failed++;
            }
        }

        synchronized Latencies latencies(double seconds) {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            return new Latencies(sorted.length, failed, sorted.length / seconds, percentile(sorted, 0.50),
                    percentile(sorted, 0.95), percentile(sorted, 0.99), percentile(sorted, 1.0));
        }

        private static double percentile(long[] sorted, double fraction) {
            if (sorted.length == 0) {
                return 0;
            }
            int index = (int) Math.ceil(fraction * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }
    }
}
