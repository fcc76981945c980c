package dev.benchmem.analysis;

/**
 * An input that cannot be read as a benchmark run. The message is one line that names the
 * input and the problem, fit to print as is.
 */
public final class RunFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RunFileException(String input, String problem) {
        super(input + ": " + problem);
    }

    public RunFileException(String input, String problem, Throwable cause) {
        super(input + ": " + problem, cause);
    }
}
