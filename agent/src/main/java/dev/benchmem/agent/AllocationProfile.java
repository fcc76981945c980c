package dev.benchmem.agent;

import java.util.List;

/**
 * Where a profiled recording's allocations came from ({@link MemoryRecorder#startProfiled}).
 *
 * <p>{@link #sites()} are exact: every counted allocation is counted at its site, so their
 * allocations and bytes add up to the recording's {@link MemoryMeasurement}. Call paths come
 * from stack walks: of every allocation when {@link #sampleIntervalBytes()} is 0, else of an
 * allocation every {@code sampleIntervalBytes} bytes on average (exponentially spaced, as
 * JFR and async-profiler space theirs), plus the first allocation of each site on each
 * thread, so that every site has a path. Live-at-peak comes from weak references to the
 * sampled objects, read at the checkpoint that set the peak.
 *
 * @param sampleIntervalBytes mean bytes between two path samples on a thread; 0 = every allocation
 * @param samples             stack walks taken
 * @param sites               every site that allocated, with its exact totals
 * @param paths               the call paths seen, per site
 */
public record AllocationProfile(long sampleIntervalBytes, long samples, List<AllocationSite> sites, List<SampledPath> paths) {
    /** Regions of at most this many allocations get every path walked: exact paths and live-at-peak. */
    public static final long EXACT_PATHS_UP_TO = 10_000;
    /** About how many samples a larger region gets. */
    public static final long TARGET_SAMPLES = 2_000;
    /** The sampling interval never exceeds this, the interval async-profiler users commonly pick. */
    public static final long MAX_INTERVAL = 512L << 10;

    public AllocationProfile {
        sites = List.copyOf(sites);
        paths = List.copyOf(paths);
    }

    /**
     * The sampling interval for a region that a plain recording measured: 0 (every path) up to
     * {@link #EXACT_PATHS_UP_TO} allocations, else about {@link #TARGET_SAMPLES} samples, more
     * for regions beyond a gigabyte ({@link #MAX_INTERVAL}). The stack walks then cost about as
     * much as 2,000 to 10,000 walks at most take (tens of milliseconds), whatever the region.
     */
    public static long intervalFor(long allocations, long allocatedBytes) {
        if (allocations <= EXACT_PATHS_UP_TO) {
            return 0;
        }
        return Math.max(1, Math.min(MAX_INTERVAL, allocatedBytes / TARGET_SAMPLES));
    }
}
