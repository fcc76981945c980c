package dev.benchmem.harness.engine;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Time budgets as pytest-benchmark takes them: seconds ({@code 1.0}, {@code 0.000005}) or with a unit ({@code 500ms}). */
public final class Durations {

    private static final Pattern TIME = Pattern.compile("\\s*(\\d+(?:\\.\\d*)?(?:[eE][-+]?\\d+)?)\\s*(s|ms|us|ns)?\\s*");

    private Durations() {
    }

    /** Parses {@code text}; throws {@link IllegalArgumentException} naming it when it is not a time. */
    public static Duration parse(String text) {
        Matcher m = TIME.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a time (seconds, or a number with s, ms, us or ns): '" + text + "'");
        }
        double value = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double nanos = switch (unit) {
            case "ms" -> value * 1e6;
            case "us" -> value * 1e3;
            case "ns" -> value;
            default -> value * 1e9;
        };
        return Duration.ofNanos(Math.round(nanos));
    }
}
