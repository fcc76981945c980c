package dev.benchmem.agent;

import dev.benchmem.agent.internal.Session;

/**
 * An active allocation recording, from {@link MemoryRecorder#start(ThreadScope)} to
 * {@link #stop()}. Not thread-safe: stop it on the thread that started it.
 */
public final class Recording implements AutoCloseable {
    private Session session;
    private MemoryMeasurement measurement;

    /** Made before its session starts, so that it is part of the baseline, not of the region. */
    Recording() {
    }

    Recording started(Session session) {
        this.session = session;
        return this;
    }

    /**
     * Stops recording and returns what the region allocated. Takes a final live-set
     * checkpoint, so whatever the caller still references counts toward the peak.
     * Idempotent: later calls return the same measurement.
     */
    public MemoryMeasurement stop() {
        if (measurement == null) {
            measurement = session.stop();
        }
        return measurement;
    }

    /**
     * While recording, between calls of the region: the bytes alive now that were not when it
     * started, after full collections settled as the baseline's were (under {@code
     * -XX:+UseSerialGC -XX:MarkSweepDeadRatio=0} exact); at most what the region allocated so
     * far. Drop what the caller holds of the calls first. Also a peak checkpoint.
     */
    public long liveNow() {
        if (measurement != null) {
            throw new IllegalStateException("the recording is stopped: use retainedBytes()");
        }
        return session.liveNow();
    }

    /**
     * After {@link #stop()}, once the caller dropped the region's result: the bytes the region
     * left alive (caches filled, statics grown), read as {@link #liveNow()} is; the measurement
     * {@code stop} returned is not counted. Valid until the next recording starts.
     *
     * @throws IllegalStateException before {@code stop}, or once another recording started
     */
    public long retainedBytes() {
        if (measurement == null) {
            throw new IllegalStateException("retainedBytes() is read after stop()");
        }
        return session.retained();
    }

    /**
     * Runs {@code action} on the calling thread without counting what it allocates: the
     * caller's own readings between calls (the process's resident set, native memory). What it
     * leaves alive still shows in live readings, so it should leave nothing; run it once before
     * the recording too, so that its first-use allocations (class loading, caches) are not here.
     */
    public void uncounted(Runnable action) {
        session.uncounted(action);
    }

    /**
     * Where the allocations came from, for a recording started with
     * {@link MemoryRecorder#startProfiled}; stops the recording first if it is running.
     *
     * @throws IllegalStateException if the recording was not profiled
     */
    public AllocationProfile profile() {
        stop();
        AllocationProfile profile = session.profile();
        if (profile == null) {
            throw new IllegalStateException("this recording was not profiled: start it with MemoryRecorder.startProfiled");
        }
        return profile;
    }

    /** Stops the recording if it is still running, discarding the measurement. */
    @Override
    public void close() {
        stop();
    }
}
