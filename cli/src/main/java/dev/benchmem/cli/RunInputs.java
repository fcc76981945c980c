package dev.benchmem.cli;

import dev.benchmem.core.RunFileException;
import dev.benchmem.analysis.LongTable;
import dev.benchmem.analysis.Runs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Mixin: the runs to read ({@code RUN...}) and their labels ({@code -l/--label}). */
public final class RunInputs {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    // 0..*, checked in load(): plot --view history reads a database instead.
    @Parameters(arity = "0..*", paramLabel = "RUN",
            description = "A run file (benchmem, pytest-benchmark or JMH -rf json), or a directory of saved runs "
                    + "(.benchmarks/ storage: every NNNN_*.json below it, oldest first).")
    List<Path> runs = new ArrayList<>();

    @Option(names = {"-l", "--label"}, paramLabel = "LABEL", split = ",",
            description = "Name of each run, in order (repeat or separate with commas; default: the file stems).")
    List<String> labels = new ArrayList<>();

    /** Reads every run into one long table; a bad input throws a one-line {@code RunFileException}. */
    public LongTable load() {
        if (runs.isEmpty()) {
            throw new ParameterException(mixee.commandLine(), "Missing required parameter: 'RUN'");
        }
        return Runs.load(runs, labels);
    }
}
