package dev.benchmem.harness.timing;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.LongSupplier;

/**
 * Warmup and calibration of iterations per round (pytest-benchmark's {@code
 * _calibrate_timer}, warmup done once up front rather than at every step).
 *
 * @param iterations calls per measured round
 * @param roundNanos the shortest round seen at that count, to size the round count from
 */
record Calibration(long iterations, long roundNanos) {

    /** Warmup goes on while the JIT finished a compilation within this long. */
    static final long JIT_QUIET_NANOS = 200_000_000L;
    private static final long JIT_POLL_NANOS = 10_000_000L;

    static Calibration run(TimingEngine.Rounds rounds, TimingOptions options) throws Throwable {
        return run(rounds, options, jitMillis());
    }

    /**
     * As {@link #run(TimingEngine.Rounds, TimingOptions)}, reading JIT activity from {@code jit}
     * (null: unknown, warmup ends at its bounds).
     */
    static Calibration run(TimingEngine.Rounds rounds, TimingOptions options, LongSupplier jit)
            throws Throwable {
        long precision = TimerPrecision.of(rounds.timer());
        long minTime = Math.max(options.minTime().toNanos(),
                precision * options.calibrationPrecision());
        long estimateFrom = minTime * 5 / options.calibrationPrecision();

        long shortestSingle = Long.MAX_VALUE;
        if (options.warmup()) {
            shortestSingle = warmUp(rounds, options, jit);
        }
        long loops = 1;
        while (true) {
            long duration = rounds.time(loops);
            if (loops == 1) {
                duration = Math.min(duration, shortestSingle);
            }
            if (duration >= minTime) {
                return new Calibration(loops, duration);
            }
            if (duration >= estimateFrom) {
                long estimate = TimingEngine.ceilDiv(minTime * loops, Math.max(1, duration));
                // Like pytest-benchmark: an estimate of one call means nothing left to calibrate.
                if (estimate == 1) {
                    return new Calibration(1, duration);
                }
                loops = estimate;
            } else {
                loops = Math.multiplyExact(loops, 10);
            }
        }
    }

    /**
     * Single-call rounds until either warmup bound, then on while the JIT is still compiling
     * (its total compilation time moved within {@link #JIT_QUIET_NANOS}), up to {@code
     * warmupMaxTime}: on a busy machine the compiler threads fall behind, and rounds timed
     * before they catch up measure C1 code. Returns the shortest round in nanoseconds.
     */
    private static long warmUp(TimingEngine.Rounds rounds, TimingOptions options, LongSupplier jit)
            throws Throwable {
        long start = System.nanoTime();
        long deadline = start + options.warmupTime().toNanos();
        long cap = start + options.warmupMaxTime().toNanos();
        long shortest = Long.MAX_VALUE;
        long jitTotal = jit == null ? 0 : jit.getAsLong();
        // The code under test has just started running: count the JIT as busy from here.
        long jitChanged = jit == null ? start - JIT_QUIET_NANOS : start;
        long polled = start;
        long calls = 0;
        while (true) {
            long now = System.nanoTime();
            if (jit != null && now - polled >= JIT_POLL_NANOS) {
                polled = now;
                long total = jit.getAsLong();
                if (total != jitTotal) {
                    jitTotal = total;
                    jitChanged = now;
                }
            }
            boolean boundsReached = calls >= options.warmupIterations() || now >= deadline;
            if (boundsReached && (now >= cap || now - jitChanged >= JIT_QUIET_NANOS)) {
                return shortest;
            }
            shortest = Math.min(shortest, rounds.time(1));
            calls++;
        }
    }

    /** Milliseconds the JIT has spent compiling so far; null when the JVM does not say. */
    private static LongSupplier jitMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            return null;
        }
        return jit::getTotalCompilationTime;
    }
}
