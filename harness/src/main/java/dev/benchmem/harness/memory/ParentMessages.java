package dev.benchmem.harness.memory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * In the memory-pass JVM: what the parent tells it on its standard input, one line each.
 * <ul>
 *   <li>{@code paused NANOS}: how long the parent kept this JVM stopped while it timed rounds,
 *       written before each SIGCONT (see {@link ChildJvm.Running#resume}), so the line is in
 *       the pipe before this JVM runs again and a reading taken after a pause includes it. A
 *       time budget counts only the time the passes ran.
 *   <li>{@code items N}: the number of items the run has, which the parent counts up front for
 *       its own progress ({@link ChildJvm.Running#tellItems}); this JVM's progress shows the
 *       same percentages without counting them a second time (a second discovery and a dry
 *       execution of the plan, 0.3-0.5 s before this JVM could arm).
 * </ul>
 */
public final class ParentMessages {

    /** This JVM's: read from its standard input. */
    static final ParentMessages OF_THIS_JVM = new ParentMessages(System.in);

    private static final String PAUSED = "paused ";
    private static final String ITEMS = "items ";

    private final InputStream messages;
    private final StringBuilder partial = new StringBuilder();
    private long pausedNanos;
    /** The items the parent told; -1 before it has. */
    private long items = -1;

    ParentMessages(InputStream messages) {
        this.messages = messages;
    }

    /** The line the parent writes for a pause of {@code nanos}. */
    static String pausedLine(long nanos) {
        return PAUSED + nanos + "\n";
    }

    /** The line the parent writes for a run of {@code items} items. */
    static String itemsLine(long items) {
        return ITEMS + items + "\n";
    }

    /**
     * The items the parent told this JVM, waiting for its line if it has not come yet (the
     * parent counts before it times anything, so before it waits for any pass); 0 when the
     * parent has gone without telling.
     */
    public static long awaitItems() {
        return OF_THIS_JVM.items();
    }

    synchronized long items() {
        try {
            while (items < 0) {
                int next = messages.read();
                if (next < 0) {
                    return 0;
                }
                partial.append((char) next);
                takeLines();
            }
        } catch (IOException e) {
            return 0;
        }
        return items;
    }

    /** The nanoseconds this JVM has been stopped so far, as reported; 0 when nobody reports. */
    synchronized long pausedNanos() {
        try {
            for (int available; (available = messages.available()) > 0; ) {
                partial.append(new String(messages.readNBytes(available), StandardCharsets.US_ASCII));
                takeLines();
            }
        } catch (IOException e) {
            // nobody reports: the budget counts all time
        }
        return pausedNanos;
    }

    /** A clock that stands still while this JVM is stopped by the parent. */
    long runningNanos() {
        return System.nanoTime() - pausedNanos();
    }

    /** Takes the complete lines read so far; a line of another form is ignored. */
    private void takeLines() {
        for (int end; (end = partial.indexOf("\n")) >= 0; partial.delete(0, end + 1)) {
            String line = partial.substring(0, end).trim();
            try {
                if (line.startsWith(PAUSED)) {
                    pausedNanos += Long.parseLong(line.substring(PAUSED.length()));
                } else if (line.startsWith(ITEMS)) {
                    items = Long.parseLong(line.substring(ITEMS.length()));
                }
            } catch (NumberFormatException e) {
                // not written by a parent of this build: nothing to take
            }
        }
    }
}
