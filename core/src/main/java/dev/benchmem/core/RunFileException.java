package dev.benchmem.core;

import java.nio.file.Path;

/**
 * An input that cannot be read as a benchmark run. The message is one line that names the
 * input and the problem, fit to print as is.
 */
public final class RunFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RunFileException(String input, String problem) {
        super(input + ": " + problem);
    }

    public RunFileException(Path file, String problem) {
        this(file.toString(), problem);
    }
}
