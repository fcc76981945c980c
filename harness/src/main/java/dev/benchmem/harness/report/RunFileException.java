package dev.benchmem.harness.report;

import java.nio.file.Path;

/** A run file that cannot be read; the message is one line naming the file and the problem. */
public final class RunFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    RunFileException(Path file, String problem) {
        super(file + ": " + problem);
    }
}
