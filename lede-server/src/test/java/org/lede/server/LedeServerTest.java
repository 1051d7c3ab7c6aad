package org.lede.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lede.server.ServerFixture.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedeServerTest {
    @TempDir
    static Path data;
    static ServerFixture fixture;
    static String raidId;
    static String tweetsId;

    @BeforeAll
    static void start() throws Exception {
        fixture = new ServerFixture(data);
        raidId = fixture.postStory(ServerFixture.RAID);
        tweetsId = fixture.postStory(ServerFixture.TWEETS);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void postedArticleIsStoredAnalysedAndServedAsItsLede1Document() throws Exception {
        JsonNode document = json(fixture.get("/api/articles/" + raidId));

        assertThat(document.get("schema").asText()).isEqualTo("lede/1");
        assertThat(document.at("/article/outlet").asText()).isEqualTo("Adriatic Press");
        assertThat(document.at("/article/published").asText()).isEqualTo("2023-06-21");
        assertThat(document.get("quotes").findValuesAsText("text")).contains("The terror group has no place in Europe");
    }

    @Test
    void postingTheSameArticleAgainChangesNothing() throws Exception {
        long before = fixture.store.count();

        HttpResponse<String> again = fixture.post("/api/articles", ServerFixture.JSON.writeValueAsString(ServerFixture.RAID),
                ServerFixture.TOKEN);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).get("outcome").asText()).isEqualTo("unchanged");
        assertThat(json(again).get("id").asText()).isEqualTo(raidId);
        assertThat(fixture.store.count()).isEqualTo(before);
    }

    @Test
    void eventClustersAreRecomputedOnRequestAndServedSideBySide() throws Exception {
        String range = "/api/clusters/recompute?from=2023-06-01&to=2023-06-30";

        HttpResponse<String> refused = fixture.post(range, "", null);
        JsonNode recomputed = json(fixture.post(range, "", ServerFixture.TOKEN));
        JsonNode clusters = json(fixture.get("/api/clusters"));
        JsonNode cluster = json(fixture.get("/api/articles/" + raidId + "/cluster"));

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(recomputed.get("clusters").asInt()).isEqualTo(1);
        assertThat(clusters.at("/clusters/0/id").asText()).isEqualTo(raidId);
        assertThat(clusters.at("/clusters/0/outlets").asInt()).isEqualTo(2);
        assertThat(cluster.get("reports").findValuesAsText("outlet")).containsExactly("Adriatic Press", "Gulf Wire");
        assertThat(cluster.get("actors").findValuesAsText("name")).contains("Nasser Karimi");
        assertThat(json(fixture.get("/api/clusters/" + raidId))).isEqualTo(cluster);
        assertThat(fixture.get("/api/clusters/not-an-id").statusCode()).isEqualTo(400);
        assertThat(fixture.get("/api/clusters/0000000000000000").statusCode()).isEqualTo(404);
        assertThat(fixture.post("/api/clusters/recompute?from=2023-06-30&to=2023-06-01", "", ServerFixture.TOKEN)
                .statusCode()).isEqualTo(400);
    }

    @Test
    void eventsAndTechniquesAreQueriedFromTheAnalysedArticles() throws Exception {
        JsonNode document = json(fixture.get("/api/articles/" + raidId));
        JsonNode event = document.get("events").get(0);
        // Which of the two stories the framing model finds a technique in is the model's business; the route
        // must find the story that carries it.
        JsonNode tweets = json(fixture.get("/api/articles/" + tweetsId));
        String framedId = document.at("/frames/0").isMissingNode() ? tweetsId : raidId;
        String technique = (framedId.equals(raidId) ? document : tweets).at("/frames/0/technique").asText();
        assertThat(technique).isNotEmpty();

        JsonNode events = json(fixture.get("/api/events?type=" + event.get("type").asText().toLowerCase()
                + "&from=2023-06-01&to=2023-06-30&limit=100"));
        JsonNode search = json(fixture.get("/api/search?technique=" + URLEncoder.encode(technique, StandardCharsets.UTF_8)));

        assertThat(events.get("total").asInt()).isPositive();
        assertThat(events.get("events").findValuesAsText("article_id")).contains(raidId);
        assertThat(events.get("events").findValuesAsText("type")).containsOnly(event.get("type").asText());
        assertThat(search.get("hits").findValuesAsText("id")).contains(framedId);
        assertThat(search.get("techniques").findValuesAsText("value")).contains(technique);
        assertThat(fixture.get("/api/events?from=yesterday").statusCode()).isEqualTo(400);
    }

    @Test
    void searchEntityAndProvenanceRoutesAnswerFromTheCorpus() throws Exception {
        JsonNode search = json(fixture.get("/api/search?q=raid&outlet=adriatic%20press"));
        JsonNode karimi = json(fixture.get("/api/entities/nasser%20karimi"));
        JsonNode claims = json(fixture.get("/api/claims?resting_on=press%20reports"));

        assertThat(search.get("total").asInt()).isEqualTo(1);
        assertThat(search.at("/hits/0/id").asText()).isEqualTo(raidId);
        assertThat(search.get("outlets").toString()).contains("Adriatic Press");
        assertThat(karimi.get("name").asText()).isEqualTo("Nasser Karimi");
        assertThat(karimi.get("articles").asInt()).isEqualTo(2);
        assertThat(karimi.get("quoted_by").toString()).contains("IRINN");
        assertThat(claims.get("total").asInt()).isPositive();
        assertThat(claims.at("/claims/0/chain").toString()).contains("press reports");
    }

    @Test
    void writingWithoutTheRightTokenIsRefusedAndStoresNothing() throws Exception {
        long before = fixture.store.count();
        String body = ServerFixture.JSON.writeValueAsString(Map.of("text", "An unsigned story about a harbour."));

        HttpResponse<String> none = fixture.post("/api/articles", body, null);
        HttpResponse<String> wrong = fixture.post("/api/articles", body, "not-the-token-at-all");

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(json(wrong).get("error").asText()).contains("API token");
        assertThat(fixture.store.count()).isEqualTo(before);
    }

    @Test
    void badRequestsAreOneLineErrorsNotStackTraces() throws Exception {
        HttpResponse<String> notJson = fixture.post("/api/articles", "{text: oops", ServerFixture.TOKEN);
        HttpResponse<String> noText = fixture.post("/api/articles", "{\"title\": \"Headline only\"}", ServerFixture.TOKEN);
        HttpResponse<String> badDate = fixture.get("/api/search?from=yesterday");
        HttpResponse<String> badLimit = fixture.get("/api/search?limit=-3");
        HttpResponse<String> missing = fixture.get("/api/articles/00000000000000ff");
        HttpResponse<String> noRoute = fixture.get("/api/nothing-here");

        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(json(noText).get("error").asText()).contains("\"text\"");
        assertThat(json(badDate).get("error").asText()).isEqualTo("from must be a date as YYYY-MM-DD, not yesterday");
        assertThat(badLimit.statusCode()).isEqualTo(400);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(noRoute.statusCode()).isEqualTo(404);
        assertThat(json(noRoute).get("error").asText()).contains("/api/nothing-here");
    }

    @Test
    void noPathReachesAFileOutsideTheWebAssets() throws Exception {
        HttpResponse<String> encoded = fixture.get("/api/articles/..%2F..%2F..%2Fetc%2Fpasswd");
        HttpResponse<String> dotted = fixture.get("/%2e%2e/%2e%2e/%2e%2e/etc/passwd");

        assertThat(encoded.statusCode()).isEqualTo(400);
        assertThat(dotted.statusCode()).isIn(400, 404);
        assertThat(dotted.body()).doesNotContain("root:");
    }

    @Test
    void everyResponseCarriesAStrictContentSecurityPolicy() throws Exception {
        for (String path : new String[] {"/", "/app.js", "/api/health", "/api/articles/00000000000000ff"}) {
            HttpResponse<String> response = fixture.get(path);

            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValue(LedeServer.CONTENT_SECURITY_POLICY);
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        }
        assertThat(LedeServer.CONTENT_SECURITY_POLICY).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    }

    @Test
    void theApiDescriptionIsServed() throws Exception {
        HttpResponse<String> spec = fixture.get("/openapi.yaml");

        assertThat(spec.statusCode()).isEqualTo(200);
        assertThat(spec.body()).contains("/api/search:").contains("/api/articles/{id}:").contains("/api/events:")
                .contains("/api/clusters:").contains("/api/clusters/{id}:").contains("/api/articles/{id}/cluster:")
                .contains("/api/clusters/recompute:");
    }
}
