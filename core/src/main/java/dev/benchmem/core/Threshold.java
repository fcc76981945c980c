package dev.benchmem.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regression threshold, {@code METRIC:LIMIT} as DESIGN section 7 and the reference write it:
 * {@code peak:10%}, {@code peak:5MiB}, {@code time:2ms}, {@code allocations:100}. A limit is a
 * percentage of the baseline or an absolute growth in the metric's unit: bytes ({@code B KiB
 * MiB GiB}) for memory, seconds ({@code s ms us ns}) for time, a bare count for allocations.
 *
 * <p>The regression rule, the same for the harness's inline gate and {@code benchmem compare}:
 * only growth counts, and only growth strictly beyond the limit. From a zero baseline a percent
 * threshold trips on any growth (no percentage exists, and the change prints as {@code from 0});
 * an absolute one trips when the growth exceeds its amount, as anywhere else.
 *
 * @param metric  the metric it gates
 * @param percent true for a percent threshold
 * @param amount  the percent, or the absolute growth in raw units (seconds, bytes, counts)
 * @param text    the threshold as written, for messages
 */
public record Threshold(Metric metric, boolean percent, double amount, String text) {

    private static final Pattern AMOUNT =
            Pattern.compile("([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*(%|[A-Za-zµ]*)");

    /**
     * Parses {@code METRIC:LIMIT}.
     *
     * @throws IllegalArgumentException one line naming the threshold and what is wrong, e.g.
     *     {@code bad threshold 'peak:10': peak needs % or a unit (B, KiB, MiB, GiB)}
     */
    public static Threshold parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw bad(text, "expected METRIC:LIMIT, e.g. peak:10% or peak:5MiB");
        }
        Metric metric;
        try {
            metric = Metric.parse(text.substring(0, colon));
        } catch (IllegalArgumentException e) {
            throw bad(text, e.getMessage());
        }
        String raw = text.substring(colon + 1).strip();
        Matcher m = AMOUNT.matcher(raw);
        if (!m.matches()) {
            throw bad(text, "'" + raw + "' is not a number with a unit or %, e.g. 10% or 5MiB");
        }
        double number = Double.parseDouble(m.group(1));
        if (number < 0) {
            throw bad(text, "a limit is a growth and cannot be negative");
        }
        String unit = m.group(2);
        if (unit.equals("%")) {
            return new Threshold(metric, true, number, text);
        }
        return new Threshold(metric, false, number * unitSize(text, metric, unit), text);
    }

    private static double unitSize(String text, Metric metric, String unit) {
        if (metric.quantity() == Metric.Quantity.COUNT) {
            if (!unit.isEmpty()) {
                throw bad(text, metric.key() + " is a count: use a bare number or %, not '" + unit + "'");
            }
            return 1;
        }
        String units = Units.symbols(metric.quantity());
        if (unit.isEmpty()) {
            throw bad(text, metric.key() + " needs % or a unit (" + units + ")");
        }
        return Units.named(metric.quantity(), unit)
                .orElseThrow(() -> bad(text, "unknown unit '" + unit + "' for " + metric.key()
                        + " (use %, " + units + ")"))
                .size();
    }

    private static IllegalArgumentException bad(String text, String problem) {
        return new IllegalArgumentException("bad threshold '" + text + "': " + problem);
    }

    /** True when {@code candidate} grew beyond this threshold over {@code baseline}; NaN never does. */
    public boolean exceededBy(double baseline, double candidate) {
        if (Double.isNaN(baseline) || Double.isNaN(candidate) || candidate <= baseline) {
            return false;
        }
        if (!percent) {
            return candidate - baseline > amount;
        }
        return baseline == 0 || (candidate - baseline) / Math.abs(baseline) * 100 > amount;
    }

    @Override
    public String toString() {
        return text;
    }
}
