package dev.benchmem.analysis;

import java.util.List;
import java.util.Optional;

/**
 * Display units for the raw values of the long table (seconds, bytes, counts), shared by the
 * compare tables and the plot axes so both speak the same units. Binary units for bytes.
 */
public final class Units {

    /** A unit: {@code symbol} and how many raw units (seconds, bytes, counts) one of it holds. */
    public record Unit(String symbol, double size) {
        /** {@code raw} expressed in this unit. */
        public double scale(double raw) {
            return raw / size;
        }
    }

    private static final List<Unit> BYTES = List.of(
            new Unit("B", 1), new Unit("KiB", 1L << 10), new Unit("MiB", 1L << 20), new Unit("GiB", 1L << 30));
    private static final List<Unit> SECONDS = List.of(
            new Unit("ns", 1e-9), new Unit("us", 1e-6), new Unit("ms", 1e-3), new Unit("s", 1));
    private static final Unit COUNT = new Unit("", 1);

    private Units() {
    }

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
        switch (metric.quantity()) {
            case BYTES:
                return bytes(magnitude);
            case SECONDS:
                return seconds(magnitude);
            default:
                return COUNT;
        }
    }

    /** The unit of {@code quantity} spelled {@code symbol} (B KiB MiB GiB; ns us ms s), if any. */
    public static Optional<Unit> named(Metric.Quantity quantity, String symbol) {
        List<Unit> units = quantity == Metric.Quantity.BYTES ? BYTES
                : quantity == Metric.Quantity.SECONDS ? SECONDS : List.of();
        return units.stream().filter(u -> u.symbol().equals(symbol)).findFirst();
    }

    /** The symbols of {@code quantity}'s units, for messages, e.g. {@code "B, KiB, MiB, GiB"}. */
    public static String symbols(Metric.Quantity quantity) {
        List<Unit> units = quantity == Metric.Quantity.BYTES ? BYTES : SECONDS;
        return String.join(", ", units.stream().map(Unit::symbol).toList());
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
