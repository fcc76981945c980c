package dev.benchmem.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code benchmem}: the top-level command; the work is in its subcommands. */
@Command(name = "benchmem",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Compare and plot saved benchmark runs: benchmem, pytest-benchmark and JMH (-rf json) files; show allocation profiles.",
        subcommands = {CompareCommand.class, PlotCommand.class, FlamegraphCommand.class, SweepCommand.class, MergeCommand.class, HistoryCommand.class,
            AutoComplete.GenerateCompletion.class},
        footer = {"", "Exit codes: 0 ok, 1 regression over a --fail-on threshold, 2 usage or input error."})
public final class BenchmemCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command (compare, plot, flamegraph, sweep, merge, history, generate-completion)");
    }

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), args));
    }

    /** Runs {@code args} writing to {@code out} and {@code err}; returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        // Tablesaw logs through SLF4J; without a provider it would warn on every run.
        System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        Warmup.startFor(args);
        return commandLine(out, err).execute(args);
    }

    /** The configured command line: UTF-8 output, one-line errors, exit codes 0/1/2. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new BenchmemCommand());
        cli.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler(Errors::onParameterError);
        cli.setExecutionExceptionHandler(Errors::onExecutionError);
        return cli;
    }
}
