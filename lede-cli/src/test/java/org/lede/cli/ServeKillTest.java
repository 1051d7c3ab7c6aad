package org.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lede.store.SearchQuery;
import org.lede.store.SqliteLuceneStore;

/**
 * Kills {@code lede serve} (SIGKILL, no shutdown of any kind) while clients are posting articles, then opens
 * its data folder: every article the server acknowledged must be stored and searchable, and every stored
 * article must be whole (found by its words, its speaker and its entity), not half-written.
 */
class ServeKillTest {
    private static final String TOKEN = "kill-test-token-5be2a19c";
    private static final Pattern LISTENING = Pattern.compile("at http://127\\.0\\.0\\.1:(\\d+)/");
    private static final int ACKNOWLEDGED_BEFORE_KILL = 40;

    @TempDir
    Path data;

    @Test
    void killingTheServerMidIngestLosesNothingItAcknowledged() throws Exception {
        Process server = startServer();
        int port = awaitPort(server);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<Integer, String> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int c = 0; c < 4; c++) {
            clients.submit(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    int n = next.getAndIncrement();
                    try {
                        HttpResponse<String> response = client.send(post(port, n), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 201) {
                            Matcher id = Pattern.compile("\"id\":\"([0-9a-f]{16})\"").matcher(response.body());
                            acknowledged.put(n, id.find() ? id.group(1) : "?");
                        }
                    } catch (Exception e) {
                        return null; // the server is gone
                    }
                }
                return null;
            });
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        clients.shutdownNow();
        clients.awaitTermination(10, TimeUnit.SECONDS);
        Map<Integer, String> acknowledgedAtKill = Map.copyOf(acknowledged);
        assertThat(acknowledgedAtKill).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);

        try (SqliteLuceneStore store = SqliteLuceneStore.open(data)) {
            for (Map.Entry<Integer, String> article : acknowledgedAtKill.entrySet()) {
                assertThat(store.document(article.getValue())).as("article %d", article.getKey()).isPresent();
                assertThat(store.search(SearchQuery.text(marker(article.getKey()))).total())
                        .as("article %d searchable", article.getKey()).isEqualTo(1);
            }
            // Whatever else is stored (posted but not yet acknowledged when the server died) is whole too.
            long stored = store.count();
            assertThat(stored).isGreaterThanOrEqualTo(acknowledgedAtKill.size());
            assertThat(store.search(SearchQuery.text("harbour")).total()).isEqualTo(stored);
            assertThat(store.search(SearchQuery.all().speaker("Arta Hoxha")).total()).isEqualTo(stored);
            assertThat(store.entity("Arta Hoxha").orElseThrow().articles()).isEqualTo(stored);
        }
    }

    private Process startServer() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Lede.class.getName(), "serve", "--data", data.toString(),
                "--port", "0", "--rate", "100000"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LEDE_API_TOKEN", TOKEN);
        return builder.start();
    }

    /** Reads the server's output until it says where it listens. */
    private static int awaitPort(Process server) throws Exception {
        BufferedReader output = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = output.readLine()) != null) {
            Matcher matcher = LISTENING.matcher(line);
            if (matcher.find()) {
                // Keep draining, so the server never blocks on a full pipe.
                Thread drain = new Thread(() -> output.lines().forEach(ignored -> { }));
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(matcher.group(1));
            }
        }
        throw new IllegalStateException("the server stopped before listening");
    }

    private static String marker(int n) {
        return "killtest" + n;
    }

    private static HttpRequest post(int port, int n) {
        String body = "{\"title\": \"Harbour bulletin " + marker(n) + "\", \"outlet\": \"Adriatic Press\", "
                + "\"published\": \"2024-05-0" + (1 + n % 9) + "\", \"text\": \"DURRES (Adriatic Press) - The harbour "
                + "reopened on Monday after bulletin " + n + ". \\\"Ships are moving again,\\\" said Arta Hoxha, the port "
                + "spokeswoman.\"}";
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/articles"))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }
}
