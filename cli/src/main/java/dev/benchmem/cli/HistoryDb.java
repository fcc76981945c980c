package dev.benchmem.cli;

import dev.benchmem.history.HistoryStore;
import picocli.CommandLine.Option;

/** Mixin: {@code --db}, the history database (embedded SQLite file by default, or a JDBC URL). */
public final class HistoryDb {
    @Option(names = "--db", paramLabel = "DB",
            description = {"The history database: a file path (embedded SQLite; default " + HistoryStore.DEFAULT + ")",
                "or a JDBC URL, e.g. jdbc:postgresql://host/db?user=u&password=p.",
                "Default from BENCHMEM_HISTORY_DB when set."})
    String db;

    /** Opens the database (migrating it); a one-line {@code HistoryException} when it cannot. */
    HistoryStore open() {
        String env = System.getenv("BENCHMEM_HISTORY_DB");
        return HistoryStore.open(db != null ? db : env != null && !env.isBlank() ? env : HistoryStore.DEFAULT);
    }
}
