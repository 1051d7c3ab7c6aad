package org.lede.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
        }
    }

    @Test
    void aClientOverItsRateIsToldToWait() throws Exception {
        ServerSettings slow = ServerSettings.loopback(0, ServerFixture.TOKEN).withRequestsPerSecond(1);
        try (ServerFixture fixture = new ServerFixture(data, slow)) {
            int[] statuses = new int[4];
            HttpResponse<String> last = null;
            for (int i = 0; i < statuses.length; i++) {
                last = fixture.get("/api/health");
                statuses[i] = last.statusCode();
            }

            // A burst of two passes; the rest of a burst within the same second waits.
            assertThat(statuses).startsWith(200, 200).contains(429);
            assertThat(last.headers().firstValue("Retry-After")).hasValue("1");
        }
    }
}
