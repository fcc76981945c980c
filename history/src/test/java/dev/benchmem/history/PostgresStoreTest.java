package dev.benchmem.history;

import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;

/** The store contract on a real PostgreSQL server ({@link TestDatabases#emptyPostgres()}); skipped without one. */
class PostgresStoreTest extends StoreContract {

    @BeforeEach
    void emptyDatabase() throws SQLException {
        TestDatabases.emptyPostgres();
    }

    @Override
    String db() {
        return TestDatabases.POSTGRES_URL;
    }
}
