package dev.benchmem.harness.report;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regression threshold, {@code METRIC:LIMIT} as DESIGN section 7 and the reference write it:
 * {@code peak:10%}, {@code peak:5MiB}, {@code time:2ms}, {@code allocations:100}. A limit is a
 * percentage of the prior value or an absolute growth in the metric's unit: bytes ({@code B
 * KiB MiB GiB}) for peak and allocated, seconds ({@code s ms us ns}) for time, a bare count for
 * allocations. Only growth counts. {@code time} gates the minimum round time, as
 * pytest-benchmark's compare does by default.
 *
 * @param metric {@code time}, {@code peak}, {@code allocated} or {@code allocations}
 * @param limit the percentage, or the absolute growth in seconds, bytes or a count
 * @param percent whether {@code limit} is a percentage
 * @param text the threshold as written
 */
public record Threshold(String metric, double limit, boolean percent, String text) {

    private static final Pattern VALUE =
            Pattern.compile("([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*(%|[A-Za-zµ]*)");
    private static final Map<String, Double> BYTES =
            Map.of("b", 1.0, "kib", 1024.0, "mib", 1024.0 * 1024, "gib", 1024.0 * 1024 * 1024);
    /** Units per second: dividing by these keeps {@code 250ns} exactly {@code 250e-9}. */
    private static final Map<String, Double> PER_SECOND =
            Map.of("s", 1.0, "ms", 1e3, "us", 1e6, "µs", 1e6, "ns", 1e9);

    /**
     * Parses {@code METRIC:LIMIT}; an {@link IllegalArgumentException} says in one line what is
     * wrong, e.g. {@code bad threshold 'peak:10': peak needs a unit (B, KiB, MiB, GiB) or %}.
     */
    public static Threshold parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw bad(text, "expected METRIC:LIMIT, e.g. peak:10%");
        }
        String metric = text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String raw = text.substring(colon + 1).strip();
        if (!metric.equals("time") && !metric.equals("peak") && !metric.equals("allocated")
                && !metric.equals("allocations")) {
            throw bad(text, "unknown metric '" + text.substring(0, colon).strip()
                    + "' (use time, peak, allocated, allocations)");
        }
        Matcher m = VALUE.matcher(raw);
        if (!m.matches()) {
            throw bad(text, "'" + raw + "' is not a number with an optional unit or %");
        }
        double number = Double.parseDouble(m.group(1));
        String unit = m.group(2);
        if (number < 0) {
            throw bad(text, "a limit must not be negative (only growth counts)");
        }
        if (unit.equals("%")) {
            return new Threshold(metric, number, true, text);
        }
        return new Threshold(metric, absolute(text, metric, number, unit), false, text);
    }

    private static double absolute(String text, String metric, double number, String unit) {
        switch (metric) {
            case "allocations" -> {
                if (!unit.isEmpty()) {
                    throw bad(text, "allocations is a count: drop '" + unit + "'");
                }
                return number;
            }
            case "time" -> {
                Double perSecond = PER_SECOND.get(unit.toLowerCase(Locale.ROOT));
                if (perSecond == null) {
                    throw bad(text, unitProblem(metric, unit) + " (s, ms, us, ns) or %");
                }
                return number / perSecond;
            }
            default -> {
                Double bytes = BYTES.get(unit.toLowerCase(Locale.ROOT));
                if (bytes == null) {
                    throw bad(text, unitProblem(metric, unit) + " (B, KiB, MiB, GiB) or %");
                }
                return number * bytes;
            }
        }
    }

    private static String unitProblem(String metric, String unit) {
        return unit.isEmpty() ? metric + " needs a unit" : "unknown unit '" + unit + "': use a unit";
    }

    private static IllegalArgumentException bad(String text, String problem) {
        return new IllegalArgumentException("bad threshold '" + text + "': " + problem);
    }

    /** Whether {@code metric} is one of the memory metrics (else time). */
    public boolean isMemory() {
        return !metric.equals("time");
    }

    /** Whether going from {@code prior} to {@code current} grows past this threshold. */
    public boolean exceeded(double prior, double current) {
        double growth = current - prior;
        if (growth <= 0) {
            return false;
        }
        return percent ? prior > 0 && growth / prior * 100 > limit : growth > limit;
    }

    @Override
    public String toString() {
        return text;
    }
}
