package dev.benchmem.harness.memory;

import java.time.Duration;

/**
 * How often the memory pass runs: {@code warmup} untracked calls, then either {@code repeats}
 * passes or, when {@code repeats} is 0, adaptively: at least 2 passes, stopping once 2 passes
 * in a row set no new minimum, at most 10, or when {@code maxTime} is spent. Each pass makes
 * {@code calls} calls; with {@code isolate} each pass runs in a fresh JVM, without warmup.
 */
public record MemorySchedule(int repeats, int warmup, Duration maxTime, int calls, boolean isolate) {

    /** Adaptive passes of one call after 1 warmup call, within 5 seconds, in the shared memory-pass JVM. */
    public static final MemorySchedule DEFAULT = new MemorySchedule(0, 1, Duration.ofSeconds(5), 1, false);

    static final int MIN_ADAPTIVE = 2;
    static final int MAX_ADAPTIVE = 10;
    static final int STABLE_PASSES = 2;

    public MemorySchedule {
        if (repeats < 0) throw new IllegalArgumentException("memory repeats must be >= 0: " + repeats);
        if (warmup < 0) throw new IllegalArgumentException("memory warmup must be >= 0: " + warmup);
        if (maxTime.isNegative() || maxTime.isZero()) throw new IllegalArgumentException("memory max time must be > 0: " + maxTime);
        if (calls < 1) throw new IllegalArgumentException("memory calls must be >= 1: " + calls);
    }

    public boolean adaptive() {
        return repeats == 0;
    }

    public MemorySchedule withRepeats(int repeats) {
        return new MemorySchedule(repeats, warmup, maxTime, calls, isolate);
    }

    public MemorySchedule withWarmup(int warmup) {
        return new MemorySchedule(repeats, warmup, maxTime, calls, isolate);
    }

    public MemorySchedule withMaxTime(Duration maxTime) {
        return new MemorySchedule(repeats, warmup, maxTime, calls, isolate);
    }

    public MemorySchedule withCalls(int calls) {
        return new MemorySchedule(repeats, warmup, maxTime, calls, isolate);
    }

    public MemorySchedule withIsolate(boolean isolate) {
        return new MemorySchedule(repeats, warmup, maxTime, calls, isolate);
    }

    /**
     * What one isolated pass's JVM runs: one pass, no warmup (a cold first call, as the
     * reference's isolated passes: a second call would fold its own high-water into rss).
     */
    public MemorySchedule onePassOfIsolated() {
        return new MemorySchedule(1, 0, maxTime, calls, true);
    }
}
