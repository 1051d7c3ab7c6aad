package org.lede.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.lede.json.AnalysisJson;
import org.lede.model.Article;
import org.lede.pipeline.Pipeline;
import org.lede.store.ContentHash;
import org.lede.store.CorpusStore;
import org.lede.store.EventQuery;
import org.lede.store.PutResult;
import org.lede.store.SearchQuery;
import org.lede.store.StoreException;

/**
 * The HTTP API over a corpus and the web page that uses it (docs/openapi.yaml describes the API). Routes are
 * plain handlers; the page is static files that only ever call this API.
 *
 * <p>Everything a client sends is treated as hostile: articles are stored as data and shown by the page as
 * text only, every response carries a Content-Security-Policy that allows no inline script or style and no
 * other origin, writes need the API token, and request size and rate are limited per client.
 */
public final class LedeServer implements AutoCloseable {
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY",
            "Cross-Origin-Opener-Policy", "same-origin");
    private static final String JSON = "application/json; charset=utf-8";
    private static final int MAX_NAME_LENGTH = 200;
    private static final int ANALYSIS_WAIT_SECONDS = 30;
    /** One recompute request may not make the server cluster years of articles at once. */
    private static final int MAX_RECLUSTER_DAYS = 366;
    private static final System.Logger LOG = System.getLogger(LedeServer.class.getName());

    private final ObjectMapper mapper = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    private final AnalysisJson analysisJson = new AnalysisJson();
    private final CorpusStore store;
    private final Pipeline pipeline;
    private final ServerSettings settings;
    private final RateLimiter limiter;
    private final byte[] token;
    /** Analyses at once: beyond the cores they only queue, each holding its article's memory meanwhile. */
    private final Semaphore analysisSlots = new Semaphore(2 * Runtime.getRuntime().availableProcessors());
    private final Javalin app;

    public LedeServer(CorpusStore store, Pipeline pipeline, ServerSettings settings) {
        this.store = store;
        this.pipeline = pipeline;
        this.settings = settings;
        this.limiter = new RateLimiter(settings.requestsPerSecond());
        this.token = settings.apiToken().getBytes(StandardCharsets.UTF_8);
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/org/lede/server/web";
                files.location = Location.CLASSPATH;
                files.headers = SECURITY_HEADERS;
            });
        });
        app.before(this::guard);
        app.get("/api/search", this::search);
        app.get("/api/articles/{id}", this::article);
        app.post("/api/articles", this::postArticle);
        app.get("/api/entities/{name}", this::entity);
        app.get("/api/claims", this::claims);
        app.get("/api/events", this::events);
        app.get("/api/clusters", this::clusters);
        app.get("/api/clusters/{id}", this::cluster);
        app.get("/api/articles/{id}/cluster", this::clusterOfArticle);
        app.post("/api/clusters/recompute", this::recluster);
        app.get("/api/health", ctx -> json(ctx, Map.of("status", "ok", "articles", store.count())));
        app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        app.exception(StoreException.class, (e, ctx) -> error(ctx, 503, "the corpus cannot answer: " + e.getMessage()));
        // Javalin's own refusals keep their status instead of falling to the catch-all below.
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            // A bug: the client learns that much, the log the details, nobody a stack trace in a response.
            LOG.log(System.Logger.Level.ERROR, ctx.method() + " " + ctx.path() + " failed", e);
            error(ctx, 500, "the server failed on this request; the server log has the details");
        });
        app.error(404, ctx -> {
            // Routes that refuse with 404 have said why in JSON already; a path with no route has not.
            String type = ctx.res().getContentType();
            if (ctx.path().startsWith("/api/") && (type == null || !type.startsWith("application/json"))) {
                error(ctx, 404, "no such route: " + ctx.path());
            }
        });
    }

    /** Starts listening; returns once requests are served. */
    public LedeServer start() {
        app.start(settings.host(), settings.port());
        return this;
    }

    /** The port listened on, useful when the settings asked for any free one. */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    /** Headers, rate and size limits and the token check, before any route runs. */
    private void guard(Context ctx) {
        SECURITY_HEADERS.forEach(ctx::header);
        if (!ctx.path().startsWith("/api/")) {
            return;
        }
        if (!limiter.allow(ctx.ip())) {
            ctx.header("Retry-After", Long.toString(limiter.retryAfterSeconds()));
            throw new ApiException(429, "too many requests; slow down");
        }
        if (ctx.contentLength() > settings.maxRequestBytes()) {
            throw new ApiException(413, "the request body is over " + settings.maxRequestBytes() + " bytes");
        }
        if (!"GET".equals(ctx.method().name()) && !"HEAD".equals(ctx.method().name()) && !authorized(ctx)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "writing needs the API token: send Authorization: Bearer <token>");
        }
    }

    private boolean authorized(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        byte[] given = header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
        // Compared in constant time, so the token cannot be guessed byte by byte from response times.
        return MessageDigest.isEqual(given, token);
    }

    private void search(Context ctx) {
        SearchQuery query = new SearchQuery(ctx.queryParam("q"), name(ctx, "outlet"), date(ctx, "from"), date(ctx, "to"),
                name(ctx, "entity"), name(ctx, "speaker"), name(ctx, "technique"),
                number(ctx, "limit", SearchQuery.DEFAULT_LIMIT),
                number(ctx, "offset", 0));
        json(ctx, store.search(query));
    }

    private void article(Context ctx) {
        String id = articleId(ctx);
        String document = store.document(id).orElseThrow(() -> new ApiException(404, "no article " + id));
        ctx.contentType(JSON).result(document);
    }

    /** Analyses the posted article and stores it; the response acknowledges it only once it is stored. */
    private void postArticle(Context ctx) {
        JsonNode body;
        try {
            body = mapper.readTree(boundedBody(ctx));
        } catch (IOException e) {
            throw new ApiException(400, "the body is not JSON: " + (e instanceof JsonProcessingException json
                    ? json.getOriginalMessage() : e.getMessage()));
        }
        if (body == null || !body.isObject() || !body.path("text").isTextual() || body.path("text").asText().isBlank()) {
            throw new ApiException(400, "send a JSON object with the article's \"text\" "
                    + "(and optionally title, outlet, published as YYYY-MM-DD, url)");
        }
        Article article = new Article(body.get("text").asText(), optional(body, "title"), optional(body, "outlet"),
                publishedDate(optional(body, "published")), null, optional(body, "url"), "en", "POST /api/articles");
        PutResult result = store.put(analyse(article));
        ctx.status(result.outcome() == PutResult.Outcome.STORED ? 201 : 200);
        json(ctx, Map.of("id", result.articleId(), "outcome", result.outcome().name().toLowerCase()));
    }

    /**
     * The request body, read no further than the size limit: a body sent in chunks has no Content-Length
     * for the guard to refuse it by.
     */
    private byte[] boundedBody(Context ctx) {
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 1, settings.maxRequestBytes() + 1));
            if (body.length > settings.maxRequestBytes()) {
                throw new ApiException(413, "the request body is over " + settings.maxRequestBytes() + " bytes");
            }
            return body;
        } catch (IOException e) {
            throw new ApiException(400, "the request body could not be read: " + e.getMessage());
        }
    }

    private ObjectNode analyse(Article article) {
        try {
            if (!analysisSlots.tryAcquire(ANALYSIS_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new ApiException(503, "the server is busy analysing other articles; try again shortly");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "the server is stopping");
        }
        try {
            return analysisJson.toJson(pipeline.analyze(article));
        } finally {
            analysisSlots.release();
        }
    }

    private void entity(Context ctx) {
        String name = ctx.pathParam("name");
        if (name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new ApiException(400, "an entity name has 1 to " + MAX_NAME_LENGTH + " characters");
        }
        json(ctx, store.entity(name).orElseThrow(() -> new ApiException(404, "no article mentions " + name)));
    }

    private void claims(Context ctx) {
        String phrase = name(ctx, "resting_on");
        if (phrase == null) {
            throw new ApiException(400, "say what the claims rest on: /api/claims?resting_on=officials");
        }
        json(ctx, store.claimsRestingOn(phrase, number(ctx, "limit", SearchQuery.DEFAULT_LIMIT)));
    }

    private void events(Context ctx) {
        json(ctx, store.events(new EventQuery(name(ctx, "type"), name(ctx, "place"), date(ctx, "from"), date(ctx, "to"),
                number(ctx, "limit", SearchQuery.DEFAULT_LIMIT), number(ctx, "offset", 0))));
    }

    private void clusters(Context ctx) {
        json(ctx, Map.of("clusters", store.clusters(date(ctx, "from"), date(ctx, "to"),
                number(ctx, "limit", SearchQuery.DEFAULT_LIMIT))));
    }

    private void cluster(Context ctx) {
        String id = articleId(ctx);
        json(ctx, store.cluster(id).orElseThrow(() -> new ApiException(404, "no event cluster " + id)));
    }

    private void clusterOfArticle(Context ctx) {
        String id = articleId(ctx);
        String cluster = store.clusterOf(id).orElseThrow(() -> new ApiException(404, store.document(id).isPresent()
                ? "article " + id + " is in no event cluster" : "no article " + id));
        json(ctx, store.cluster(cluster).orElseThrow(() -> new ApiException(404, "no event cluster " + cluster)));
    }

    /** Recomputes the clusters over a date range: articles posted to the API join clusters this way. */
    private void recluster(Context ctx) {
        LocalDate from = date(ctx, "from");
        LocalDate to = date(ctx, "to");
        if (from == null || to == null || to.isBefore(from)) {
            throw new ApiException(400, "say which publication dates to recompute: ?from=YYYY-MM-DD&to=YYYY-MM-DD");
        }
        if (from.plusDays(MAX_RECLUSTER_DAYS).isBefore(to)) {
            throw new ApiException(400, "recompute at most " + MAX_RECLUSTER_DAYS + " days at once");
        }
        json(ctx, Map.of("clusters", store.recluster(from, to)));
    }

    /** An article id in the path (cluster ids are the id of their first article). */
    private static String articleId(Context ctx) {
        String id = ctx.pathParam("id");
        if (!ContentHash.isArticleId(id)) {
            throw new ApiException(400, "an article or cluster id is 16 hexadecimal digits");
        }
        return id;
    }

    private void json(Context ctx, Object value) {
        try {
            ctx.contentType(JSON).result(mapper.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a response could not be written as JSON", e);
        }
    }

    private void error(Context ctx, int status, String message) {
        ctx.status(status);
        json(ctx, Map.of("error", message));
    }

    private static String name(Context ctx, String parameter) {
        String value = ctx.queryParam(parameter);
        if (value != null && value.length() > MAX_NAME_LENGTH) {
            throw new ApiException(400, parameter + " is longer than " + MAX_NAME_LENGTH + " characters");
        }
        return value;
    }

    private static int number(Context ctx, String parameter, int fallback) {
        String value = ctx.queryParam(parameter);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < 0) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new ApiException(400, parameter + " must be a whole number of zero or more, not " + value);
        }
    }

    private static LocalDate date(Context ctx, String parameter) {
        String value = ctx.queryParam(parameter);
        return value == null || value.isBlank() ? null : parseDate(parameter, value);
    }

    private static LocalDate publishedDate(String value) {
        return value == null ? null : parseDate("published", value);
    }

    private static LocalDate parseDate(String parameter, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ApiException(400, parameter + " must be a date as YYYY-MM-DD, not " + value);
        }
    }

    private static String optional(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }
}
