package dev.benchmem.analysis.compare;

import dev.benchmem.analysis.Metric;
import dev.benchmem.analysis.Units;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regression threshold, {@code METRIC:AMOUNT}: a percent ({@code peak:10%}, decimals allowed)
 * or an absolute growth in the metric's units ({@code peak:5MiB}, {@code time:2ms},
 * {@code allocations:100}). Only growth counts, and only growth strictly beyond the amount.
 *
 * @param percent true for a percent threshold
 * @param amount  the percent, or the absolute growth in raw units (seconds, bytes, counts)
 * @param text    the threshold as written, for messages
 */
public record Threshold(Metric metric, boolean percent, double amount, String text) {
    private static final Pattern AMOUNT = Pattern.compile("([-+]?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*(%|[A-Za-z]*)");

    /**
     * Parses {@code METRIC:AMOUNT}.
     *
     * @throws IllegalArgumentException with a one-line message naming what is wrong
     */
    public static Threshold parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("'" + text + "': expected METRIC:THRESHOLD, e.g. peak:10% or peak:5MiB");
        }
        Metric metric;
        try {
            metric = Metric.parse(text.substring(0, colon));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "': " + e.getMessage(), e);
        }
        Matcher m = AMOUNT.matcher(text.substring(colon + 1).trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "': '" + text.substring(colon + 1)
                    + "' is not an amount (expected N% or N with a unit, e.g. 10% or 5MiB)");
        }
        double number = Double.parseDouble(m.group(1));
        if (number < 0) {
            throw new IllegalArgumentException("'" + text + "': a threshold is a growth and cannot be negative");
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
                throw new IllegalArgumentException("'" + text + "': " + metric.key()
                        + " is a count: use a bare number or a percent, not '" + unit + "'");
            }
            return 1;
        }
        String units = Units.symbols(metric.quantity());
        if (unit.isEmpty()) {
            throw new IllegalArgumentException("'" + text + "': a " + metric.key()
                    + " threshold needs % or a unit (" + units + ")");
        }
        Optional<Units.Unit> named = Units.named(metric.quantity(), unit);
        return named.orElseThrow(() -> new IllegalArgumentException("'" + text + "': unknown unit '" + unit
                + "' for " + metric.key() + " (expected %, " + units + ")")).size();
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
