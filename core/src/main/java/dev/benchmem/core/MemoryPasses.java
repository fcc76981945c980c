package dev.benchmem.core;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Every pass of a benchmark's memory measurement, one value per pass in each series, as
 * written to {@code extra_info.benchmem}. The headline of a metric is its minimum over the
 * passes (the pass least disturbed by anything but the call).
 *
 * <p>The harness always measures peak, allocated and allocations; a file read may hold only some
 * of them (older pytest-benchmem files): an absent series is empty, and every present one has
 * one value per pass.
 *
 * @param peakBytes peak live bytes per pass
 * @param totalBytes allocated bytes per pass
 * @param allocations allocated objects and arrays per pass
 * @param rssBytes resident-set growth per pass ({@code rss_bytes}, the series key pytest-benchmem
 *     0.5 writes for isolated passes); empty when not measured
 * @param retainedBytes bytes each pass left alive ({@code retained_bytes}); empty when not measured
 * @param otherSeries any other keys found under {@code extra_info.benchmem}, kept verbatim (in
 *     file order) so a file read and written again keeps them
 */
public record MemoryPasses(List<Long> peakBytes, List<Long> totalBytes, List<Long> allocations,
                           List<Long> rssBytes, List<Long> retainedBytes, Map<String, Object> otherSeries) {

    /** The known series' keys, in the order of the components (and of writing). */
    static final List<String> SERIES_KEYS = List.of(Metric.PEAK.seriesKey(), Metric.ALLOCATED.seriesKey(),
            Metric.ALLOCATIONS.seriesKey(), Metric.RSS.seriesKey(), Metric.RETAINED.seriesKey());

    public MemoryPasses {
        peakBytes = LongList.copyOf(peakBytes);
        totalBytes = LongList.copyOf(totalBytes);
        allocations = LongList.copyOf(allocations);
        rssBytes = rssBytes == null ? List.of() : LongList.copyOf(rssBytes);
        retainedBytes = retainedBytes == null ? List.of() : LongList.copyOf(retainedBytes);
        otherSeries = FrozenMap.of(otherSeries);
        int[] sizes = {peakBytes.size(), totalBytes.size(), allocations.size(), rssBytes.size(), retainedBytes.size()};
        int passes = 0;
        boolean differ = false;
        for (int n : sizes) {
            differ |= n > 0 && passes > 0 && n != passes;
            passes = n > 0 ? n : passes;
        }
        if (passes == 0) {
            throw new IllegalArgumentException("no memory passes");
        }
        if (differ) {
            StringBuilder lengths = new StringBuilder();
            for (int i = 0; i < sizes.length; i++) {
                if (sizes[i] > 0) {
                    lengths.append(lengths.isEmpty() ? "" : ", ").append(SERIES_KEYS.get(i)).append(' ').append(sizes[i]);
                }
            }
            throw new IllegalArgumentException("series differ in length: " + lengths);
        }
        for (String key : otherSeries.keySet()) {
            if (SERIES_KEYS.contains(key)) {
                throw new IllegalArgumentException("'" + key + "' is a known series, not another one");
            }
        }
    }

    /** The three series every memory pass measures, without rss, retained or other series. */
    public MemoryPasses(List<Long> peakBytes, List<Long> totalBytes, List<Long> allocations) {
        this(peakBytes, totalBytes, allocations, List.of(), List.of(), Map.of());
    }

    /** A single pass. */
    public static MemoryPasses single(long peakBytes, long totalBytes, long allocations) {
        return new MemoryPasses(List.of(peakBytes), List.of(totalBytes), List.of(allocations));
    }

    /** These passes with {@code series} as the values of optional {@code metric} (rss or retained). */
    public MemoryPasses with(Metric metric, List<Long> series) {
        return switch (metric) {
            case RSS -> new MemoryPasses(peakBytes, totalBytes, allocations, series, retainedBytes, otherSeries);
            case RETAINED -> new MemoryPasses(peakBytes, totalBytes, allocations, rssBytes, series, otherSeries);
            default -> throw new IllegalArgumentException(metric.key() + " is not an optional series");
        };
    }

    /** These passes with {@code others} as the other series (our own keys, kept beside the metrics). */
    public MemoryPasses withOtherSeries(Map<String, Object> others) {
        return new MemoryPasses(peakBytes, totalBytes, allocations, rssBytes, retainedBytes, others);
    }

    /** Number of passes. */
    public int passes() {
        int n = 0;
        for (Metric metric : Metric.memory()) {
            n = Math.max(n, series(metric).size());
        }
        return n;
    }

    /**
     * Whether the passes carry {@code metric}: always for peak, allocated and allocations when
     * the harness measured them; a file read may lack any.
     */
    public boolean has(Metric metric) {
        return metric.isMemory() && !series(metric).isEmpty();
    }

    /** A memory metric's per-pass values; empty when not measured (or not in the file read). */
    public List<Long> series(Metric metric) {
        return switch (metric) {
            case PEAK -> peakBytes;
            case ALLOCATED -> totalBytes;
            case ALLOCATIONS -> allocations;
            case RSS -> rssBytes;
            case RETAINED -> retainedBytes;
            case TIME -> throw new IllegalArgumentException("time is not a memory metric");
        };
    }

    /**
     * The headline of a metric: its minimum over the passes.
     *
     * @throws IllegalStateException when the passes do not carry it (see {@link #has})
     */
    public long headline(Metric metric) {
        return Collections.min(measured(metric));
    }

    /** The largest value of a metric over the passes; throws as {@link #headline} does. */
    public long max(Metric metric) {
        return Collections.max(measured(metric));
    }

    private List<Long> measured(Metric metric) {
        List<Long> values = series(metric);
        if (values.isEmpty()) {
            throw new IllegalStateException(metric.key() + " was not measured");
        }
        return values;
    }
}
