package org.lede.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.lede.store.EntityProfile.Count;
import org.lede.store.SearchResult.FacetCount;

/**
 * The team corpus on PostgreSQL: the same tables as the embedded store, shared by several servers and
 * ingest runs at once, with PostgreSQL's own full-text search ('english' configuration) in place of Lucene.
 */
public final class PostgresStore extends SqlCorpusStore {
    private static final int CONNECTIONS = 8;

    private final ObjectMapper mapper = new ObjectMapper();
    private final HikariDataSource dataSource;

    private PostgresStore(HikariDataSource dataSource) {
        super(dataSource, Dialect.POSTGRESQL);
        this.dataSource = dataSource;
    }

    /**
     * Connects and brings the schema up to date.
     *
     * @param url {@code postgresql://user:password@host:port/database?options} as libpq takes it, or a
     *            {@code jdbc:postgresql:} URL
     */
    public static PostgresStore open(String url) {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(jdbcUrl(url, pool));
        pool.setMaximumPoolSize(CONNECTIONS);
        pool.setPoolName("lede-postgresql");
        pool.setInitializationFailTimeout(5_000);
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(pool);
        } catch (HikariPool.PoolInitializationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new StoreException(redacted(url) + ": cannot connect to PostgreSQL (" + cause.getMessage() + ")", e);
        }
        try {
            new Migrations(Dialect.POSTGRESQL).migrate(dataSource);
        } catch (SQLException e) {
            dataSource.close();
            throw new StoreException(redacted(url) + ": cannot bring the schema up to date (" + e.getMessage() + ")", e);
        }
        return new PostgresStore(dataSource);
    }

    /** The JDBC URL for a libpq-style one; user and password go to the pool, not into the URL. */
    static String jdbcUrl(String url, HikariConfig pool) {
        if (url.startsWith("jdbc:postgresql:")) {
            return url;
        }
        try {
            URI uri = new URI(url);
            if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
                throw new StoreException(url + ": not a PostgreSQL URL; write postgresql://user@host:5432/database");
            }
            if (uri.getUserInfo() != null) {
                String[] user = uri.getUserInfo().split(":", 2);
                pool.setUsername(user[0]);
                if (user.length == 2) {
                    pool.setPassword(user[1]);
                }
            }
            String host = uri.getHost() == null ? "localhost" : uri.getHost();
            String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            return "jdbc:postgresql://" + host + port + (uri.getRawPath() == null ? "/" : uri.getRawPath()) + query;
        } catch (URISyntaxException e) {
            throw new StoreException(redacted(url) + ": not a PostgreSQL URL (" + e.getReason() + ")");
        }
    }

    /** A URL fit for an error message: without its password. */
    static String redacted(String url) {
        return url.replaceAll("(://[^:/@]+):[^@/]*@", "$1:***@");
    }

    @Override
    public List<PutResult> putAll(List<? extends JsonNode> documents) {
        List<CorpusTables.ToWrite> articles = new ArrayList<>(documents.size());
        for (JsonNode document : documents) {
            try {
                articles.add(new CorpusTables.ToWrite(ArticleRecord.from(document), mapper.writeValueAsString(document)));
            } catch (JsonProcessingException e) {
                throw new StoreException("cannot write the document as JSON: " + e.getOriginalMessage(), e);
            }
        }
        return tables.put(articles).stream().map(CorpusTables.Written::result).toList();
    }

    @Override
    public SearchResult search(SearchQuery query) {
        Filter filter = filter(query);
        return tables.query("searching", connection -> {
            long total = Long.parseLong(CorpusTables.single(connection,
                    "SELECT COUNT(*) FROM articles a WHERE " + filter.where(), filter.parameters()));
            String order = query.text() == null ? "a.published DESC NULLS LAST, a.id"
                    : "ts_rank(a.search, websearch_to_tsquery('english', ?)) DESC, a.published DESC NULLS LAST, a.id";
            List<String> parameters = new ArrayList<>(List.of(filter.parameters()));
            if (query.text() != null) {
                parameters.add(query.text());
            }
            List<String> ids = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT a.id FROM articles a WHERE "
                    + filter.where() + " ORDER BY " + order + " LIMIT " + query.limit() + " OFFSET " + query.offset())) {
                for (int i = 0; i < parameters.size(); i++) {
                    select.setString(i + 1, parameters.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getString(1));
                    }
                }
            }
            String matches = "SELECT a.id FROM articles a WHERE " + filter.where();
            List<FacetCount> outlets = facet(connection, "SELECT outlet, COUNT(*) AS n FROM articles WHERE outlet IS "
                    + "NOT NULL AND id IN (" + matches + ") GROUP BY outlet ORDER BY n DESC, outlet", filter);
            List<FacetCount> months = facet(connection, "SELECT substr(published, 1, 7) AS month, COUNT(*) AS n FROM "
                    + "articles WHERE published IS NOT NULL AND id IN (" + matches + ") GROUP BY month "
                    + "ORDER BY n DESC, month", filter);
            List<FacetCount> entities = facet(connection, "SELECT name, COUNT(DISTINCT article_id) AS n FROM entities "
                    + "WHERE article_id IN (" + matches + ") GROUP BY name ORDER BY n DESC, name", filter);
            List<FacetCount> techniques = facet(connection, "SELECT technique, COUNT(DISTINCT article_id) AS n FROM "
                    + "frames WHERE article_id IN (" + matches + ") GROUP BY technique ORDER BY n DESC, technique", filter);
            return new SearchResult(total, tables.summaries(ids), outlets, months, entities, techniques);
        });
    }

    private static List<FacetCount> facet(Connection connection, String sql, Filter filter) throws SQLException {
        return CorpusTables.counts(connection, sql + " LIMIT " + SearchResult.FACET_SIZE, filter.parameters()).stream()
                .map((Count count) -> new FacetCount(count.name(), count.count()))
                .toList();
    }

    /** A query's criteria as a WHERE clause over {@code articles a} and its parameters in order. */
    private record Filter(String where, String[] parameters) {
    }

    private static Filter filter(SearchQuery query) {
        List<String> clauses = new ArrayList<>(List.of("TRUE"));
        List<String> parameters = new ArrayList<>();
        if (query.text() != null) {
            clauses.add("a.search @@ websearch_to_tsquery('english', ?)");
            parameters.add(query.text());
        }
        if (query.outlet() != null) {
            clauses.add("a.outlet_key = ?");
            parameters.add(ArticleRecord.key(query.outlet()));
        }
        if (query.from() != null) {
            clauses.add("a.published >= ?");
            parameters.add(query.from().toString());
        }
        if (query.to() != null) {
            clauses.add("a.published <= ?");
            parameters.add(query.to().toString());
        }
        if (query.entity() != null) {
            clauses.add("EXISTS (SELECT 1 FROM entity_names n WHERE n.article_id = a.id AND n.name_key = ?)");
            parameters.add(ArticleRecord.key(query.entity()));
        }
        if (query.speaker() != null) {
            clauses.add("EXISTS (SELECT 1 FROM quotes q JOIN entity_names n ON n.article_id = q.article_id "
                    + "AND n.entity_id = q.speaker_entity WHERE q.article_id = a.id AND n.name_key = ?)");
            parameters.add(ArticleRecord.key(query.speaker()));
        }
        if (query.technique() != null) {
            clauses.add("EXISTS (SELECT 1 FROM frames f WHERE f.article_id = a.id AND f.technique = ?)");
            parameters.add(query.technique());
        }
        return new Filter(String.join(" AND ", clauses), parameters.toArray(String[]::new));
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
