package dev.benchmem.analysis.compare;

import dev.benchmem.analysis.Metric;
import dev.benchmem.analysis.Stat;
import dev.benchmem.analysis.Units;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The text of table cells, as the reference prints them: time in seconds to four significant
 * digits ({@code 5.029e-05}), bytes in one unit per table with two decimals, counts as integers,
 * changes as signed percents with one decimal, {@code —} where a value is missing.
 */
final class Cells {
    static final String MISSING = "\u2014";

    private Cells() {
    }

    /** The display unit of a table: seconds for time, else from its largest value. */
    static Units.Unit unit(DeltaTable table) {
        if (table.metric() == Metric.TIME) {
            return Units.seconds(1);
        }
        double max = 0;
        for (DeltaRow row : table.rows()) {
            for (double v : row.values()) {
                if (!Double.isNaN(v) && !Double.isInfinite(v)) {
                    max = Math.max(max, Math.abs(v));
                }
            }
        }
        return Units.of(table.metric(), max);
    }

    /** E.g. {@code peak (MiB)}, {@code time (s, median)}, {@code allocations}. */
    static String title(DeltaTable table, Units.Unit unit) {
        String qualifier = unit.symbol();
        if (table.stat() != Stat.MIN) {
            qualifier = qualifier.isEmpty() ? table.stat().key() : qualifier + ", " + table.stat().key();
        }
        String title = qualifier.isEmpty() ? table.metric().key() : table.metric().key() + " (" + qualifier + ")";
        return table.section().isAll() ? title : title + " \u2014 " + table.section().label();
    }

    static String value(Metric metric, Units.Unit unit, double raw) {
        if (Double.isNaN(raw)) {
            return MISSING;
        }
        switch (metric.quantity()) {
            case SECONDS:
                return significant(unit.scale(raw), 4);
            case BYTES:
                return fixed(unit.scale(raw), unit.size() == 1 ? 0 : 2);
            default:
                return fixed(raw, 0);
        }
    }

    static String change(Change change) {
        switch (change.kind()) {
            case MISSING:
                return MISSING;
            case FROM_ZERO:
                return "from 0";
            default:
                double p = change.percent();
                return (p < 0 || (p == 0 && 1 / p < 0) ? "-" : "+") + fixed(Math.abs(p), 1) + "%";
        }
    }

    /** A value with a unit, for regression lines: {@code 3.81 MiB}, {@code 2.657 ms}, {@code 12}. */
    static String withUnit(Metric metric, double raw, double magnitude) {
        if (metric.quantity() == Metric.Quantity.COUNT) {
            return value(metric, Units.of(metric, magnitude), raw);
        }
        Units.Unit unit = Units.of(metric, magnitude);
        String number = metric.quantity() == Metric.Quantity.SECONDS ? significant(unit.scale(raw), 4) : value(metric, unit, raw);
        return number + " " + unit.symbol();
    }

    /**
     * {@code x} with {@code decimals} fraction digits, like {@code %.Nf} but without a
     * {@link java.util.Formatter} per cell (tables of 10,000 ids are printed at start-up speed).
     */
    static String fixed(double x, int decimals) {
        double scaled = Math.abs(x) * POWERS[decimals];
        if (!(scaled < 1e17)) {
            return String.format(Locale.ROOT, "%." + decimals + "f", x);
        }
        long units = Math.round(scaled);
        String digits = Long.toString(units);
        if (decimals > 0) {
            if (digits.length() <= decimals) {
                digits = "0".repeat(decimals - digits.length() + 1) + digits;
            }
            int point = digits.length() - decimals;
            digits = digits.substring(0, point) + "." + digits.substring(point);
        }
        return x < 0 && units != 0 ? "-" + digits : digits;
    }

    private static final double[] POWERS = {1, 10, 100, 1000, 10000};

    /** Python's {@code format(x, ".Ng")}: N significant digits, exponent form outside 1e-4..1eN. */
    static String significant(double x, int digits) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0) {
            return (1 / x < 0) ? "-0" : "0";
        }
        BigDecimal rounded = new BigDecimal(x).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent < -4 || exponent >= digits) {
            String mantissa = rounded.unscaledValue().abs().toString().replaceFirst("0+$", "");
            String sign = rounded.signum() < 0 ? "-" : "";
            String fraction = mantissa.length() > 1 ? "." + mantissa.substring(1) : "";
            return String.format(Locale.ROOT, "%s%s%se%s%02d", sign, mantissa.charAt(0), fraction,
                    exponent < 0 ? "-" : "+", Math.abs(exponent));
        }
        return rounded.setScale(Math.max(0, digits - 1 - exponent), RoundingMode.HALF_EVEN)
                .stripTrailingZeros().toPlainString();
    }
}
