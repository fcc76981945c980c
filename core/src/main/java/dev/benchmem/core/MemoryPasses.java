package dev.benchmem.core;

import java.util.Collections;
import java.util.List;

/**
 * Every pass of a benchmark's memory measurement, one value per pass in each series, as
 * written to {@code extra_info.benchmem}. The headline of a metric is its minimum over the
 * passes (the pass least disturbed by anything but the call).
 *
 * @param peakBytes peak live bytes per pass
 * @param totalBytes allocated bytes per pass
 * @param allocations allocated objects and arrays per pass
 */
public record MemoryPasses(List<Long> peakBytes, List<Long> totalBytes, List<Long> allocations) {

    public MemoryPasses {
        peakBytes = List.copyOf(peakBytes);
        totalBytes = List.copyOf(totalBytes);
        allocations = List.copyOf(allocations);
        if (peakBytes.isEmpty()) {
            throw new IllegalArgumentException("no memory passes");
        }
        if (totalBytes.size() != peakBytes.size() || allocations.size() != peakBytes.size()) {
            throw new IllegalArgumentException("memory series differ in length: peak_bytes "
                    + peakBytes.size() + ", total_bytes " + totalBytes.size() + ", allocations "
                    + allocations.size());
        }
    }

    /** A single pass. */
    public static MemoryPasses single(long peakBytes, long totalBytes, long allocations) {
        return new MemoryPasses(List.of(peakBytes), List.of(totalBytes), List.of(allocations));
    }

    /** Number of passes. */
    public int passes() {
        return peakBytes.size();
    }

    /** A memory metric's per-pass values. */
    public List<Long> series(Metric metric) {
        return switch (metric) {
            case PEAK -> peakBytes;
            case ALLOCATED -> totalBytes;
            case ALLOCATIONS -> allocations;
            case TIME -> throw new IllegalArgumentException("time is not a memory metric");
        };
    }

    /** The headline of a metric: its minimum over the passes. */
    public long headline(Metric metric) {
        return Collections.min(series(metric));
    }

    /** The largest value of a metric over the passes. */
    public long max(Metric metric) {
        return Collections.max(series(metric));
    }
}
