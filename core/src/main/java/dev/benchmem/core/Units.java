package dev.benchmem.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Units of the raw values (seconds, bytes, counts) and the number formats every view prints
 * them in: the terminal table, compare tables, gate messages and plot axes. Binary units for
 * bytes. Numbers round half-even on the exact binary value, like Python's {@code format}, so
 * {@code 0.125} shows as {@code 0.12} here and in the reference.
 */
public final class Units {

    /** A unit: {@code symbol} and how many raw units (seconds, bytes, counts) one of it holds. */
    public record Unit(String symbol, double size) {
        /** {@code raw} expressed in this unit. */
        public double scale(double raw) {
            return raw / size;
        }
    }

    private static final List<Unit> BYTES = List.of(new Unit("B", 1), new Unit("KiB", 1L << 10),
            new Unit("MiB", 1L << 20), new Unit("GiB", 1L << 30), new Unit("TiB", 1L << 40));
    private static final List<Unit> SECONDS = List.of(
            new Unit("ns", 1e-9), new Unit("us", 1e-6), new Unit("ms", 1e-3), new Unit("s", 1));
    /** Units a threshold may be written in; {@code µs} is {@code us}. */
    private static final List<Unit> SECONDS_SPELLED = List.of(new Unit("µs", 1e-6));
    private static final Unit COUNT = new Unit("", 1);

    private Units() {}

    /** The largest byte unit in which {@code magnitude} is at least 1 (B below 1 KiB). */
    public static Unit bytes(double magnitude) {
        return largestFitting(BYTES, magnitude);
    }

    /** The largest time unit in which {@code magnitude} seconds is at least 1 (ns below 1 us). */
    public static Unit seconds(double magnitude) {
        return largestFitting(SECONDS, magnitude);
    }

    /** The unit for values of {@code metric} whose largest absolute value is {@code magnitude}. */
    public static Unit of(Metric metric, double magnitude) {
        return switch (metric.quantity()) {
            case BYTES -> bytes(magnitude);
            case SECONDS -> seconds(magnitude);
            case COUNT -> COUNT;
        };
    }

    /** The unit of {@code quantity} spelled {@code symbol}, case-insensitive (B KiB MiB GiB; ns us ms s). */
    public static Optional<Unit> named(Metric.Quantity quantity, String symbol) {
        List<Unit> units = switch (quantity) {
            case BYTES -> BYTES;
            case SECONDS -> SECONDS;
            case COUNT -> List.of();
        };
        Optional<Unit> unit = units.stream().filter(u -> u.symbol().equalsIgnoreCase(symbol)).findFirst();
        if (unit.isEmpty() && quantity == Metric.Quantity.SECONDS) {
            unit = SECONDS_SPELLED.stream().filter(u -> u.symbol().equals(symbol)).findFirst();
        }
        return unit;
    }

    /** The symbols of {@code quantity}'s units, for messages, e.g. {@code "B, KiB, MiB, GiB"}. */
    public static String symbols(Metric.Quantity quantity) {
        List<Unit> units = quantity == Metric.Quantity.BYTES ? BYTES.subList(0, 4) : SECONDS;
        return String.join(", ", units.stream().map(Unit::symbol).toList());
    }

    /** pytest-benchmark's {@code time_unit}: prefix {@code n, u, m} or none, for a value in seconds. */
    public static Unit timePrefix(double seconds) {
        if (seconds < 1e-6) {
            return new Unit("n", 1e-9);
        } else if (seconds < 1e-3) {
            return new Unit("u", 1e-6);
        } else if (seconds < 1) {
            return new Unit("m", 1e-3);
        }
        return new Unit("", 1);
    }

    /** pytest-benchmark's {@code operations_unit}: prefix {@code M, K} or none. */
    public static Unit operationsPrefix(double ops) {
        if (ops > 1e6) {
            return new Unit("M", 1e6);
        } else if (ops > 1e3) {
            return new Unit("K", 1e3);
        }
        return new Unit("", 1);
    }

    /** {@code format(value, ',.Nf')}. */
    public static String grouped(double value, int decimals) {
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        return f.format(new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN));
    }

    /**
     * {@code format(value, '.Nf')}, no grouping: half-even on the exact binary value. Without a
     * {@link java.util.Formatter} or a {@link BigDecimal} unless the value is a tie, since
     * tables of 10,000 ids are printed at start-up speed.
     */
    public static String fixed(double value, int decimals) {
        double scaled = Math.abs(value) * POWERS[decimals];
        double fraction = scaled - Math.floor(scaled);
        if (!(scaled < 1e15) || Math.abs(fraction - 0.5) < 1e-6) {
            return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
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
        return value < 0 && units != 0 ? "-" + digits : digits;
    }

    private static final double[] POWERS = {1, 10, 100, 1000, 10000, 1e5, 1e6};

    /** Python's {@code format(x, ".Ng")}: N significant digits, exponent form outside 1e-4..1eN. */
    public static String significant(double x, int digits) {
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

    /** Bytes in a column's unit: whole bytes for B, else two decimals. */
    public static String bytesIn(double bytes, Unit unit) {
        return unit.size() == 1 ? grouped(bytes, 0) : grouped(unit.scale(bytes), 2);
    }

    /** A byte value with its own unit, e.g. {@code 3.81 MiB}. */
    public static String humanBytes(double bytes) {
        Unit unit = bytes(Math.abs(bytes));
        return bytesIn(bytes, unit) + " " + unit.symbol();
    }

    /** pytest-benchmark's {@code format_time}: e.g. {@code 50.29us}. */
    public static String humanTime(double seconds) {
        Unit unit = timePrefix(seconds);
        return fixed(unit.scale(seconds), 2) + unit.symbol() + "s";
    }

    /** A count with thousands separators. */
    public static String count(double count) {
        return grouped(count, 0);
    }

    /**
     * A value of {@code metric} in the unit of {@code magnitude}, for regression lines: {@code
     * 3.81 MiB}, {@code 2.657 ms} (four significant digits), {@code 12}.
     */
    public static String withUnit(Metric metric, double raw, double magnitude) {
        Unit unit = of(metric, magnitude);
        return switch (metric.quantity()) {
            case COUNT -> fixed(raw, 0);
            case SECONDS -> significant(unit.scale(raw), 4) + " " + unit.symbol();
            case BYTES -> fixed(unit.scale(raw), unit.size() == 1 ? 0 : 2) + " " + unit.symbol();
        };
    }

    private static Unit largestFitting(List<Unit> units, double magnitude) {
        double abs = Math.abs(magnitude);
        Unit chosen = units.get(0);
        for (Unit u : units) {
            if (abs >= u.size()) {
                chosen = u;
            }
        }
        return chosen;
    }
}
