package org.lede.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.lede.store.ArticleRecord.EntityRow;
import org.lede.store.ArticleRecord.EventRow;
import org.lede.store.ArticleRecord.FrameRow;
import org.lede.store.ArticleRecord.LabelRow;
import org.lede.store.ArticleRecord.LinkRow;
import org.lede.store.ArticleRecord.QuoteRow;
import org.lede.store.ArticleRecord.TimexRow;
import org.lede.store.ClaimList.Claim;
import org.lede.store.ClaimList.Link;
import org.lede.store.EntityProfile.Count;
import org.lede.store.EntityProfile.Label;
import org.lede.store.EventList.StoredEvent;

/**
 * The corpus tables and every query over them that is the same SQL in SQLite and PostgreSQL: writing an
 * article with all its rows in one transaction, reading documents back, entity profiles and provenance.
 * Full-text search is each store's own (Lucene, or PostgreSQL's text search).
 */
final class CorpusTables {
    private static final String UNIQUE_VIOLATION = "23505";
    private static final int PROFILE_LIST_SIZE = 20;

    private final DataSource dataSource;
    private final Dialect dialect;

    CorpusTables(DataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
    }

    /** A write's outcome and the article's new sequence number (0 when nothing changed). */
    record Written(PutResult result, long seq) {
    }

    /** An article to write: its rows, and its lede/1 document as stored. */
    record ToWrite(ArticleRecord record, String document) {
    }

    /**
     * Stores articles, each with all its rows, in one transaction: all of them or, on failure, none. One
     * commit for many articles is what makes a bulk ingest fast; an article later in the list sees the ones
     * before it, so a repeated content or URL within the list is found as in separate puts. When a
     * concurrent writer stored the same content first (PostgreSQL, several servers), the transaction is
     * retried once and then finds it stored.
     */
    List<Written> put(List<ToWrite> articles) {
        try {
            return attemptPut(articles);
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                try {
                    return attemptPut(articles);
                } catch (SQLException again) {
                    throw failure(storing(articles), again);
                }
            }
            throw failure(storing(articles), e);
        }
    }

    private static String storing(List<ToWrite> articles) {
        return articles.size() == 1 ? "storing article " + articles.get(0).record().id()
                : "storing " + articles.size() + " articles";
    }

    private List<Written> attemptPut(List<ToWrite> articles) throws SQLException {
        return transaction(connection -> {
            List<Written> written = new ArrayList<>(articles.size());
            for (ToWrite article : articles) {
                written.add(write(connection, article.record(), article.document()));
            }
            return written;
        });
    }

    private Written write(Connection connection, ArticleRecord record, String document) throws SQLException {
        String sameContent = single(connection, "SELECT id FROM articles WHERE content_hash = ?", record.contentHash());
        if (sameContent != null) {
            return new Written(new PutResult(sameContent, PutResult.Outcome.UNCHANGED), 0);
        }
        PutResult.Outcome outcome = PutResult.Outcome.STORED;
        if (record.url() != null) {
            String sameUrl = single(connection, "SELECT id FROM articles WHERE url = ?", record.url());
            if (sameUrl != null) {
                delete(connection, sameUrl);
                outcome = PutResult.Outcome.UPDATED;
            }
        }
        insert(connection, record, document);
        long seq = Long.parseLong(single(connection, "SELECT seq FROM articles WHERE id = ?", record.id()));
        return new Written(new PutResult(record.id(), outcome), seq);
    }

    private void insert(Connection connection, ArticleRecord record, String document) throws SQLException {
        try (PreparedStatement article = connection.prepareStatement(dialect.insertArticle())) {
            int i = 0;
            article.setString(++i, record.id());
            article.setString(++i, record.contentHash());
            article.setString(++i, record.url());
            article.setString(++i, record.title());
            article.setString(++i, record.outlet());
            article.setString(++i, ArticleRecord.key(record.outlet()));
            article.setString(++i, record.published());
            article.setString(++i, record.dateline());
            article.setString(++i, record.origin());
            article.setString(++i, record.lead());
            article.setString(++i, document);
            article.setString(++i, Instant.now().toString());
            if (dialect == Dialect.POSTGRESQL) {
                article.setString(++i, searchableText(record));
            }
            article.executeUpdate();
        }
        insertEntities(connection, record);
        insertQuotes(connection, record);
        try (PreparedStatement timex = connection.prepareStatement(
                "INSERT INTO timex (article_id, position, text, value, type) VALUES (?, ?, ?, ?, ?)")) {
            int position = 0;
            for (TimexRow row : record.timex()) {
                timex.setString(1, record.id());
                timex.setInt(2, position++);
                timex.setString(3, row.text());
                timex.setString(4, row.value());
                timex.setString(5, row.type());
                timex.addBatch();
            }
            timex.executeBatch();
        }
        insertEventsFramesAndLabels(connection, record);
    }

    /** What full-text search looks through: the headline and the body. */
    static String searchableText(ArticleRecord record) {
        return record.title() == null ? record.text() : record.title() + "\n" + record.text();
    }

    private static void insertEntities(Connection connection, ArticleRecord record) throws SQLException {
        try (PreparedStatement entities = connection.prepareStatement(
                "INSERT INTO entities (article_id, entity_id, name, type, mentions) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement names = connection.prepareStatement(
                "INSERT INTO entity_names (article_id, entity_id, name, name_key) VALUES (?, ?, ?, ?)");
             PreparedStatement labels = connection.prepareStatement(
                "INSERT INTO entity_labels (article_id, entity_id, label, kind) VALUES (?, ?, ?, 'role')")) {
            for (EntityRow entity : record.entities()) {
                entities.setString(1, record.id());
                entities.setString(2, entity.entityId());
                entities.setString(3, entity.name());
                entities.setString(4, entity.type());
                entities.setInt(5, entity.mentions());
                entities.addBatch();
                // Two aliases differing only in case are one name to every query.
                Map<String, String> byKey = new LinkedHashMap<>();
                entity.names().forEach(name -> byKey.putIfAbsent(ArticleRecord.key(name), name));
                for (Map.Entry<String, String> name : byKey.entrySet()) {
                    names.setString(1, record.id());
                    names.setString(2, entity.entityId());
                    names.setString(3, name.getValue());
                    names.setString(4, name.getKey());
                    names.addBatch();
                }
                for (String label : entity.labels()) {
                    labels.setString(1, record.id());
                    labels.setString(2, entity.entityId());
                    labels.setString(3, label);
                    labels.addBatch();
                }
            }
            entities.executeBatch();
            names.executeBatch();
            labels.executeBatch();
        }
    }

    private static void insertQuotes(Connection connection, ArticleRecord record) throws SQLException {
        try (PreparedStatement quotes = connection.prepareStatement(
                "INSERT INTO quotes (article_id, quote_id, text, direct, cue, speaker_entity, speaker_name, channel) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement links = connection.prepareStatement(
                "INSERT INTO quote_links (article_id, quote_id, position, role, entity_id, text, text_key) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (QuoteRow quote : record.quotes()) {
                quotes.setString(1, record.id());
                quotes.setString(2, quote.quoteId());
                quotes.setString(3, quote.text());
                quotes.setBoolean(4, quote.direct());
                quotes.setString(5, quote.cue());
                quotes.setString(6, quote.speaker());
                quotes.setString(7, quote.speakerName());
                quotes.setString(8, quote.channel());
                quotes.addBatch();
                int position = 0;
                for (LinkRow link : quote.chain()) {
                    links.setString(1, record.id());
                    links.setString(2, quote.quoteId());
                    links.setInt(3, position++);
                    links.setString(4, link.role());
                    if (link.entityId() == null) {
                        links.setNull(5, Types.VARCHAR);
                    } else {
                        links.setString(5, link.entityId());
                    }
                    links.setString(6, link.text());
                    links.setString(7, ArticleRecord.key(link.text()));
                    links.addBatch();
                }
            }
            quotes.executeBatch();
            links.executeBatch();
        }
    }

    /**
     * The rows of the layers schema V2 added: events, frames and the framing layer's entity labels. Also how
     * that migration fills them in for articles stored before it ({@link #backfillV2}).
     */
    static void insertEventsFramesAndLabels(Connection connection, ArticleRecord record) throws SQLException {
        try (PreparedStatement events = connection.prepareStatement("INSERT INTO events (article_id, event_id, "
                + "type, code, trigger_text, actor_entity, actor_text, target_entity, target_text, place_entity, "
                + "place_text, place_key, time_text, time_value, event_date, counts, quote_id, modality) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement frames = connection.prepareStatement("INSERT INTO frames (article_id, position, "
                + "technique, text, span_start, span_end, score, target_entity) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement labels = connection.prepareStatement("INSERT INTO entity_labels (article_id, "
                + "entity_id, label, kind, voice, polarity) VALUES (?, ?, ?, 'label', ?, ?)")) {
            for (EventRow event : record.events()) {
                int i = 0;
                for (String value : new String[] {record.id(), event.eventId(), event.type(), event.code(),
                        event.trigger(), event.actorEntity(), event.actorText(), event.targetEntity(),
                        event.targetText(), event.placeEntity(), event.placeText(), event.placeKey(),
                        event.timeText(), event.timeValue(), event.eventDate(), event.counts(), event.quote(),
                        event.modality()}) {
                    setText(events, ++i, value);
                }
                events.addBatch();
            }
            int position = 0;
            for (FrameRow frame : record.frames()) {
                frames.setString(1, record.id());
                frames.setInt(2, position++);
                frames.setString(3, frame.technique());
                frames.setString(4, frame.text());
                frames.setInt(5, frame.start());
                frames.setInt(6, frame.end());
                frames.setDouble(7, frame.score());
                setText(frames, 8, frame.target());
                frames.addBatch();
            }
            for (LabelRow label : record.labels()) {
                labels.setString(1, record.id());
                labels.setString(2, label.entityId());
                labels.setString(3, label.text());
                setText(labels, 4, label.voice());
                setText(labels, 5, label.polarity());
                labels.addBatch();
            }
            events.executeBatch();
            frames.executeBatch();
            labels.executeBatch();
        }
    }

    /** Schema V2 on a corpus that has articles: their events, frames and labels, read from their documents. */
    static void backfillV2(Connection connection) throws SQLException {
        ObjectMapper mapper = new ObjectMapper();
        try (PreparedStatement select = connection.prepareStatement("SELECT document FROM articles ORDER BY seq");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                try {
                    insertEventsFramesAndLabels(connection, ArticleRecord.from(mapper.readTree(rows.getString(1))));
                } catch (JsonProcessingException e) {
                    throw new SQLException("a stored document is not JSON: " + e.getOriginalMessage(), e);
                }
            }
        }
    }

    private static void setText(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static void delete(Connection connection, String articleId) throws SQLException {
        for (String table : List.of("events", "frames", "timex", "quote_links", "quotes", "entity_labels", "entity_names", "entities",
                "articles")) {
            String column = table.equals("articles") ? "id" : "article_id";
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM " + table + " WHERE " + column + " = ?")) {
                delete.setString(1, articleId);
                delete.executeUpdate();
            }
        }
    }

    boolean containsContent(String contentHash) {
        return query("looking up content", connection ->
                single(connection, "SELECT id FROM articles WHERE content_hash = ?", contentHash) != null);
    }

    Optional<String> document(String articleId) {
        return Optional.ofNullable(query("reading article " + articleId, connection ->
                single(connection, "SELECT document FROM articles WHERE id = ?", articleId)));
    }

    long count() {
        return query("counting articles", connection ->
                Long.parseLong(single(connection, "SELECT COUNT(*) FROM articles")));
    }

    /** The summaries of these articles, in the order given; ids no longer stored are left out. */
    List<ArticleSummary> summaries(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, ArticleSummary> byId = query("reading search hits", connection -> {
            Map<String, ArticleSummary> found = new HashMap<>();
            String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, title, outlet, published, url, lead FROM articles WHERE id IN (" + marks + ")")) {
                for (int i = 0; i < ids.size(); i++) {
                    select.setString(i + 1, ids.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.put(rows.getString(1), new ArticleSummary(rows.getString(1), rows.getString(2),
                                rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6)));
                    }
                }
            }
            return found;
        });
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** Calls back with each stored document written after {@code seq}, oldest first, and its seq. */
    void documentsAfter(long seq, DocumentSink sink) {
        query("reading articles to index", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT seq, document FROM articles WHERE seq > ? ORDER BY seq")) {
                select.setLong(1, seq);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        sink.accept(rows.getLong(1), rows.getString(2));
                    }
                }
            }
            return null;
        });
    }

    /** The highest seq written so far, 0 for an empty corpus. */
    long lastSeq() {
        return query("reading the last write", connection -> {
            String last = single(connection, "SELECT MAX(seq) FROM articles");
            return last == null ? 0L : Long.parseLong(last);
        });
    }

    interface DocumentSink {
        void accept(long seq, String document);
    }

    Optional<EntityProfile> entity(String name) {
        String key = ArticleRecord.key(name);
        return query("reading the profile of " + name, connection -> {
            // matched: every article entity that goes by the name, as its canonical name or an alias.
            String matched = "WITH matched AS (SELECT DISTINCT article_id, entity_id FROM entity_names "
                    + "WHERE name_key = ?) ";
            List<Count> canonical = counts(connection, matched + "SELECT e.name, COUNT(*) AS n FROM entities e "
                    + "JOIN matched m ON m.article_id = e.article_id AND m.entity_id = e.entity_id "
                    + "GROUP BY e.name ORDER BY n DESC, e.name", key);
            if (canonical.isEmpty()) {
                return Optional.<EntityProfile>empty();
            }
            String display = canonical.get(0).name();
            List<Count> types = counts(connection, matched + "SELECT e.type, COUNT(*) AS n FROM entities e "
                    + "JOIN matched m ON m.article_id = e.article_id AND m.entity_id = e.entity_id "
                    + "GROUP BY e.type ORDER BY n DESC, e.type", key);
            long articles = Long.parseLong(single(connection,
                    matched + "SELECT COUNT(DISTINCT article_id) FROM matched", key));
            List<Count> aliases = counts(connection, matched + "SELECT MIN(n.name), COUNT(*) AS c FROM entity_names n "
                    + "JOIN matched m ON m.article_id = n.article_id AND m.entity_id = n.entity_id "
                    + "WHERE n.name_key <> ? GROUP BY n.name_key ORDER BY c DESC, MIN(n.name)",
                    key, ArticleRecord.key(display)).stream().limit(PROFILE_LIST_SIZE).toList();
            List<Label> labels = labels(connection, matched, key);
            String spoken = "JOIN quotes q ON q.article_id = l.article_id AND q.quote_id = l.quote_id "
                    + "JOIN matched m ON m.article_id = q.article_id AND m.entity_id = q.speaker_entity ";
            List<Count> quotedBy = counts(connection, matched + "SELECT MIN(l.text), COUNT(*) AS c FROM quote_links l "
                    + spoken + "WHERE l.role IN ('outlet', 'relay') GROUP BY l.text_key ORDER BY c DESC, MIN(l.text)",
                    key).stream().limit(PROFILE_LIST_SIZE).toList();
            // Whom it quotes: the sources of its own claims, and the speakers of the claims it relays.
            List<Count> quoting = counts(connection, matched + "SELECT MIN(name), SUM(c) AS total FROM ("
                    + "SELECT l.text AS name, l.text_key AS name_key, COUNT(*) AS c FROM quote_links l " + spoken
                    + "WHERE l.role = 'source' GROUP BY l.text, l.text_key "
                    + "UNION ALL SELECT s.text, s.text_key, COUNT(*) FROM quote_links r "
                    + "JOIN matched m ON m.article_id = r.article_id AND m.entity_id = r.entity_id "
                    + "JOIN quote_links s ON s.article_id = r.article_id AND s.quote_id = r.quote_id "
                    + "WHERE r.role = 'relay' AND s.role = 'speaker' GROUP BY s.text, s.text_key) quoted "
                    + "GROUP BY name_key ORDER BY total DESC, MIN(name)", key).stream().limit(PROFILE_LIST_SIZE).toList();
            long claims = Long.parseLong(single(connection, matched + "SELECT COUNT(*) FROM quotes q "
                    + "JOIN matched m ON m.article_id = q.article_id AND m.entity_id = q.speaker_entity", key));
            return Optional.of(new EntityProfile(display, types.get(0).name(), articles, aliases, labels, quotedBy,
                    quoting, claims));
        });
    }

    /** Roles (kind "role") and the framing layer's labels (kind "label", with polarity) by outlet and month. */
    private static List<Label> labels(Connection connection, String matched, String key) throws SQLException {
        List<Label> labels = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(matched
                + "SELECT a.outlet, substr(a.published, 1, 7) AS month, MIN(b.label), b.kind, b.polarity, COUNT(*) AS c "
                + "FROM entity_labels b JOIN matched m ON m.article_id = b.article_id AND m.entity_id = b.entity_id "
                + "JOIN articles a ON a.id = b.article_id "
                + "GROUP BY a.outlet, substr(a.published, 1, 7), lower(b.label), b.kind, b.polarity "
                + "ORDER BY a.outlet, month, c DESC, MIN(b.label), b.kind")) {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    labels.add(new Label(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getLong(6)));
                }
            }
        }
        return labels;
    }

    EventList events(EventQuery query) {
        List<String> clauses = new ArrayList<>(List.of("TRUE"));
        List<String> parameters = new ArrayList<>();
        if (query.typeIsCode()) {
            clauses.add("v.code LIKE ?");
            parameters.add(query.type() + "%");
        } else if (query.type() != null) {
            clauses.add("v.type = ?");
            parameters.add(query.type());
        }
        if (query.place() != null) {
            clauses.add("(v.place_key = ? OR EXISTS (SELECT 1 FROM entity_names n WHERE n.article_id = v.article_id "
                    + "AND n.entity_id = v.place_entity AND n.name_key = ?))");
            parameters.add(ArticleRecord.key(query.place()));
            parameters.add(ArticleRecord.key(query.place()));
        }
        if (query.from() != null) {
            clauses.add("v.event_date >= ?");
            parameters.add(query.from().toString());
        }
        if (query.to() != null) {
            clauses.add("v.event_date <= ?");
            parameters.add(query.to().toString());
        }
        String where = " FROM events v WHERE " + String.join(" AND ", clauses);
        String[] given = parameters.toArray(String[]::new);
        ObjectMapper mapper = new ObjectMapper();
        return query("finding events", connection -> {
            long total = Long.parseLong(single(connection, "SELECT COUNT(*)" + where, given));
            List<StoredEvent> events = new ArrayList<>();
            // Participants by the canonical name of the entity they name, else by their words.
            String name = "COALESCE((SELECT e.name FROM entities e WHERE e.article_id = v.article_id AND e.entity_id = %s), %s)";
            try (PreparedStatement select = connection.prepareStatement("SELECT v.article_id, a.title, a.outlet, "
                    + "a.published, v.event_id, v.type, v.code, v.trigger_text, "
                    + String.format(name, "v.actor_entity", "v.actor_text") + ", "
                    + String.format(name, "v.target_entity", "v.target_text") + ", "
                    + String.format(name, "v.place_entity", "v.place_text") + ", "
                    + "v.time_text, v.event_date, v.counts, v.quote_id, v.modality"
                    + where.replace("FROM events v", "FROM events v JOIN articles a ON a.id = v.article_id")
                    + " ORDER BY v.event_date DESC NULLS LAST, v.article_id, v.event_id LIMIT " + query.limit()
                    + " OFFSET " + query.offset())) {
                for (int i = 0; i < given.length; i++) {
                    select.setString(i + 1, given[i]);
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        events.add(new StoredEvent(rows.getString(1), rows.getString(2), rows.getString(3),
                                rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
                                rows.getString(8), rows.getString(9), rows.getString(10), rows.getString(11),
                                rows.getString(12), rows.getString(13), counts(mapper, rows.getString(14)),
                                rows.getString(15), rows.getString(16)));
                    }
                }
            }
            return new EventList(total, events);
        });
    }

    private static JsonNode counts(ObjectMapper mapper, String json) throws SQLException {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new SQLException("an event's stored counts are not JSON: " + e.getOriginalMessage(), e);
        }
    }

    ClaimList claimsRestingOn(String phrase, int limit) {
        String pattern = "%" + ArticleRecord.key(phrase).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                + "%";
        String resting = "FROM quotes q JOIN articles a ON a.id = q.article_id WHERE EXISTS (SELECT 1 FROM quote_links l "
                + "WHERE l.article_id = q.article_id AND l.quote_id = q.quote_id AND l.role IN ('relay', 'source') "
                + "AND l.text_key LIKE ? ESCAPE '\\') ";
        return query("finding claims resting on " + phrase, connection -> {
            long total = Long.parseLong(single(connection, "SELECT COUNT(*) " + resting, pattern));
            List<Claim> claims = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT q.article_id, a.title, a.outlet, "
                    + "a.published, q.quote_id, q.text, q.speaker_name " + resting
                    + "ORDER BY a.published DESC NULLS LAST, q.article_id, q.quote_id LIMIT ?")) {
                select.setString(1, pattern);
                select.setInt(2, Math.min(limit, CorpusStore.MAX_PAGE));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        claims.add(new Claim(rows.getString(1), rows.getString(2), rows.getString(3),
                                rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
                                chain(connection, rows.getString(1), rows.getString(5))));
                    }
                }
            }
            return new ClaimList(total, claims);
        });
    }

    private static List<Link> chain(Connection connection, String articleId, String quoteId) throws SQLException {
        List<Link> chain = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT role, text FROM quote_links WHERE article_id = ? AND quote_id = ? ORDER BY position")) {
            select.setString(1, articleId);
            select.setString(2, quoteId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    chain.add(new Link(rows.getString(1), rows.getString(2)));
                }
            }
        }
        return chain;
    }

    /** Rows of (name, count) from a query whose parameters are all strings. */
    static List<Count> counts(Connection connection, String sql, String... parameters) throws SQLException {
        List<Count> counts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.add(new Count(rows.getString(1), rows.getLong(2)));
                }
            }
        }
        return counts;
    }

    /** The first column of the first row as text, or null when there is no row. */
    static String single(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs read-only work on a pooled connection; a database failure becomes one line naming what was done. */
    <T> T query(String what, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** Runs work in one transaction on a pooled connection: committed when it returns, rolled back if it throws. */
    <T> T transaction(Work<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    static StoreException failure(String what, SQLException e) {
        return new StoreException(what + " failed: " + e.getMessage(), e);
    }
}
