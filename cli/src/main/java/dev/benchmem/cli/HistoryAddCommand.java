package dev.benchmem.cli;

import dev.benchmem.core.RunFile;
import dev.benchmem.core.RunFileReader;
import dev.benchmem.history.HistoryStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code benchmem history add RUN...}: stores runs, each whole in one transaction, once. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Stores run files in the history; a run already stored (same content) is not stored again.")
public final class HistoryAddCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    HistoryDb db;

    @Parameters(arity = "1..*", paramLabel = "RUN", description = "Run files to store.")
    List<Path> runs = new ArrayList<>();

    @Override
    public Integer call() {
        // Every file is read before the database opens: a bad one stores none.
        List<RunFile> files = runs.stream().map(RunFileReader::read).toList();
        PrintWriter out = spec.commandLine().getOut();
        try (HistoryStore store = db.open()) {
            for (int i = 0; i < files.size(); i++) {
                HistoryStore.Added added = store.add(files.get(i));
                out.println((added.isNew() ? "added " : "already stored ") + runs.get(i) + " as run "
                        + added.run().id() + " (" + added.run().shortHash() + ", " + added.run().benchmarks()
                        + " benchmarks)");
            }
        }
        out.flush();
        return 0;
    }
}
