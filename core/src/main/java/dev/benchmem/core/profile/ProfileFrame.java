package dev.benchmem.core.profile;

/**
 * One frame of a call path.
 *
 * @param className binary class name; hidden classes without their run-specific suffix
 * @param method    method name ({@code sort.lambda#0} for a lambda body)
 * @param line      source line, -1 when unknown
 */
public record ProfileFrame(String className, String method, int line) {
    public ProfileFrame {
        if (className == null || className.isEmpty() || method == null || method.isEmpty()) {
            throw new IllegalArgumentException("a frame needs a class and a method");
        }
    }

    /** {@code java.util.ArrayList.grow:237}, or without {@code :line} when unknown. */
    public String label() {
        return className + "." + method + (line < 0 ? "" : ":" + line);
    }

    /** As {@link #label()} with the class's package left out: {@code ArrayList.grow:237}. */
    public String shortLabel() {
        return className.substring(className.lastIndexOf('.') + 1) + "." + method + (line < 0 ? "" : ":" + line);
    }

    @Override
    public String toString() {
        return label();
    }
}
