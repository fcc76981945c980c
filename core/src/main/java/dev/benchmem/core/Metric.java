package dev.benchmem.core;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What benchmem measures: the timed rounds' time and the memory pass's metrics. One enum for
 * every module: the key users type ({@code --fail-on peak:10%}, {@code --metric allocated}), the
 * series key in a run file's {@code extra_info.benchmem}, the terminal table's label, and the
 * quantity that decides units (seconds, bytes, counts).
 */
public enum Metric {
    /** Seconds per iteration (per round), or per operation for JMH. */
    TIME("time", null, "time", Quantity.SECONDS),
    /** Most bytes the call held alive at once, above what was live when it began. */
    PEAK("peak", "peak_bytes", "peak", Quantity.BYTES),
    /** Sum of the shallow sizes of every object and array the call allocated. */
    ALLOCATED("allocated", "total_bytes", "allocated", Quantity.BYTES),
    /** Number of objects and arrays the call allocated. */
    ALLOCATIONS("allocations", "allocations", "allocs", Quantity.COUNT),
    /**
     * Whole-process resident memory the call added: the resident high-water during the call
     * above the resident set just before it. Measured by isolated passes only (a fresh process
     * per pass); pytest-benchmem 0.5 writes the same series key.
     */
    RSS("rss", "rss_bytes", "rss", Quantity.BYTES),
    /**
     * Bytes the call left alive: the live heap after the call, with its result dropped, minus
     * the live heap before it (caches filled, statics grown). Older files have no such series.
     */
    RETAINED("retained", "retained_bytes", "retained", Quantity.BYTES);

    /** The physical quantity behind a metric, which decides its units. */
    public enum Quantity { SECONDS, BYTES, COUNT }

    private static final List<Metric> MEMORY = Arrays.stream(values()).filter(Metric::isMemory).toList();
    private static final List<Metric> ALWAYS = MEMORY.stream().filter(m -> !m.isOptional()).toList();

    private final String key;
    private final String seriesKey;
    private final String label;
    private final Quantity quantity;

    Metric(String key, String seriesKey, String label, Quantity quantity) {
        this.key = key;
        this.seriesKey = seriesKey;
        this.label = label;
        this.quantity = quantity;
    }

    /** The name used on command lines and in the long table's {@code metric} column, e.g. {@code peak}. */
    public String key() {
        return key;
    }

    /** The per-pass series' key in {@code extra_info.benchmem} ({@code peak_bytes} ...); null for time. */
    public String seriesKey() {
        return seriesKey;
    }

    /** The terminal table's column label: {@code peak}, {@code allocated}, {@code allocs}. */
    public String label() {
        return label;
    }

    public Quantity quantity() {
        return quantity;
    }

    /** Whether the values are bytes. */
    public boolean isBytes() {
        return quantity == Quantity.BYTES;
    }

    /** True for the metrics of the memory pass. */
    public boolean isMemory() {
        return this != TIME;
    }

    /**
     * True for the memory metrics a run file may lack: {@code rss} (only isolated passes measure
     * it) and {@code retained} (files older than it, and other tools' files, have none).
     */
    public boolean isOptional() {
        return this == RSS || this == RETAINED;
    }

    /** The memory pass's metrics, in declaration order. */
    public static List<Metric> memory() {
        return MEMORY;
    }

    /** The memory series every run file with memory carries: peak, allocated, allocations. */
    public static List<Metric> alwaysMeasured() {
        return ALWAYS;
    }

    /** The memory metric whose series key is {@code seriesKey} ({@code rss_bytes} ...), if any. */
    public static java.util.Optional<Metric> bySeriesKey(String seriesKey) {
        return MEMORY.stream().filter(m -> m.seriesKey.equals(seriesKey)).findFirst();
    }

    /**
     * The metric named by {@code key}, case-insensitive; the table label ({@code allocs}) is
     * accepted too.
     *
     * @throws IllegalArgumentException naming the unknown key and the known ones
     */
    public static Metric parse(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT);
        for (Metric m : values()) {
            if (m.key.equals(k) || m.label.equals(k)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown metric '" + key.strip() + "' (expected " + keys() + ")");
    }

    /** A memory metric by {@code key}, or a one-line error naming the memory metrics. */
    public static Metric parseMemory(String key) {
        Metric m;
        try {
            m = parse(key);
        } catch (IllegalArgumentException e) {
            m = TIME;
        }
        if (!m.isMemory()) {
            throw new IllegalArgumentException("unknown memory metric '" + key.strip() + "' (expected "
                    + MEMORY.stream().map(Metric::key).collect(Collectors.joining(", ")) + ")");
        }
        return m;
    }

    /** The known keys, comma separated, for messages. */
    public static String keys() {
        return Arrays.stream(values()).map(Metric::key).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return key;
    }
}
