package dev.benchmem.history;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The databases the history tests run on: an embedded SQLite file, and the real PostgreSQL
 * server of {@code BENCHMEM_PG_URL} ({@code jdbc:postgresql://localhost/benchmem?user=..&password=..},
 * which {@code .ci/run} starts), emptied for each test; a PostgreSQL test is skipped, with a
 * message, when it is unset.
 */
final class TestDatabases {
    static final String POSTGRES_URL = System.getenv("BENCHMEM_PG_URL");

    private TestDatabases() {}

    /** {@code embedded} (a file in {@code dir}) or {@code postgresql}: a fresh, empty database. */
    static String fresh(String engine, Path dir) throws SQLException {
        return switch (engine) {
            case "embedded" -> dir.resolve("history.db").toString();
            case "postgresql" -> emptyPostgres();
            default -> throw new IllegalArgumentException(engine);
        };
    }

    /** The PostgreSQL server with no history tables (the test is skipped when there is no server). */
    static String emptyPostgres() throws SQLException {
        assumeTrue(POSTGRES_URL != null && !POSTGRES_URL.isBlank(),
                "BENCHMEM_PG_URL is unset: no PostgreSQL server to test against (.ci/run starts one)");
        try (Connection c = DriverManager.getConnection(POSTGRES_URL); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS measurement, run, flyway_schema_history CASCADE");
        }
        return POSTGRES_URL;
    }
}
