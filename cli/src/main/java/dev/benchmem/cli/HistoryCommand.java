package dev.benchmem.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code benchmem history}: the run-history database; the work is in its subcommands. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"Keeps runs across commits in a database (embedded by default, PostgreSQL for a team),",
            "and gates on the latest run against the history's noise band."},
        subcommands = {HistoryAddCommand.class, HistoryListCommand.class, HistoryShowCommand.class,
            HistoryExportCommand.class, HistoryRmCommand.class, HistoryCheckCommand.class},
        footer = {"", "Example: benchmem history add .benchmarks/run.json && benchmem history check --metric peak"})
public final class HistoryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command (add, list, show, export, rm, check)");
    }
}
