package dev.benchmem.cli;

import dev.benchmem.core.AtomicFile;
import dev.benchmem.history.HistoryStore;
import dev.benchmem.history.StoredRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code benchmem history export ID -o run.json}: a stored run back as its run file, byte for byte. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes a stored run back as a run file, byte for byte as core's writer wrote it when added.")
public final class HistoryExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    HistoryDb db;

    @Parameters(paramLabel = "ID", description = "The run's id or 6+ hex digits of its hash.")
    String ref;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The run file to write.")
    Path output;

    @Override
    public Integer call() {
        StoredRun run;
        byte[] document;
        try (HistoryStore store = db.open()) {
            run = store.find(ref);
            document = store.document(run);
        }
        try {
            AtomicFile.write(output, document);
        } catch (IOException e) {
            throw new IllegalArgumentException("-o " + output + ": cannot write (" + e.getMessage() + ")", e);
        }
        spec.commandLine().getOut().println("run " + run.id() + " (" + run.shortHash() + ") -> " + output);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
