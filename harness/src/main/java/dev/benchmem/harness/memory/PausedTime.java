package dev.benchmem.harness.memory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * In the memory-pass JVM: how long the parent has kept this JVM stopped while it timed rounds,
 * so that a time budget counts only the time the passes ran. Before each SIGCONT the parent
 * writes the pause's length in nanoseconds, one line, to this JVM's standard input (see
 * {@link ChildJvm.Running#resume}); the line is in the pipe before this JVM runs again, so a
 * reading taken after the pause always includes it.
 */
final class PausedTime {

    /** This JVM's: read from its standard input. */
    static final PausedTime OF_THIS_JVM = new PausedTime(System.in);

    private final InputStream reports;
    private final StringBuilder partial = new StringBuilder();
    private long total;

    PausedTime(InputStream reports) {
        this.reports = reports;
    }

    /** The nanoseconds this JVM has been stopped so far, as reported; 0 when nobody reports. */
    synchronized long nanos() {
        try {
            for (int available; (available = reports.available()) > 0; ) {
                partial.append(new String(reports.readNBytes(available), StandardCharsets.US_ASCII));
                for (int end; (end = partial.indexOf("\n")) >= 0; partial.delete(0, end + 1)) {
                    total += Long.parseLong(partial.substring(0, end).trim());
                }
            }
        } catch (IOException | NumberFormatException e) {
            // nobody reports, or not in this form: the budget counts all time
        }
        return total;
    }

    /** A clock that stands still while this JVM is stopped by the parent. */
    long runningNanos() {
        return System.nanoTime() - nanos();
    }
}
