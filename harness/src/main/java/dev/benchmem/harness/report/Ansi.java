package dev.benchmem.harness.report;

import java.lang.reflect.Method;
import java.util.Map;

/**
 * ANSI styling that turns itself off when output is not a terminal or NO_COLOR is set: the
 * terminal table's, and the launcher's progress marks.
 */
public final class Ansi {

    public static final String RESET = "\u001b[0m";
    public static final String BOLD = "\u001b[1m";
    public static final String DIM = "\u001b[2m";
    public static final String INVERT = "\u001b[7m";
    public static final String RED = "\u001b[31m";
    public static final String GREEN = "\u001b[32m";
    public static final String YELLOW = "\u001b[33m";

    private final boolean on;

    /** @param on whether to style at all; see {@link #auto} */
    public Ansi(boolean on) {
        this.on = on;
    }

    /** {@code text} wrapped in {@code codes} and a reset, or as is when off. */
    public String style(String text, String... codes) {
        if (!on || codes.length == 0) {
            return text;
        }
        return String.join("", codes) + text + RESET;
    }

    /**
     * Colour by default: never with {@code NO_COLOR} set (no-color.org), always with {@code
     * FORCE_COLOR} set, else when standard output is a terminal.
     */
    public static boolean auto(Map<String, String> env) {
        if (!env.getOrDefault("NO_COLOR", "").isEmpty()) {
            return false;
        }
        if (!env.getOrDefault("FORCE_COLOR", "").isEmpty()) {
            return true;
        }
        return isTerminal();
    }

    /** {@code System.console()} is non-null when piped on JDK 22+, which adds isTerminal(). */
    private static boolean isTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = java.io.Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
