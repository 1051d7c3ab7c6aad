package org.lede.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

class MigrationsTest {
    @TempDir
    Path dir;

    @Test
    void eachMigrationRunsOnceAndIsRecorded() throws Exception {
        SQLiteDataSource database = new SQLiteDataSource();
        database.setUrl("jdbc:sqlite:" + dir.resolve("corpus.db"));
        Migrations migrations = new Migrations(Dialect.SQLITE);

        int first = migrations.migrate(database);
        int second = migrations.migrate(database);

        assertThat(first).isEqualTo(Dialect.MIGRATIONS.size());
        assertThat(second).isZero();
        try (Connection connection = database.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version FROM schema_migrations ORDER BY version")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("V1__corpus");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("V2__events_frames_clusters");
        }
    }

    @Test
    void aScriptIsSplitIntoStatementsWithoutItsComments() {
        String script = "-- the table\nCREATE TABLE a (x TEXT);\n\n-- its index\nCREATE INDEX a_x ON a (x);\n";

        assertThat(Migrations.statements(script)).containsExactly("CREATE TABLE a (x TEXT)", "CREATE INDEX a_x ON a (x)");
    }
}
