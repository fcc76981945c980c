package dev.benchmem.cli;

import dev.benchmem.history.HistoryStore;
import dev.benchmem.history.StoredRun;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code benchmem history rm ID...}: removes stored runs. */
@Command(name = "rm", mixinStandardHelpOptions = true, description = "Removes stored runs and their measurements.")
public final class HistoryRmCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    HistoryDb db;

    @Parameters(arity = "1..*", paramLabel = "ID", description = "Run ids or 6+ hex digits of their hashes.")
    List<String> refs = new ArrayList<>();

    @Override
    public Integer call() {
        try (HistoryStore store = db.open()) {
            // Every reference is resolved first: a bad one removes none.
            List<StoredRun> runs = refs.stream().map(store::find).toList();
            for (StoredRun run : runs) {
                store.remove(run);
                spec.commandLine().getOut().println("removed run " + run.id() + " (" + run.shortHash() + ")");
            }
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
