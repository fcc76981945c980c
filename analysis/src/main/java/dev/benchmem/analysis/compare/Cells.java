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
                return unit.size() == 1 ? String.format(Locale.ROOT, "%.0f", raw)
                        : String.format(Locale.ROOT, "%.2f", unit.scale(raw));
            default:
                return String.format(Locale.ROOT, "%.0f", raw);
        }
    }

    static String change(Change change) {
        switch (change.kind()) {
            case MISSING:
                return MISSING;
            case FROM_ZERO:
                return "from 0";
            default:
                return String.format(Locale.ROOT, "%+.1f%%", change.percent());
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
