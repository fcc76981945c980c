package dev.benchmem.cli;

import dev.benchmem.core.Metric;
import dev.benchmem.core.Trend;
import dev.benchmem.history.HistoryStore;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Mixin: which trends of a history database {@code plot --view history} draws: {@code --db}, {@code --id}, {@code --branch}. */
public final class HistoryTrends {
    @Mixin
    HistoryDb db;

    @Option(names = "--id", paramLabel = "PATTERN",
            description = "history: only ids matching this glob (* any text, ? one character), e.g. 'sort[*]' (default: all).")
    String idPattern;

    @Option(names = "--branch", paramLabel = "BRANCH", description = "history: only runs of this branch (default: all).")
    String branch;

    /** True when any of these options was given: they belong to the history view alone. */
    boolean given() {
        return db.db != null || idPattern != null || branch != null;
    }

    /** Opens the database (the caller closes it); a one-line {@code HistoryException} when it cannot. */
    HistoryStore open() {
        return db.open();
    }

    /** {@code metric}'s trend of every matching id over the branch's stored runs (or all runs), oldest first. */
    List<Trend> trends(HistoryStore store, Metric metric) {
        return store.trends(metric, store.recent(branch, Integer.MAX_VALUE), idPattern);
    }
}
