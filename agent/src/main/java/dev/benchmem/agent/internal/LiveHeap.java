package dev.benchmem.agent.internal;

import com.sun.management.HotSpotDiagnosticMXBean;
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
 * {@code -XX:+UseSerialGC -XX:MarkSweepDeadRatio=0} that is exactly the live set (no garbage,
 * no region rounding, no dead objects left in place to save compaction work). Between
 * checkpoints the live set can grow by at most the bytes allocated since the last one, so a
 * checkpoint is only taken when those bytes could lift the peak above the one seen by more
 * than a slack: 1/64 of the peak, but at least {@link #MIN_SLACK}. While the region churns
 * (a checkpoint finds it kept less than half of what it allocated since the previous one)
 * the slack doubles, up to {@link #MAX_SLACK}; a checkpoint that finds at least half kept
 * brings it back down. So a region that holds what it allocates is followed closely, and one
 * that churns costs a logarithmic number of collections, not one per slack. All of this state
 * belongs to one recording: {@link #begin} resets it, and the reading at {@link #end()}
 * (where the region's temporaries are gone, which is not churn) does not drive it.
 * The reported peak is never above the true one; a transient high-water between checkpoints
 * may be under-read by at most the slack then in force; what the region still holds at
 * {@code stop} is measured exactly.
 *
 * <p>Two kinds of heap change that are not the region's are kept out of every reading. (1)
 * A collection leaves the objects it found unreachable-but-referenced (cleared weak and soft
 * references, cleaners, finalizers) to the JVM's reference threads, which drop them a moment
 * later: a baseline taken before they ran counts bytes that vanish during the region, and
 * the region read low (a 40,016-byte array read 39,696). So the baseline is only taken once
 * a collection after those threads are done finds nothing more gone ({@link ReferenceThreads}).
 * (2) The JVM allocates on its own account (class mirrors when a class loads, constants the
 * JIT resolves), outside any bytecode the agent rewrote: that can lift a reading by a few
 * hundred bytes in one pass and not the next. The region cannot hold live more than it
 * allocated, so no reading exceeds the bytes its threads allocated since {@link #begin}.
 * (Objects the JVM allocates <em>for</em> the region without bytecode, such as arrays returned
 * by native methods, are not counted as allocated either, so they stay out of the peak too.)
 *
 * <p>The budget between checkpoints is handed to the counting threads in grants, as a heap
 * hands out TLABs, so the counting path writes only its own thread's slot: a grant ends at
 * a value of the thread's byte counter ({@link Counters#GRANT_END}), and the thread comes back to
 * {@link #overdrawn} when its counter passes it. Only this class writes the ends, so taking
 * the grants back at a checkpoint never races with a thread's own counting. Recording one
 * thread, the grant is the whole budget left, which makes the checkpoints fall exactly
 * where one shared counter would put them. Recording every thread, a grant is an eighth of
 * what is left (at least {@link #MIN_GRANT}): grants come out of the budget, so the threads
 * together never allocate more than it without a checkpoint; what the others still hold when
 * one spends the last of it only brings that checkpoint earlier.
 */
final class LiveHeap {
    static final long MIN_SLACK = 64L << 10;
    static final long MAX_SLACK = 64L << 20;
    static final long MIN_GRANT = 4L << 10;
    /** Collections the baseline may take at most while the live set still shrinks. */
    static final int SETTLE_COLLECTIONS = 6;

    private static List<MemoryPoolMXBean> heapPools;
    /** Between {@link #begin} and {@link #end}. */
    private static boolean open;
    /** Whether one thread is recorded: it then gets the whole budget in one grant. */
    private static boolean oneThread;
    /** Allocating more than this since the last checkpoint could set a new peak. */
    private static long budget;
    /**
     * What of {@link #budget} is not granted yet; below zero by what a thread overdrew. So
     * {@code budget - available} is what the region allocated since the checkpoint, at most.
     */
    private static long available;
    private static long baseline;
    private static long peak;
    private static long slack;
    private static long lastLive;
    /** The recorded threads' byte counters at {@link #begin}: no reading exceeds what they allocated since. */
    private static long bytesAtStart;

    private LiveHeap() {
    }

    static void init() {
        heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported())
                .collect(Collectors.toUnmodifiableList());
        if (heapPools.isEmpty()) {
            throw new IllegalStateException("no heap memory pool reports its usage after collection");
        }
        warnOfDeadWood();
    }

    /**
     * SerialGC's full collection leaves dead objects in place while they fill less than
     * {@code MarkSweepDeadRatio} percent (5 by default) of the old generation, and compacts
     * them away only every few collections: "used after collection" then includes garbage that
     * vanishes at a later checkpoint, and peaks read low, 0 when the baseline caught it.
     */
    private static void warnOfDeadWood() {
        boolean serial = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .anyMatch(gc -> gc.getName().equals("MarkSweepCompact"));
        String ratio = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                .getVMOption("MarkSweepDeadRatio").getValue();
        if (serial && !ratio.equals("0")) {
            System.err.println("benchmem: -XX:MarkSweepDeadRatio=" + ratio + " lets full collections keep garbage,"
                    + " so peaks can read low; start this JVM with -XX:MarkSweepDeadRatio=0");
        }
    }

    /**
     * Takes the baseline at the start of a recording. A collection can leave objects that die
     * at the next one: weakly or softly referenced objects and cleaners, which the reference
     * threads drop after the collection, and unloaded hidden classes of the JDK's
     * method-handle machinery. They would count negatively, so collect, with a pause for those
     * threads before each further collection, until the live set stops shrinking.
     *
     * @param bytesAtStart the recorded threads' byte counters now (the region's allocations start here)
     */
    static synchronized void begin(boolean recordsOneThread, long bytesAtStart) {
        baseline = settledCollect();
        LiveHeap.bytesAtStart = bytesAtStart;
        peak = 0;
        slack = MIN_SLACK;
        lastLive = 0;
        oneThread = recordsOneThread;
        newBudget(MIN_SLACK);
        open = true;
    }

    /** Collects, with a pause for the reference threads before each further collection, until the live set stops shrinking. */
    private static long settledCollect() {
        long live = collect();
        for (int i = 1; i < SETTLE_COLLECTIONS; i++) {
            pauseForReferenceThreads();
            long again = collect();
            if (again >= live) {
                break;
            }
            live = again;
        }
        return live;
    }

    /**
     * Inside a recording, on demand: the live bytes above the baseline now, settled as the
     * baseline was, at most what the region allocated; a checkpoint like any other (it raises
     * the peak and starts a new budget).
     */
    static synchronized long liveNow() {
        if (!open) {
            throw new IllegalStateException("no recording is open");
        }
        long live = settledRead(0);
        newBudget(peak + slack - live);
        return live;
    }

    /**
     * After {@link #end()}, before the next {@link #begin}: the live bytes above the ended
     * recording's baseline, settled as the baseline was, at most what the region allocated,
     * less {@code notTheRegions} (objects the recorder itself made since, alive now).
     */
    static synchronized long retained(long notTheRegions) {
        if (open) {
            throw new IllegalStateException("the recording is still open");
        }
        return settledRead(notTheRegions);
    }

    /** Live bytes above the baseline less {@code notTheRegions}, after settled collections, within 0 and the region's allocations. */
    private static long settledRead(long notTheRegions) {
        long allocated = Counters.sum(Counters.BYTES) - bytesAtStart;
        long live = Math.max(0, Math.min(settledCollect() - baseline - notTheRegions, allocated));
        if (open) {
            peak = Math.max(peak, live);
        }
        return live;
    }

    private static void pauseForReferenceThreads() {
        try {
            ReferenceThreads.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A thread's bytes went past the end of its grant (by its last allocation): accounts for
     * the overdraft, checkpoints when the budget is spent, and grants the thread more.
     *
     * @param slot the thread's slot in {@link Counters#SLOT}
     */
    static synchronized void overdrawn(int slot) {
        long[] slots = Counters.SLOT;
        if (!open) {
            // A hook still running as the recording ended: nothing to account for any more.
            Counters.grant(slot, Long.MAX_VALUE);
            return;
        }
        available -= slots[slot + Counters.BYTES] - slots[slot + Counters.GRANT_END];
        if (available < 0) {
            checkpoint();
        }
        long grant = oneThread ? available : Math.min(available, Math.max(MIN_GRANT, available >> 3));
        available -= grant;
        Counters.grant(slot, slots[slot + Counters.BYTES] + grant);
    }

    /** A checkpoint inside the region: raises the peak, adapts the slack to churn, resets the budget. */
    private static void checkpoint() {
        long live = read();
        boolean churns = live - lastLive < (budget - available) / 2;
        long relative = Math.max(MIN_SLACK, peak >> 6);
        slack = churns ? Math.max(relative, Math.min(MAX_SLACK, slack << 1)) : relative;
        lastLive = live;
        newBudget(peak + slack - live);
    }

    /** Starts a budget of {@code bytes}, taking back every grant of the last one. */
    private static void newBudget(long bytes) {
        budget = bytes;
        available = bytes;
        Counters.endGrants();
    }

    /** Ends a recording: a last reading, then no more checkpoints until the next {@link #begin}. */
    static synchronized long end() {
        open = false;
        read();
        return peak;
    }

    /**
     * Live bytes above the baseline after a collection, at most what the region allocated
     * (see the class comment), not counting what a profiled recording's own records took
     * since it began; raises the peak, and tells the profiler when it did.
     */
    private static long read() {
        long allocated = Counters.sum(Counters.BYTES) - bytesAtStart;
        long live = Math.max(0, Math.min(collect() - baseline - Profiler.heldSinceStart(), allocated));
        if (live > peak) {
            peak = live;
            Profiler.peakSet();
        }
        return live;
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
