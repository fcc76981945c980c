package dev.benchmem.harness.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Units and number formats of the table and gate messages, as pytest-benchmark and the
 * reference print them. Numbers round half-even on the exact binary value, like Python's
 * {@code format}, so {@code 0.125} shows as {@code 0.12} in both.
 */
final class Units {

    /** A display unit: a prefix or name and the factor that converts base units into it. */
    record Unit(String name, double factor) {}

    private static final Unit[] BYTE_UNITS = {new Unit("B", 1), new Unit("KiB", 1024),
            new Unit("MiB", 1024.0 * 1024), new Unit("GiB", 1024.0 * 1024 * 1024),
            new Unit("TiB", 1024.0 * 1024 * 1024 * 1024)};

    private Units() {}

    /** pytest-benchmark's {@code time_unit}: {@code n, u, m} or none, for a value in seconds. */
    static Unit time(double seconds) {
        if (seconds < 1e-6) {
            return new Unit("n", 1e9);
        } else if (seconds < 1e-3) {
            return new Unit("u", 1e6);
        } else if (seconds < 1) {
            return new Unit("m", 1e3);
        }
        return new Unit("", 1);
    }

    /** pytest-benchmark's {@code operations_unit}: {@code M, K} or none. */
    static Unit operations(double ops) {
        if (ops > 1e6) {
            return new Unit("M", 1e-6);
        } else if (ops > 1e3) {
            return new Unit("K", 1e-3);
        }
        return new Unit("", 1);
    }

    /** The largest binary byte unit not above {@code maxBytes} (B for values under 1 KiB). */
    static Unit bytes(double maxBytes) {
        Unit unit = BYTE_UNITS[0];
        for (Unit u : BYTE_UNITS) {
            if (maxBytes >= u.factor()) {
                unit = u;
            }
        }
        return unit;
    }

    /** {@code format(value, ',.Nf')}. */
    static String grouped(double value, int decimals) {
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        return f.format(new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN));
    }

    /** {@code format(value, '.Nf')}, no grouping. */
    static String fixed(double value, int decimals) {
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Bytes in a column's unit: whole bytes for B, else two decimals. */
    static String bytesIn(double bytes, Unit unit) {
        return unit.factor() == 1 ? grouped(bytes, 0) : grouped(bytes / unit.factor(), 2);
    }

    /** A byte value with its own unit, e.g. {@code 3.81 MiB}. */
    static String humanBytes(double bytes) {
        Unit unit = bytes(Math.abs(bytes));
        return bytesIn(bytes, unit) + " " + unit.name();
    }

    /** pytest-benchmark's {@code format_time}: e.g. {@code 50.29us}. */
    static String humanTime(double seconds) {
        Unit unit = time(seconds);
        return fixed(seconds * unit.factor(), 2) + unit.name() + "s";
    }

    /** A count with thousands separators. */
    static String count(double count) {
        return grouped(count, 0);
    }
}
