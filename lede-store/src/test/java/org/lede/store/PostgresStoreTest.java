package org.lede.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The contract against a real PostgreSQL: {@code .ci/run} starts the server on 127.0.0.1:5432 (trust
 * authentication, database {@code test}). Each test gets a schema of its own. Where no server runs, these
 * tests are skipped, except in CI, where a missing server is a failure.
 */
class PostgresStoreTest extends CorpusStoreContract {
    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    private static final String SCHEMA = "lede_contract_" + ProcessHandle.current().pid();

    static boolean serverRuns() {
        try (Connection ignored = DriverManager.getConnection(SERVER)) {
            return true;
        } catch (SQLException e) {
            if (System.getenv("CI") != null) {
                throw new IllegalStateException("PostgreSQL must run on 127.0.0.1:5432 in CI: " + e.getMessage(), e);
            }
            return false;
        }
    }

    @Override
    void emptyCorpus() throws SQLException {
        assumeTrue(serverRuns(), "no PostgreSQL on 127.0.0.1:5432");
        execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE", "CREATE SCHEMA " + SCHEMA);
    }

    @Override
    CorpusStore open() {
        return PostgresStore.open("postgresql://postgres@127.0.0.1:5432/test?currentSchema=" + SCHEMA);
    }

    @Override
    Dialect dialect() {
        return Dialect.POSTGRESQL;
    }

    @Override
    DataSource database() {
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setUrl(SERVER + "&currentSchema=" + SCHEMA);
        return database;
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (serverRuns()) {
            execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    private static void execute(String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER);
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    @Test
    void libpqUrlsBecomeJdbcUrlsWithTheCredentialsKeptApart() {
        HikariConfig pool = new HikariConfig();

        String jdbc = PostgresStore.jdbcUrl("postgresql://lede:s3cret@db.example:6543/news?sslmode=require", pool);

        assertThat(jdbc).isEqualTo("jdbc:postgresql://db.example:6543/news?sslmode=require");
        assertThat(pool.getUsername()).isEqualTo("lede");
        assertThat(pool.getPassword()).isEqualTo("s3cret");
        assertThat(PostgresStore.redacted("postgresql://lede:s3cret@db.example/news"))
                .isEqualTo("postgresql://lede:***@db.example/news");
    }

    @Test
    void anUnreachableServerIsOneLineWithoutThePassword() {
        assertThatThrownBy(() -> PostgresStore.open("postgresql://lede:s3cret@127.0.0.1:1/news"))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("postgresql://lede:***@127.0.0.1:1/news: cannot connect to PostgreSQL")
                .hasMessageNotContaining("s3cret");
    }
}
