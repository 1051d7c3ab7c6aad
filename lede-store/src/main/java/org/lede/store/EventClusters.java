package org.lede.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.lede.cluster.ActorNames;
import org.lede.cluster.ArticleClusterer;
import org.lede.model.Analysis;
import org.lede.model.EntityLabel;
import org.lede.store.EventCluster.Actor;
import org.lede.store.EventCluster.Label;
import org.lede.store.EventCluster.Report;
import org.lede.store.EventCluster.Summary;
import org.lede.store.EventCluster.Wording;

/**
 * The stored clusters of articles that report the same event: computed by {@link ArticleClusterer} over the
 * stored documents of a date window, and read back side by side. Same SQL for SQLite and PostgreSQL.
 *
 * <p>Clustering is over all articles at once (average linkage), so a new article can regroup its
 * neighbours: {@link #recluster} recomputes every cluster that has an article in the window, widened by the
 * clusterer's date window on each side and then to the whole of every cluster it touches. Undated articles
 * are never clustered: without a date the window cannot bound what they are compared with.
 */
final class EventClusters {
    static final int WINDOW_DAYS = ArticleClusterer.DEFAULT_WINDOW_DAYS;
    /**
     * The most articles clustered in one go: the clusterer compares every pair (a matrix of doubles). A
     * longer window is clustered in runs of whole days up to this size, so articles of different runs are
     * not grouped; a single day over it is cut in publication order.
     */
    static final int MAX_ARTICLES_PER_RUN = 2_000;

    /** Groups one run of analyses into clusters, as lists of indices into the run. */
    interface Clustering {
        List<List<Integer>> cluster(List<Analysis> analyses);
    }

    private final CorpusTables tables;
    private final Dialect dialect;
    private final Clustering clustering;
    private final ObjectMapper mapper = new ObjectMapper();

    EventClusters(CorpusTables tables, Dialect dialect) {
        this(tables, dialect, new ArticleClusterer(ArticleClusterer.DEFAULT_THRESHOLD, WINDOW_DAYS)::cluster);
    }

    EventClusters(CorpusTables tables, Dialect dialect, Clustering clustering) {
        this.tables = tables;
        this.dialect = dialect;
        this.clustering = clustering;
    }

    private record Stored(long seq, String id, String outlet, String published, JsonNode document) {
    }

    /**
     * How often a recomputation starts again because other writers changed the articles it read before it
     * could store its clusters; each new attempt reads what they wrote.
     */
    static final int ATTEMPTS = 5;

    /**
     * Recomputes the clusters of the articles published in [from, to]; returns how many clusters it stored.
     * The clustering, which takes seconds, reads outside any transaction, so writers are not held up by it;
     * only the replacement of the window's clusters is one (short) write transaction. That transaction
     * first checks that the window and its articles are still what the clustering read: an article stored
     * meanwhile, or another recomputation that widened a cluster, would otherwise be overwritten by stale
     * clusters; then this one starts again.
     */
    int recluster(LocalDate from, LocalDate to) {
        String what = "clustering the articles of " + from + " to " + to;
        String first = from.minusDays(WINDOW_DAYS).toString();
        String last = to.plusDays(WINDOW_DAYS).toString();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            String[] range = tables.query(what, connection -> widened(connection, first, last));
            List<Stored> articles = tables.query(what, connection -> articles(connection, range));
            List<List<Stored>> clusters = cluster(articles);
            List<Long> read = articles.stream().map(Stored::seq).toList();
            Integer stored;
            try {
                stored = tables.transaction(connection -> {
                    lockClusters(connection);
                    if (!Arrays.equals(widened(connection, first, last), range)
                            || !seqs(connection, range).equals(read)) {
                        return null;
                    }
                    replace(connection, range, clusters);
                    return clusters.size();
                });
            } catch (SQLException e) {
                throw CorpusTables.failure(what, e);
            }
            if (stored != null) {
                return stored;
            }
        }
        throw new StoreException(what + ": other writers changed these articles during each of " + ATTEMPTS
                + " attempts; run the recomputation again when fewer articles are being stored", null);
    }

    private List<List<Stored>> cluster(List<Stored> articles) {
        List<List<Stored>> clusters = new ArrayList<>();
        StoredAnalysis reader = new StoredAnalysis();
        for (List<Stored> run : runs(articles)) {
            List<Analysis> analyses = run.stream().map(a -> reader.read(a.document())).toList();
            for (List<Integer> members : clustering.cluster(analyses)) {
                if (members.size() > 1) {
                    clusters.add(members.stream().map(run::get).toList());
                }
            }
        }
        return clusters;
    }

    /**
     * Takes the write lock for the rest of the transaction, before the check that the articles are unchanged,
     * so nothing can change them between that check and the write. Two recomputations of overlapping windows
     * are serialised by it too (they would insert the same members).
     */
    private void lockClusters(Connection connection) throws SQLException {
        try (Statement lock = connection.createStatement()) {
            // SQLite takes its one write lock at a transaction's first write statement, even one that
            // changes no row; until then a transaction only reads.
            lock.execute(dialect == Dialect.POSTGRESQL ? "LOCK TABLE clusters IN EXCLUSIVE MODE"
                    : "DELETE FROM clusters WHERE 0 = 1");
        }
    }

    /** The sequence numbers of the articles in the range, in the order {@link #articles} reads them. */
    private static List<Long> seqs(Connection connection, String[] range) throws SQLException {
        return inRange(connection, range, "seq", rows -> rows.getLong(1));
    }

    /** The range widened until it holds the whole of every stored cluster with an article in it. */
    private static String[] widened(Connection connection, String first, String last) throws SQLException {
        String[] range = {first, last};
        while (true) {
            try (PreparedStatement select = connection.prepareStatement("SELECT MIN(first_published), "
                    + "MAX(last_published) FROM clusters WHERE cluster_id IN (SELECT c.cluster_id FROM cluster_articles c "
                    + "JOIN articles a ON a.id = c.article_id WHERE a.published BETWEEN ? AND ?)")) {
                select.setString(1, range[0]);
                select.setString(2, range[1]);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    String low = rows.getString(1);
                    String high = rows.getString(2);
                    if (low == null || (low.compareTo(range[0]) >= 0 && high.compareTo(range[1]) <= 0)) {
                        return range;
                    }
                    range = new String[] {min(low, range[0]), max(high, range[1])};
                }
            }
        }
    }

    private List<Stored> articles(Connection connection, String[] range) throws SQLException {
        return inRange(connection, range, "seq, id, outlet, published, document", rows -> new Stored(rows.getLong(1),
                rows.getString(2), rows.getString(3), rows.getString(4), parse(rows.getString(5))));
    }

    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /**
     * Columns of the articles published in the range, in one order for every caller: the check before the
     * clusters are written compares what two reads give, row by row.
     */
    private static <T> List<T> inRange(Connection connection, String[] range, String columns, RowReader<T> reader)
            throws SQLException {
        List<T> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + columns + " FROM articles "
                + "WHERE published BETWEEN ? AND ? ORDER BY published, id")) {
            select.setString(1, range[0]);
            select.setString(2, range[1]);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(reader.read(rows));
                }
            }
        }
        return found;
    }

    /** Consecutive runs of at most {@link #MAX_ARTICLES_PER_RUN} articles, cut between days where it can be. */
    static <T> List<List<T>> runs(List<T> byDate, Function<T, String> day) {
        List<List<T>> runs = new ArrayList<>();
        List<T> run = new ArrayList<>();
        int i = 0;
        while (i < byDate.size()) {
            int end = i;
            while (end < byDate.size() && day.apply(byDate.get(end)).equals(day.apply(byDate.get(i)))) {
                end++;
            }
            List<T> dayArticles = byDate.subList(i, end);
            if (run.size() + dayArticles.size() > MAX_ARTICLES_PER_RUN && !run.isEmpty()) {
                runs.add(run);
                run = new ArrayList<>();
            }
            for (T article : dayArticles) {
                if (run.size() == MAX_ARTICLES_PER_RUN) {
                    runs.add(run);
                    run = new ArrayList<>();
                }
                run.add(article);
            }
            i = end;
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    private static List<List<Stored>> runs(List<Stored> articles) {
        return runs(articles, Stored::published);
    }

    private void replace(Connection connection, String[] range, List<List<Stored>> clusters) throws SQLException {
        String inRange = "SELECT c.cluster_id FROM cluster_articles c JOIN articles a ON a.id = c.article_id "
                + "WHERE a.published BETWEEN ? AND ?";
        // Clusters first, while their members still say which they are; then members, of any cluster, that
        // are in the range (a member whose article is gone leaves with its cluster).
        for (String sql : List.of("DELETE FROM clusters WHERE cluster_id IN (" + inRange + ")",
                "DELETE FROM cluster_articles WHERE cluster_id NOT IN (SELECT cluster_id FROM clusters)")) {
            try (PreparedStatement delete = connection.prepareStatement(sql)) {
                if (sql.contains("?")) {
                    delete.setString(1, range[0]);
                    delete.setString(2, range[1]);
                }
                delete.executeUpdate();
            }
        }
        String now = Instant.now().toString();
        try (PreparedStatement cluster = connection.prepareStatement("INSERT INTO clusters (cluster_id, "
                + "first_published, last_published, articles, outlets, event_type, event_code, computed_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement member = connection.prepareStatement(
                "INSERT INTO cluster_articles (article_id, cluster_id) VALUES (?, ?)")) {
            for (List<Stored> articles : clusters) {
                String id = articles.get(0).id();
                String[] event = commonestEvent(articles);
                cluster.setString(1, id);
                cluster.setString(2, articles.get(0).published());
                cluster.setString(3, articles.get(articles.size() - 1).published());
                cluster.setInt(4, articles.size());
                cluster.setInt(5, (int) articles.stream().map(a -> ArticleRecord.key(a.outlet())).distinct().count());
                cluster.setString(6, event == null ? null : event[0]);
                cluster.setString(7, event == null ? null : event[1]);
                cluster.setString(8, now);
                cluster.addBatch();
                for (Stored article : articles) {
                    member.setString(1, article.id());
                    member.setString(2, id);
                    member.addBatch();
                }
            }
            cluster.executeBatch();
            member.executeBatch();
        }
    }

    /** The event type and code most of the articles code, as {type, code}, or null when none codes one. */
    private static String[] commonestEvent(List<Stored> articles) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Stored article : articles) {
            Set<String> seen = new HashSet<>();
            for (JsonNode event : article.document().path("events")) {
                String key = event.path("type").asText() + " " + event.path("code").asText();
                if (seen.add(key)) {
                    counts.merge(key, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(entry -> entry.getKey().split(" ", 2)).orElse(null);
    }

    /** Clusters with an article in [from, to] (either may be null), latest first. */
    List<Summary> clusters(LocalDate from, LocalDate to, int limit) {
        return tables.query("listing event clusters", connection -> {
            List<Summary> clusters = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT c.cluster_id, c.event_type, "
                    + "c.event_code, c.first_published, c.last_published, c.articles, c.outlets, a.title "
                    + "FROM clusters c JOIN articles a ON a.id = c.cluster_id "
                    + "WHERE c.last_published >= ? AND c.first_published <= ? "
                    + "ORDER BY c.last_published DESC, c.cluster_id LIMIT ?")) {
                select.setString(1, from == null ? "0000-01-01" : from.toString());
                select.setString(2, to == null ? "9999-12-31" : to.toString());
                select.setInt(3, Math.min(limit, CorpusStore.MAX_PAGE));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        clusters.add(new Summary(rows.getString(1), event(rows.getString(2), rows.getString(3)),
                                rows.getString(4), rows.getString(5), rows.getInt(6), rows.getInt(7),
                                rows.getString(8)));
                    }
                }
            }
            return clusters;
        });
    }

    Optional<String> clusterOf(String articleId) {
        return Optional.ofNullable(tables.query("finding the cluster of " + articleId, connection ->
                CorpusTables.single(connection, "SELECT cluster_id FROM cluster_articles WHERE article_id = ?",
                        articleId)));
    }

    Optional<EventCluster> cluster(String clusterId) {
        return tables.query("reading event cluster " + clusterId, connection -> {
            String[] head = null;
            try (PreparedStatement select = connection.prepareStatement("SELECT event_type, event_code, "
                    + "first_published, last_published FROM clusters WHERE cluster_id = ?")) {
                select.setString(1, clusterId);
                try (ResultSet rows = select.executeQuery()) {
                    if (rows.next()) {
                        head = new String[] {event(rows.getString(1), rows.getString(2)), rows.getString(3),
                                rows.getString(4)};
                    }
                }
            }
            if (head == null) {
                return Optional.<EventCluster>empty();
            }
            List<String> ids = new ArrayList<>();
            List<JsonNode> documents = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT a.id, a.document FROM cluster_articles c "
                    + "JOIN articles a ON a.id = c.article_id WHERE c.cluster_id = ? ORDER BY a.published, a.id")) {
                select.setString(1, clusterId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getString(1));
                        documents.add(parse(rows.getString(2)));
                    }
                }
            }
            return Optional.of(new EventCluster(clusterId, head[0], head[1], head[2],
                    reports(ids, documents), actors(ids, documents)));
        });
    }

    private List<Report> reports(List<String> ids, List<JsonNode> documents) {
        Map<String, ArticleSummary> summaries = new LinkedHashMap<>();
        tables.summaries(ids).forEach(summary -> summaries.put(summary.id(), summary));
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            JsonNode document = documents.get(i);
            List<String> events = new ArrayList<>();
            for (JsonNode event : document.path("events")) {
                events.add(event.path("type").asText() + " " + event.path("code").asText() + ": "
                        + event.path("trigger").path("text").asText());
            }
            Map<String, Integer> techniques = new LinkedHashMap<>();
            document.path("frames").forEach(frame -> techniques.merge(frame.path("technique").asText(), 1, Integer::sum));
            reports.add(new Report(summaries.get(ids.get(i)), events, techniques));
        }
        return reports;
    }

    /**
     * The actors as {@link ActorNames} groups them, with each report's wording.
     */
    private static List<Actor> actors(List<String> ids, List<JsonNode> documents) {
        StoredAnalysis reader = new StoredAnalysis();
        List<Analysis> analyses = documents.stream().map(reader::read).toList();
        // ActorNames labels each wording with the string given per article: the article id, so that wordings
        // of two reports from one outlet stay apart.
        List<Actor> actors = new ArrayList<>();
        for (ActorNames.Actor actor : ActorNames.of(analyses, ids)) {
            List<Wording> wordings = new ArrayList<>();
            for (ActorNames.Wording wording : actor.wordings()) {
                int article = ids.indexOf(wording.outlet());
                wordings.add(new Wording(ids.get(article), analyses.get(article).article().outlet(), wording.names(),
                        wording.descriptions(),
                        wording.labels().stream().map(EventClusters::label).distinct().toList()));
            }
            wordings.sort(Comparator.comparingInt(w -> ids.indexOf(w.articleId())));
            actors.add(new Actor(actor.name(), actor.type().name(), actor.participant(), actor.articles(), wordings));
        }
        return actors;
    }

    private static Label label(EntityLabel label) {
        return new Label(label.text(), label.voice().name().toLowerCase(Locale.ROOT),
                label.polarity().name().toLowerCase(Locale.ROOT));
    }

    private static String event(String type, String code) {
        return type == null ? null : type + " " + code;
    }

    private JsonNode parse(String document) throws SQLException {
        try {
            return mapper.readTree(document);
        } catch (JsonProcessingException e) {
            throw new SQLException("a stored document is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String max(String a, String b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
