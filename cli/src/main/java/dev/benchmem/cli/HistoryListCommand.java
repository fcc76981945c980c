package dev.benchmem.cli;

import dev.benchmem.history.HistoryStore;
import dev.benchmem.history.StoredRun;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code benchmem history list}: one line per stored run, oldest first. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the stored runs, oldest first.")
public final class HistoryListCommand implements Callable<Integer> {
    static final String FORMAT = "%6s  %-12s  %-32s  %-12s  %-20s  %10s%n";

    @Spec
    CommandSpec spec;

    @Mixin
    HistoryDb db;

    @Override
    public Integer call() {
        List<StoredRun> runs;
        try (HistoryStore store = db.open()) {
            runs = store.list();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(FORMAT, "id", "hash", "datetime", "commit", "branch", "benchmarks");
        for (StoredRun run : runs) {
            print(out, run);
        }
        out.flush();
        return 0;
    }

    static void print(PrintWriter out, StoredRun run) {
        out.printf(FORMAT, run.id(), run.shortHash(), run.runTime(),
                run.commitId() == null ? "-" : run.commitId().substring(0, Math.min(12, run.commitId().length())),
                run.branch() == null ? "-" : run.branch(), run.benchmarks());
    }
}
