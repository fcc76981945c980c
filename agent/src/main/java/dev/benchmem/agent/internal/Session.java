package dev.benchmem.agent.internal;

import dev.benchmem.agent.AllocationProfile;
import dev.benchmem.agent.MemoryMeasurement;

/**
 * One recording: counters snapshotted at start, live baseline from a checkpoint, peak from
 * the checkpoints taken while it runs. Only one session is active at a time.
 */
public final class Session {
    private static Session active;
    /** The session stopped last, whose baseline {@link #retained()} still reads against. */
    private static Session stopped;
    /** Shallow size of the {@link MemoryMeasurement} that {@link #stop()} makes, alive when {@link #retained()} reads. */
    private static long measurementSize;

    /** No profile: a plain recording. */
    public static final long NOT_PROFILED = -1;

    private final long allocationsAtStart;
    private final long bytesAtStart;
    private final boolean profiled;
    private AllocationProfile profile;

    private Session(long allocationsAtStart, long bytesAtStart, boolean profiled) {
        this.allocationsAtStart = allocationsAtStart;
        this.bytesAtStart = bytesAtStart;
        this.profiled = profiled;
    }

    /**
     * Starts counting on the calling thread only, or on every thread not excluded; profiled
     * ({@link Profiler}) unless {@code sampleInterval} is {@link #NOT_PROFILED}.
     *
     * @param sampleInterval mean bytes between call-path samples (0: every allocation), or {@link #NOT_PROFILED}
     * @throws IllegalStateException if a session is active
     */
    public static synchronized Session start(boolean callingThreadOnly, long sampleInterval) {
        if (active != null) {
            throw new IllegalStateException("a memory recording is already active");
        }
        if (measurementSize == 0) {
            // Sized before the baseline: the size cache's first use allocates.
            measurementSize = Sizes.instance(new MemoryMeasurement(0, 0, 0));
        }
        // The previous session dies here, before the baseline, not inside this region.
        stopped = null;
        Counters.resetGuard();
        Counters.forgetStrings();
        boolean profiled = sampleInterval != NOT_PROFILED;
        if (profiled) {
            Profiler.begin(sampleInterval);
        }
        active = new Session(Counters.sum(Counters.ALLOCATIONS), Counters.sum(Counters.BYTES), profiled);
        LiveHeap.begin(callingThreadOnly, active.bytesAtStart);
        Hooks.mode = callingThreadOnly ? Thread.currentThread().getId() : Hooks.ALL_THREADS;
        return active;
    }

    /** Stops counting and returns the totals and the peak. */
    public MemoryMeasurement stop() {
        synchronized (Session.class) {
            if (active != this) {
                throw new IllegalStateException("this memory recording is not active");
            }
            Hooks.mode = Hooks.OFF;
            long allocations = Counters.sum(Counters.ALLOCATIONS) - allocationsAtStart;
            long bytes = Counters.sum(Counters.BYTES) - bytesAtStart;
            long peak = LiveHeap.end();
            if (profiled) {
                profile = Profiler.end();
            }
            active = null;
            stopped = this;
            return new MemoryMeasurement(allocations, bytes, peak);
        }
    }

    /**
     * While this session runs, on the calling thread: the live bytes above the baseline now,
     * after settled full collections (also a peak checkpoint). The reading's own allocations
     * are not counted.
     */
    public long liveNow() {
        synchronized (Session.class) {
            if (active != this) {
                throw new IllegalStateException("this memory recording is not active");
            }
        }
        Hooks.silence();
        try {
            return LiveHeap.liveNow();
        } finally {
            Counters.unsilence();
        }
    }

    /** Runs {@code action} on the calling thread with its allocations not counted. */
    public void uncounted(Runnable action) {
        Hooks.silence();
        try {
            action.run();
        } finally {
            Counters.unsilence();
        }
    }

    /**
     * After {@link #stop()}, before another session starts: what the region left alive, i.e.
     * the live bytes above the baseline after settled full collections, at most the bytes it
     * allocated, less the one {@link MemoryMeasurement} that stop made.
     */
    public long retained() {
        synchronized (Session.class) {
            if (stopped != this || active != null) {
                throw new IllegalStateException("retained is read after stop and before the next recording starts");
            }
            return LiveHeap.retained(measurementSize);
        }
    }

    /** Where a profiled session's allocations came from, once stopped; null for a plain one. */
    public AllocationProfile profile() {
        return profile;
    }

    /** Never counts {@code thread} again. */
    public static void exclude(Thread thread) {
        Counters.exclude(thread);
    }
}
