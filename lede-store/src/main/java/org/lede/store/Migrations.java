package org.lede.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Brings a database's schema up to date, Flyway-style: versioned SQL files ({@code V1__corpus.sql}, …) run
 * once each, in order, each in its own transaction with its record in {@code schema_migrations}, so a
 * migration is applied whole or not at all. Both databases run DDL inside transactions.
 */
final class Migrations {
    /**
     * Work a migration does in Java after its SQL, in the same transaction: filling new tables for the
     * articles already stored, from their documents, which SQL alone cannot read alike in both databases.
     */
    private static final Map<String, Step> AFTER_SQL = Map.of("V2__events_frames_clusters", CorpusTables::backfillV2);

    private interface Step {
        void run(Connection connection) throws SQLException;
    }

    private final Dialect dialect;
    private final List<String> migrations;

    Migrations(Dialect dialect) {
        this(dialect, Dialect.MIGRATIONS);
    }

    /** Brings the schema up to the last of these migrations only: how a test makes a store of an older version. */
    Migrations(Dialect dialect, List<String> migrations) {
        this.dialect = dialect;
        this.migrations = List.copyOf(migrations);
    }

    /** @return how many migrations were applied now */
    int migrate(DataSource dataSource) throws SQLException {
        int applied = 0;
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY, "
                        + "applied_at TEXT NOT NULL)");
            }
            connection.setAutoCommit(false);
            try {
                for (String migration : migrations) {
                    lock(connection);
                    if (!applied(connection).contains(migration)) {
                        apply(connection, migration);
                        applied++;
                    }
                    connection.commit();
                }
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
        return applied;
    }

    /** Two servers starting on one PostgreSQL database must not both apply a migration. */
    private void lock(Connection connection) throws SQLException {
        if (dialect == Dialect.POSTGRESQL) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("LOCK TABLE schema_migrations IN EXCLUSIVE MODE");
            }
        }
    }

    private static Set<String> applied(Connection connection) throws SQLException {
        Set<String> versions = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version FROM schema_migrations")) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        }
        return versions;
    }

    private void apply(Connection connection, String migration) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(read(dialect.migration(migration)))) {
                statement.execute(sql);
            }
        }
        Step after = AFTER_SQL.get(migration);
        if (after != null) {
            after.run(connection);
        }
        try (PreparedStatement record = connection.prepareStatement(
                "INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)")) {
            record.setString(1, migration);
            record.setString(2, Instant.now().toString());
            record.executeUpdate();
        }
    }

    /** The statements of a migration file: comments dropped, split at each semicolon that ends a line. */
    static List<String> statements(String script) {
        StringBuilder code = new StringBuilder();
        for (String line : script.split("\n")) {
            if (!line.strip().startsWith("--")) {
                code.append(line).append('\n');
            }
        }
        List<String> statements = new ArrayList<>();
        for (String statement : code.toString().split(";\\s*\n")) {
            if (!statement.isBlank()) {
                statements.add(statement.strip());
            }
        }
        return statements;
    }

    private static String read(String resource) {
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("migration missing from the jar: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + resource, e);
        }
    }
}
