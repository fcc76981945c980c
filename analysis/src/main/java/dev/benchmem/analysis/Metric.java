package dev.benchmem.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a row of the long table measures; values are in seconds, bytes or counts. */
public enum Metric {
    /** Seconds per iteration (per round), or per operation for JMH. */
    TIME("time", Quantity.SECONDS),
    /** The most bytes the call held alive at once during a memory pass. */
    PEAK("peak", Quantity.BYTES),
    /** Sum of the sizes of everything the call allocated. */
    ALLOCATED("allocated", Quantity.BYTES),
    /** Number of objects and arrays the call allocated. */
    ALLOCATIONS("allocations", Quantity.COUNT);

    /** The physical quantity behind a metric, which decides its units. */
    public enum Quantity { SECONDS, BYTES, COUNT }

    private final String key;
    private final Quantity quantity;

    Metric(String key, Quantity quantity) {
        this.key = key;
        this.quantity = quantity;
    }

    /** The name used on the command line and in the {@code metric} column, e.g. {@code "peak"}. */
    public String key() {
        return key;
    }

    public Quantity quantity() {
        return quantity;
    }

    /** True for the metrics of the memory pass. */
    public boolean isMemory() {
        return this != TIME;
    }

    /**
     * The metric named by {@code key} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the unknown key and the known ones
     */
    public static Metric parse(String key) {
        for (Metric m : values()) {
            if (m.key.equalsIgnoreCase(key.trim())) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown metric '" + key + "' (expected " + keys() + ")");
    }

    /** The known keys, comma separated, for messages. */
    public static String keys() {
        return Arrays.stream(values()).map(Metric::key).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return key.toLowerCase(Locale.ROOT);
    }
}
