package org.lede.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestLimitsTest {
    @TempDir
    Path data;

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        ServerSettings small = new ServerSettings(ServerSettings.LOOPBACK, 0, ServerFixture.TOKEN, 1_000, 1000);
        try (ServerFixture fixture = new ServerFixture(data, small)) {
            String big = "{\"text\": \"" + "word ".repeat(400) + "\"}";

            HttpResponse<String> response = fixture.post("/api/articles", big, ServerFixture.TOKEN);

            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(fixture.store.count()).isZero();

            // Sent in chunks, the body has no length to refuse it by: it is cut off as it is read.
            HttpRequest chunked = HttpRequest.newBuilder(URI.create(fixture.base() + "/api/articles"))
                    .header("Authorization", "Bearer " + ServerFixture.TOKEN)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(
                            () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                    .build();
            HttpResponse<String> streamed = fixture.client.send(chunked, HttpResponse.BodyHandlers.ofString());

            assertThat(streamed.statusCode()).isEqualTo(413);
            assertThat(ServerFixture.json(streamed).has("error")).isTrue();
            assertThat(fixture.store.count()).isZero();
        }
    }

    @Test
    void aClientOverItsRateIsToldToWait() throws Exception {
        // One request per ten seconds: however slow the machine, the next requests come too soon.
        ServerSettings slow = ServerSettings.loopback(0, ServerFixture.TOKEN).withRequestsPerSecond(0.1);
        try (ServerFixture fixture = new ServerFixture(data, slow)) {
            int[] statuses = new int[3];
            HttpResponse<String> last = null;
            for (int i = 0; i < statuses.length; i++) {
                last = fixture.get("/api/health");
                statuses[i] = last.statusCode();
            }

            assertThat(statuses).containsExactly(200, 429, 429);
            assertThat(last.headers().firstValue("Retry-After")).hasValue("10");
            assertThat(ServerFixture.json(last).get("error").asText()).isEqualTo("too many requests; slow down");
        }
    }
}
