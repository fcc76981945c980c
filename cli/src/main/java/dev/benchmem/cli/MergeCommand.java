package dev.benchmem.cli;

import dev.benchmem.core.RunFile;
import dev.benchmem.core.RunFileReader;
import dev.benchmem.core.RunFileWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code benchmem merge RUN... -o merged.json}: joins the run files of a sharded suite
 * ({@code --benchmark-shard I/N}) into one run, so compare, plot and gates see the whole suite.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Joins shard run files (--benchmark-shard I/N) into one run file.",
            "Refuses ids in more than one file and files of different commits."},
        footer = {"", "Example: benchmem merge shard-1.json shard-2.json shard-3.json -o run.json"})
public final class MergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "RUN", description = "Shard run files.")
    List<Path> runs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The merged run file to write.")
    Path output;

    @Override
    public Integer call() {
        RunFile merged = RunFile.merge(runs.stream().map(RunFileReader::read).toList(),
                runs.stream().map(Path::toString).toList());
        try {
            RunFileWriter.withData().write(merged, output);
        } catch (IOException e) {
            throw new IllegalArgumentException("-o " + output + ": cannot write (" + e.getMessage() + ")", e);
        }
        spec.commandLine().getOut().println("merged " + runs.size() + " runs, " + merged.benchmarks().size()
                + " benchmarks -> " + output);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
