package dev.benchmem.history;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded default, a SQLite file. */
class EmbeddedStoreTest extends StoreContract {
    @TempDir
    Path dir;

    @Override
    String db() {
        return dir.resolve("history.db").toString();
    }
}
