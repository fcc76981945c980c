package dev.benchmem.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded default, a SQLite file; and when opening skips Flyway. */
class EmbeddedStoreTest extends StoreContract {
    @TempDir
    Path dir;

    @Override
    String db() {
        return dir.resolve("history.db").toString();
    }

    @Test
    void theSchemaVersionIsTheLastMigrationScript() throws SQLException {
        HistoryStore.open(db()).close();
        try (Connection c = DriverManager.getConnection(HistoryStore.jdbcUrl(db()))) {
            assertThat(latestApplied(c)).isEqualTo(HistoryStore.SCHEMA_VERSION);
        }
        // What Flyway finds on the class path: nothing newer than the constant.
        assertThat(Flyway.configure().dataSource(HistoryStore.jdbcUrl(db()), null, null)
                .locations("classpath:db/migration").load().info().pending()).isEmpty();
    }

    @Test
    void anOlderSchemaIsStillMigrated() throws SQLException {
        HistoryStore.open(db()).close();
        // Back to version 1: its index, and Flyway's record of version 2 gone.
        try (Connection c = DriverManager.getConnection(HistoryStore.jdbcUrl(db())); Statement s = c.createStatement()) {
            s.execute("DELETE FROM flyway_schema_history WHERE version = '2'");
            s.execute("DROP INDEX measurement_trend");
            s.execute("DROP INDEX measurement_run");
            s.execute("CREATE INDEX measurement_by_id ON measurement (metric, name, run_id)");
        }
        HistoryStore.open(db()).close();
        try (Connection c = DriverManager.getConnection(HistoryStore.jdbcUrl(db())); Statement s = c.createStatement();
                ResultSet indexes = s.executeQuery("SELECT group_concat(name) FROM sqlite_master WHERE type = 'index'"
                        + " AND tbl_name = 'measurement' AND name LIKE 'measurement%'")) {
            indexes.next();
            assertThat(indexes.getString(1).split(",")).containsExactlyInAnyOrder("measurement_trend", "measurement_run");
            assertThat(latestApplied(c)).isEqualTo("2");
        }
    }

    private static String latestApplied(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version FROM flyway_schema_history ORDER BY installed_rank DESC LIMIT 1")) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
