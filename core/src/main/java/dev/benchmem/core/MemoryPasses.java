package dev.benchmem.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every pass of a benchmark's memory measurement, one value per pass in each series, as
 * written to {@code extra_info.benchmem}. The headline of a metric is its minimum over the
 * passes (the pass least disturbed by anything but the call).
 *
 * @param peakBytes peak live bytes per pass
 * @param totalBytes allocated bytes per pass
 * @param allocations allocated objects and arrays per pass
 * @param rssBytes whole-process resident high-water per pass ({@code rss_bytes}, written by
 *     pytest-benchmem 0.5 for isolated passes); empty when not measured
 * @param otherSeries any other keys found under {@code extra_info.benchmem}, kept verbatim (in
 *     file order) so a file read and written again keeps them
 */
public record MemoryPasses(List<Long> peakBytes, List<Long> totalBytes, List<Long> allocations,
                           List<Long> rssBytes, Map<String, Object> otherSeries) {

    /** The key of the resident-set series under {@code extra_info.benchmem}. */
    public static final String RSS_KEY = "rss_bytes";

    public MemoryPasses {
        peakBytes = List.copyOf(peakBytes);
        totalBytes = List.copyOf(totalBytes);
        allocations = List.copyOf(allocations);
        rssBytes = rssBytes == null ? List.of() : List.copyOf(rssBytes);
        otherSeries = otherSeries == null || otherSeries.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(otherSeries));
        if (peakBytes.isEmpty()) {
            throw new IllegalArgumentException("no memory passes");
        }
        if (totalBytes.size() != peakBytes.size() || allocations.size() != peakBytes.size()
                || !(rssBytes.isEmpty() || rssBytes.size() == peakBytes.size())) {
            throw new IllegalArgumentException("memory series differ in length: peak_bytes "
                    + peakBytes.size() + ", total_bytes " + totalBytes.size() + ", allocations "
                    + allocations.size() + (rssBytes.isEmpty() ? "" : ", rss_bytes " + rssBytes.size()));
        }
        for (String key : otherSeries.keySet()) {
            if (key.equals(RSS_KEY) || Metric.memory().stream().anyMatch(m -> key.equals(m.seriesKey()))) {
                throw new IllegalArgumentException("'" + key + "' is a known series, not another one");
            }
        }
    }

    /** The three series the harness measures, without rss or other series. */
    public MemoryPasses(List<Long> peakBytes, List<Long> totalBytes, List<Long> allocations) {
        this(peakBytes, totalBytes, allocations, List.of(), Map.of());
    }

    /** A single pass. */
    public static MemoryPasses single(long peakBytes, long totalBytes, long allocations) {
        return new MemoryPasses(List.of(peakBytes), List.of(totalBytes), List.of(allocations));
    }

    /** Number of passes. */
    public int passes() {
        return peakBytes.size();
    }

    /** Whether the passes carry a resident-set series. */
    public boolean hasRss() {
        return !rssBytes.isEmpty();
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
