package dev.benchmem.cli;

import dev.benchmem.history.HistoryStore;
import dev.benchmem.history.StoredRun;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code benchmem history show ID}: one stored run's identity and where it came from. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Shows one stored run.")
public final class HistoryShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    HistoryDb db;

    @Parameters(paramLabel = "ID", description = "The run's id or 6+ hex digits of its hash.")
    String ref;

    @Override
    public Integer call() {
        StoredRun run;
        try (HistoryStore store = db.open()) {
            run = store.find(ref);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("id:         " + run.id());
        out.println("hash:       " + run.contentHash());
        out.println("datetime:   " + run.runTime());
        out.println("commit:     " + (run.commitId() == null ? "-" : run.commitId()));
        out.println("branch:     " + (run.branch() == null ? "-" : run.branch()));
        out.println("machine:    " + (run.machine() == null ? "-" : run.machine()));
        out.println("benchmarks: " + run.benchmarks());
        out.flush();
        return 0;
    }
}
