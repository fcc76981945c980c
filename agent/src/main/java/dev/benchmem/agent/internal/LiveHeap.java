package dev.benchmem.agent.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The live high-water mark of a recording, from garbage-collection checkpoints.
 *
 * <p>A checkpoint forces a full collection and reads the heap pools' usage after it: under
 * {@code -XX:+UseSerialGC} that is exactly the live set (no garbage, no region rounding).
 * Between checkpoints the live set can grow by at most the bytes allocated since the last
 * one, so a checkpoint is only taken when those bytes could lift the peak above the one seen
 * by more than a slack: 1/32 of the peak, but at least {@link #MIN_SLACK}. A checkpoint that
 * finds the live set grown by less than half of what was allocated since the last one (the
 * region churns garbage) doubles that floor, up to {@link #MAX_SLACK}; one that finds it kept
 * at least half resets it. So a region that holds what it allocates is followed closely, and
 * one that churns costs a logarithmic number of collections, not one per MiB.
 * The reported peak is never above the true one; a transient high-water between checkpoints
 * may be under-read by at most the slack then in force; what the region still holds at
 * {@code stop} is measured exactly.
 */
final class LiveHeap {
    static final long MIN_SLACK = 1L << 20;
    static final long MAX_SLACK = 64L << 20;

    private static List<MemoryPoolMXBean> heapPools;
    /** Bytes allocated since the last checkpoint (shared by the counting threads, racy by design). */
    static long sinceCheckpoint;
    /** Allocating more than this since the last checkpoint could set a new peak. */
    static long budget = Long.MAX_VALUE;
    private static long baseline;
    private static long peak;
    private static long slack;
    private static long lastLive;

    private LiveHeap() {
    }

    static void init() {
        heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported())
                .collect(Collectors.toUnmodifiableList());
        if (heapPools.isEmpty()) {
            throw new IllegalStateException("no heap memory pool reports its usage after collection");
        }
    }

    /**
     * Takes the baseline at the start of a recording. A single collection can leave objects
     * that die at the next one (weakly referenced or finalizable objects, unloaded hidden
     * classes of the JDK's method-handle machinery); they would count negatively, so collect
     * until the live set stops shrinking.
     */
    static void begin() {
        long live = collect();
        for (int i = 0; i < 3; i++) {
            long again = collect();
            if (again >= live) {
                break;
            }
            live = again;
        }
        baseline = live;
        peak = 0;
        sinceCheckpoint = 0;
        slack = MIN_SLACK;
        lastLive = 0;
        budget = MIN_SLACK;
    }

    /** Collects, raises the peak if the live set above the baseline grew, and resets the budget. */
    static void checkpoint() {
        long live = Math.max(0, collect() - baseline);
        boolean keeps = live - lastLive >= sinceCheckpoint / 2;
        slack = keeps ? MIN_SLACK : Math.min(MAX_SLACK, slack << 1);
        peak = Math.max(peak, live);
        lastLive = live;
        sinceCheckpoint = 0;
        budget = peak + Math.max(slack, peak >> 5) - live;
    }

    /** Ends a recording: a last checkpoint, then no more until the next {@link #begin()}. */
    static long end() {
        checkpoint();
        budget = Long.MAX_VALUE;
        return peak;
    }

    private static long collect() {
        System.gc();
        long used = 0;
        for (MemoryPoolMXBean pool : heapPools) {
            MemoryUsage afterGc = pool.getCollectionUsage();
            used += afterGc == null ? 0 : afterGc.getUsed();
        }
        return used;
    }
}
