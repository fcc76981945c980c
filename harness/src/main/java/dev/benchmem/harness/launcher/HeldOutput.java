package dev.benchmem.harness.launcher;

import java.io.PrintStream;

/**
 * Where progress is printed: straight through, or held back while the memory-pass JVM, which
 * starts before this JVM's tests and may still run while the first of them warms up, prints
 * its own lines; then let through in order after a header.
 */
final class HeldOutput {

    private final PrintStream out;
    private StringBuilder held;

    HeldOutput(PrintStream out) {
        this.out = out;
    }

    /** Holds what is printed from now on, until {@link #release}. */
    synchronized void hold() {
        if (held == null) {
            held = new StringBuilder();
        }
    }

    /** Prints {@code header}, then what was held, and lets everything through from now on. */
    synchronized void release(String header) {
        out.print(header);
        if (held != null) {
            out.print(held);
            held = null;
        }
        out.flush();
    }

    synchronized void print(String text) {
        if (held != null) {
            held.append(text);
        } else {
            out.print(text);
            out.flush();
        }
    }

    void println(String text) {
        print(text + System.lineSeparator());
    }
}
