package dev.benchmem.agent.internal;

import dev.benchmem.agent.MemoryMeasurement;

/**
 * One recording: counters snapshotted at start, live baseline from a checkpoint, peak from
 * the checkpoints taken while it runs. Only one session is active at a time.
 */
public final class Session {
    private static Session active;

    private final long allocationsAtStart;
    private final long bytesAtStart;

    private Session(long allocationsAtStart, long bytesAtStart) {
        this.allocationsAtStart = allocationsAtStart;
        this.bytesAtStart = bytesAtStart;
    }

    /**
     * Starts counting on the calling thread only, or on every thread not excluded.
     *
     * @throws IllegalStateException if a session is active
     */
    public static synchronized Session start(boolean callingThreadOnly) {
        if (active != null) {
            throw new IllegalStateException("a memory recording is already active");
        }
        Counters.resetGuard();
        Counters.forgetStrings();
        active = new Session(Counters.sum(Counters.ALLOCATIONS), Counters.sum(Counters.BYTES));
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
            active = null;
            return new MemoryMeasurement(allocations, bytes, peak);
        }
    }

    /** Never counts {@code thread} again. */
    public static void exclude(Thread thread) {
        Counters.exclude(thread);
    }
}
