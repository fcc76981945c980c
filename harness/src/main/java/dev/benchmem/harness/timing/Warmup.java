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
 * calls have run, whichever comes first (by default no minimum). It then goes on until the time
 * per call has stopped improving: a round is a new best if it beats the fastest before by more
 * than {@link #TOLERANCE}. It is <em>steady</em> after {@link #STEADY_ROUNDS} rounds in a row
 * with no new best during each of which the JIT compilers were busy for less than {@link
 * #JIT_BUSY} of the round ({@link JitActivity}): a compiler idle while methods collect their
 * profile at C1 leaves the time still to improve, and a long C2 compilation can leave it flat
 * for a while before a step down. The compilers also work on code that is not the benchmark's
 * (in a fresh JVM, for seconds: the test framework, the harness), so warmup also ends when the
 * time has been flat, busy compilers or not, for {@link #STEADY_ROUNDS} rounds and for at least
 * as long as it took to reach the best ({@link #MIN_FLAT_NANOS} at least): code that improved
 * for 300 ms and then stayed flat for 300 more has settled. {@code warmupMaxTime} ends warmup
 * in any case.
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
    /** Flat for this long at least (and as long as the best took to reach) ends warmup even with the JIT busy. */
    static final long MIN_FLAT_NANOS = 250_000_000L;

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
        long bestAt = start;
        int steady = 0;
        int flat = 0;
        long jitWork = jit == null ? 0 : jit.getAsLong();
        while (true) {
            long duration = rounds.time(batch);
            calls += batch;
            double perCall = (double) duration / batch;
            long jitNow = jit == null ? 0 : jit.getAsLong();
            boolean jitIdle = jitNow - jitWork < JIT_BUSY * duration;
            jitWork = jitNow;
            long now = timer.nanos();
            if (perCall < best * (1 - TOLERANCE)) {
                best = perCall;
                bestAt = now;
                steady = 0;
                flat = 0;
            } else {
                steady = jitIdle ? steady + 1 : 0;
                flat++;
            }
            boolean settled = steady >= STEADY_ROUNDS
                    || flat >= STEADY_ROUNDS && now - bestAt >= Math.max(MIN_FLAT_NANOS, bestAt - start);
            boolean minDone = calls >= options.warmupIterations() || now - minEnd >= 0;
            if (minDone && (settled || now - maxEnd >= 0)) {
                return;
            }
            if (duration < ROUND_NANOS) {
                batch = Math.max(batch + 1, TimingEngine.ceilDiv(batch * ROUND_NANOS, Math.max(1, duration)));
            }
        }
    }
}
