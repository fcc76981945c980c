package dev.benchmem.cli;

import dev.benchmem.core.RunFileException;
import dev.benchmem.core.profile.ProfileException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every error into one line on stderr and exit code 2: bad usage, unreadable inputs and
 * (without a stack trace unless {@code BENCHMEM_DEBUG} is set) anything unexpected.
 */
final class Errors {
    static final int USAGE = 2;

    private Errors() {
    }

    static int onParameterError(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        cli.getErr().println(cli.getCommandSpec().qualifiedName() + ": " + oneLine(e.getMessage())
                + " (see '" + cli.getCommandSpec().qualifiedName() + " --help')");
        return USAGE;
    }

    static int onExecutionError(Exception e, CommandLine cli, ParseResult parsed) {
        String problem;
        if (e instanceof RunFileException || e instanceof IllegalArgumentException || e instanceof ProfileException
                || e instanceof dev.benchmem.history.HistoryException) {
            problem = e.getMessage();
        } else if (e instanceof java.io.IOException) {
            problem = "I/O error: " + e.getMessage();
        } else {
            problem = "internal error: " + e + " (set BENCHMEM_DEBUG=1 for the stack trace)";
        }
        cli.getErr().println(cli.getCommandSpec().qualifiedName() + ": " + oneLine(problem));
        if (System.getenv("BENCHMEM_DEBUG") != null) {
            e.printStackTrace(cli.getErr());
        }
        return USAGE;
    }

    private static String oneLine(String message) {
        return String.valueOf(message).replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
