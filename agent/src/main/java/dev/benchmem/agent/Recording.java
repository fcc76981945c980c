package dev.benchmem.agent;

import dev.benchmem.agent.internal.Session;

/**
 * An active allocation recording, from {@link MemoryRecorder#start(ThreadScope)} to
 * {@link #stop()}. Not thread-safe: stop it on the thread that started it.
 */
public final class Recording implements AutoCloseable {
    private final Session session;
    private MemoryMeasurement measurement;

    Recording(Session session) {
        this.session = session;
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

    /** Stops the recording if it is still running, discarding the measurement. */
    @Override
    public void close() {
        stop();
    }
}
