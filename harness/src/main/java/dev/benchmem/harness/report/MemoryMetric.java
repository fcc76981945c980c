package dev.benchmem.harness.report;

import java.util.List;
import java.util.Locale;

/**
 * A metric of the memory pass: its user-facing key (as in {@code
 * --benchmark-memory-columns=peak,allocated,allocations}), its series key in {@code
 * extra_info.benchmem}, and its table label.
 */
public enum MemoryMetric {
    /** Most bytes the call held alive at once, above what was live when it began. */
    PEAK("peak", "peak_bytes", "peak", true),
    /** Sum of the shallow sizes of every object and array the call allocated. */
    ALLOCATED("allocated", "total_bytes", "allocated", true),
    /** Number of objects and arrays the call allocated. */
    ALLOCATIONS("allocations", "allocations", "allocs", false);

    private final String key;
    private final String seriesKey;
    private final String label;
    private final boolean bytes;

    MemoryMetric(String key, String seriesKey, String label, boolean bytes) {
        this.key = key;
        this.seriesKey = seriesKey;
        this.label = label;
        this.bytes = bytes;
    }

    /** {@code peak}, {@code allocated} or {@code allocations}. */
    public String key() {
        return key;
    }

    /** The series' key in {@code extra_info.benchmem}: {@code peak_bytes} etc. */
    public String seriesKey() {
        return seriesKey;
    }

    /** The terminal table's column label: {@code peak}, {@code allocated}, {@code allocs}. */
    public String label() {
        return label;
    }

    /** Whether the values are bytes (else counts). */
    public boolean isBytes() {
        return bytes;
    }

    /** This metric's per-pass values. */
    public List<Long> series(MemoryPasses passes) {
        return switch (this) {
            case PEAK -> passes.peakBytes();
            case ALLOCATED -> passes.totalBytes();
            case ALLOCATIONS -> passes.allocations();
        };
    }

    /** The metric with this key ({@code allocs} accepted too), or a one-line error. */
    public static MemoryMetric parse(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT);
        for (MemoryMetric m : values()) {
            if (m.key.equals(k) || m.label.equals(k)) {
                return m;
            }
        }
        throw new IllegalArgumentException(
                "unknown memory metric '" + key + "' (use peak, allocated, allocations)");
    }
}
