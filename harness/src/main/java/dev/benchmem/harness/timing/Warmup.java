package dev.benchmem.harness.timing;

import java.util.function.LongSupplier;

/**
 * JIT warmup before calibration: rounds of {@link #ROUND_NANOS} or more (many calls each, so
 * the JIT profiles the loop as the measured rounds run it and a short call is not lost in the
 * timer's overhead), until the code has reached its steady state, which on the JVM can take
 * seconds: tiered compilation first runs a method interpreted, then compiled by C1 with
 * profiling, then by C2, inlining callees that go through the same steps; under load the
 * compiler threads fall behind.
 *
 * <p>Warmup runs at least until {@code warmupTime} has passed or {@code warmupIterations}
 * calls have run, whichever comes first. It then goes on until it is <em>steady</em>: {@link
 * #STEADY_ROUNDS} rounds in a row, none of them faster per call than the fastest before by
 * more than {@link #TOLERANCE}, and during each the JIT compilers busy for less than {@link
 * #JIT_BUSY} of the round ({@link JitActivity}). Both are needed: a compiler idle while
 * methods collect their profile at C1 leaves the time still to improve, and a long C2
 * compilation can leave it flat for a second before a step down. {@code warmupMaxTime} ends
 * warmup in any case.
 */
final class Warmup {

    /** A warmup round lasts at least this long. */
    static final long ROUND_NANOS = 10_000_000L;
    /** Rounds in a row that must set no new best for the time to count as steady. */
    static final int STEADY_ROUNDS = 20;
    /** A round is a new best if it beats the fastest so far by more than this fraction. */
    static final double TOLERANCE = 0.01;
    /** A round counts toward steadiness only if the JIT worked less than this fraction of it. */
    static final double JIT_BUSY = 0.01;

    private Warmup() {}

    /**
     * Warms {@code rounds} up, reading the time from its timer and the JIT's work from {@code
     * jit} (nanoseconds so far; null: unknown, the per-call time alone decides).
     */
    static void run(TimingEngine.Rounds rounds, TimingOptions options, LongSupplier jit)
            throws Throwable {
        Timer timer = rounds.timer();
        long start = timer.nanos();
        long minEnd = start + options.warmupTime().toNanos();
        long maxEnd = start + options.warmupMaxTime().toNanos();
        long calls = 0;
        long batch = 1;
        double best = Double.POSITIVE_INFINITY;
        int steady = 0;
        long jitWork = jit == null ? 0 : jit.getAsLong();
        while (true) {
            long duration = rounds.time(batch);
            calls += batch;
            double perCall = (double) duration / batch;
            long jitNow = jit == null ? 0 : jit.getAsLong();
            boolean jitIdle = jitNow - jitWork < JIT_BUSY * duration;
            jitWork = jitNow;
            if (perCall < best * (1 - TOLERANCE)) {
                best = perCall;
                steady = 0;
            } else {
                steady = jitIdle ? steady + 1 : 0;
            }
            long now = timer.nanos();
            boolean minDone = calls >= options.warmupIterations() || now - minEnd >= 0;
            if (minDone && (steady >= STEADY_ROUNDS || now - maxEnd >= 0)) {
                return;
            }
            if (duration < ROUND_NANOS) {
                batch = Math.max(batch + 1, TimingEngine.ceilDiv(batch * ROUND_NANOS, Math.max(1, duration)));
            }
        }
    }
}
