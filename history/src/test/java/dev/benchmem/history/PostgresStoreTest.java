package dev.benchmem.history;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;

/**
 * The store contract on a real PostgreSQL server: {@code BENCHMEM_PG_URL}
 * ({@code jdbc:postgresql://localhost/benchmem?user=..&password=..}), which {@code .ci/run}
 * starts. Skipped, with a message, when it is unset.
 */
class PostgresStoreTest extends StoreContract {
    private static final String URL = System.getenv("BENCHMEM_PG_URL");

    @BeforeEach
    void emptyDatabase() throws SQLException {
        assumeTrue(URL != null && !URL.isBlank(),
                "BENCHMEM_PG_URL is unset: no PostgreSQL server to test against (.ci/run starts one)");
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS measurement, run, flyway_schema_history CASCADE");
        }
    }

    @Override
    String db() {
        return URL;
    }
}
