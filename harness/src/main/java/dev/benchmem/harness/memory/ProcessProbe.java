package dev.benchmem.harness.memory;

import dev.benchmem.agent.MemoryRecorder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an isolated pass reads of the whole process around its calls: the resident-set growth
 * ({@code rss}: the high-water mark during the calls above the resident set just before them)
 * and, where Native Memory Tracking is on, the growth of each NMT category's committed memory
 * from just before the calls to just after them.
 *
 * <p>{@link #before()} and {@link #after()} run inside the recording, uncounted, so they keep
 * their readings in fields and arrays made up front: whatever they allocate is garbage at once.
 * {@link #warm()} runs both readings once before the recording, so that their one-time
 * allocations (the MBean server, the classes that read {@code /proc}) are not in it.
 */
final class ProcessProbe {

    private final long[] nmtBefore = new long[NativeMemory.Category.values().length];
    private final long[] nmtAfter = new long[NativeMemory.Category.values().length];
    private final boolean resettable;
    private final ResidentSet.Sampler sampler;
    private boolean nmt;
    private long residentBefore;
    private long highWater;

    /** The way this machine allows: resetting VmHWM, or sampling VmRSS. */
    ProcessProbe() {
        if (!ResidentSet.readable()) {
            throw new IllegalStateException("an isolated pass reads /proc/self/status, which this system does not have"
                    + " (rss is measured on Linux only)");
        }
        resettable = ResidentSet.resetHighWater();
        sampler = resettable ? null : new ResidentSet.Sampler();
        if (sampler != null) {
            MemoryRecorder.excludeThread(sampler.thread());
        }
    }

    /** Both readings once, outside any recording. */
    void warm() {
        nmt = NativeMemory.read(nmtBefore);
        ResidentSet.resetHighWater();
        residentBefore = ResidentSet.now();
        highWater = ResidentSet.highWater();
    }

    /** Just before the calls: NMT first, then the resident set (the NMT reading itself may grow it). */
    void before() {
        nmt = NativeMemory.read(nmtBefore);
        if (sampler == null) {
            ResidentSet.resetHighWater();
        } else {
            sampler.start();
        }
        residentBefore = ResidentSet.now();
    }

    /** Just after the calls: the high-water mark first, then NMT. */
    void after() {
        highWater = sampler == null ? ResidentSet.highWater() : sampler.stop();
        if (nmt) {
            NativeMemory.read(nmtAfter);
        }
    }

    /** {@code rss}: the high-water mark during the calls above the resident set before them. */
    long rssGrowth() {
        return Math.max(0, highWater - residentBefore);
    }

    /** How rss was read here, for the run's log. */
    String method() {
        return resettable ? "VmHWM reset through /proc/self/clear_refs"
                : "VmRSS sampled every " + ResidentSet.Sampler.INTERVAL_MILLIS + " ms (clear_refs refused)";
    }

    /** Each NMT category's committed growth as its one-pass series; empty without NMT. */
    Map<String, Object> nativeGrowth() {
        Map<String, Object> growth = new LinkedHashMap<>();
        if (nmt) {
            for (NativeMemory.Category c : NativeMemory.Category.values()) {
                growth.put(NativeMemory.KEYS.get(c.ordinal()), List.of(nmtAfter[c.ordinal()] - nmtBefore[c.ordinal()]));
            }
        }
        return growth;
    }
}
