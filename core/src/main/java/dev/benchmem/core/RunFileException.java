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

    /**
     * A value that is present but malformed, the one wording both run-file readers use:
     * {@code bad.json: benchmark 'a[1]': stats.min is "fast", expected a number}.
     *
     * @param benchmark the benchmark's name, or null for a field of the run itself
     * @param shown     the value as the file holds it ({@code "fast"}, {@code true}, {@code a list})
     */
    public static RunFileException malformed(String input, String benchmark, String field, String shown,
            String expected) {
        String where = benchmark == null ? "" : "benchmark '" + benchmark + "': ";
        return new RunFileException(input, where + field + " is " + shown + ", expected " + expected);
    }
}
