package org.lede.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.lede.pipeline.Pipeline;
import org.lede.store.CorpusStore;
import org.lede.store.SqliteLuceneStore;

/**
 * A server on a free loopback port over a new embedded corpus, and an HTTP client for it. The stories are
 * invented agency copy, posted through the API so the page shows what the real pipeline makes of them.
 */
final class ServerFixture implements AutoCloseable {
    static final String TOKEN = "test-token-2f9c41d07a6b";
    static final ObjectMapper JSON = new ObjectMapper();
    private static Pipeline pipeline;

    static final Map<String, String> RAID = story("Police raid opposition camp near Tirana", "Adriatic Press", "2023-06-21",
            "https://adriatic.example/raid",
            "TIRANA (Adriatic Press) – Albanian police raided a camp belonging to the People's Freedom Organisation of "
                    + "Iran (PFOI) on Tuesday, and at least one person was killed, officials were cited as saying.\n\n"
                    + "In a series of tweets, Iran's foreign ministry spokesman Nasser Karimi welcomed the raid, citing "
                    + "press reports that the group had planned attacks abroad, the state TV channel IRINN reported. "
                    + "\u201CThe terror group has no place in Europe,\u201D he wrote.\n\n"
                    + "\u201CWe will not be intimidated,\u201D said Behrouz Sadeghi, a spokesman for the group.");
    static final Map<String, String> TWEETS = story("Ministry hails crackdown on exiled group", "Gulf Wire", "2023-06-25",
            "https://gulfwire.example/crackdown",
            "DUBAI (Gulf Wire) - Iran's foreign ministry spokesman Nasser Karimi praised on Saturday a police "
                    + "operation against the PFOI in Albania, in a series of tweets relayed by the state TV channel "
                    + "IRINN.\n\nKarimi, citing press reports, said the group had trained \"hundreds of operatives\" "
                    + "at its camp outside Tirana.\n\n\"This cult has been protected by Western governments for too "
                    + "long,\" he added. \"These traitors and murderers, a gang of hypocrites, will never again spread "
                    + "their poison.\"");
    static final Map<String, String> COURT = story("Court upholds raid warrant", "Adriatic Press", "2023-07-04",
            "https://adriatic.example/court",
            "TIRANA (Adriatic Press) – A court in Tirana ruled on Monday that the police warrant for the raid on the "
                    + "camp was lawful. \u201CThe officers acted within the law,\u201D said judge Arben Dervishi.");

    final HttpClient client = HttpClient.newHttpClient();
    final CorpusStore store;
    final LedeServer server;

    ServerFixture(Path data, ServerSettings settings) {
        store = SqliteLuceneStore.open(data);
        server = new LedeServer(store, pipeline(), settings).start();
    }

    ServerFixture(Path data) {
        this(data, ServerSettings.loopback(0, TOKEN).withRequestsPerSecond(1000));
    }

    /** The models load once for all the server tests. */
    private static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = Pipeline.standard();
        }
        return pipeline;
    }

    static Map<String, String> story(String title, String outlet, String published, String url, String text) {
        return Map.of("title", title, "outlet", outlet, "published", published, "url", url, "text", text);
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts the article and returns its id. */
    String postStory(Map<String, String> story) throws IOException, InterruptedException {
        HttpResponse<String> response = post("/api/articles", JSON.writeValueAsString(story), TOKEN);
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("posting failed: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).get("id").asText();
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
