package dev.benchmem.harness.timing;

import java.util.function.BooleanSupplier;

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
 * than {@link #TOLERANCE}. After {@link #STEADY_ROUNDS} rounds in a row with no new best, the
 * code is <em>steady</em> once the JIT has nothing compiling and nothing queued ({@link
 * CompileQueue}, asked from then on at the end of each round): a compilation under way or
 * waiting can still replace the code the rounds run, and a long C2 compilation can leave the
 * time flat for a while before a step down. The compilers also work on code that is not the
 * benchmark's (in a fresh JVM, for seconds: the test framework, the harness), so warmup also
 * ends when the time has been flat, the JIT busy or not, for {@link #STEADY_ROUNDS} rounds and
 * for at least as long as it took to reach the best ({@link #MIN_FLAT_NANOS} at least): code
 * that improved for 1.5 s and then stayed flat for 1.5 s more has settled. {@code
 * warmupMaxTime} ends warmup in any case.
 */
final class Warmup {

    /** A warmup round lasts at least this long. */
    static final long ROUND_NANOS = 10_000_000L;
    /** Rounds in a row that must set no new best for the time to count as steady. */
    static final int STEADY_ROUNDS = 20;
    /** A round is a new best if it beats the fastest so far by more than this fraction. */
    static final double TOLERANCE = 0.01;
    /**
     * Flat for this long at least (and as long as the best took to reach) ends warmup even with
     * the JIT busy. On HotSpot it decides only while the compile queues stay busy: at 0.25 s it
     * ended the sort suite's first warmup at 85 us per call, before C2 (10 us) had compiled the
     * sort, which waited in a queue behind the test framework's code.
     */
    static final long MIN_FLAT_NANOS = 1_000_000_000L;

    private Warmup() {}

    /** Flat for as long as it took to reach the best, and {@link #MIN_FLAT_NANOS} at least. */
    private static boolean settledWhateverTheJit(long start, long bestAt, long now) {
        return now - bestAt >= Math.max(MIN_FLAT_NANOS, bestAt - start);
    }

    /**
     * Warms {@code rounds} up, reading the time from its timer and asking {@code jitIdle}
     * whether the JIT has nothing compiling or queued (null: unknown, the per-call time alone
     * decides).
     */
    static void run(TimingEngine.Rounds rounds, TimingOptions options, BooleanSupplier jitIdle)
            throws Throwable {
        Timer timer = rounds.timer();
        long start = timer.nanos();
        long minEnd = start + options.warmupTime().toNanos();
        long maxEnd = start + options.warmupMaxTime().toNanos();
        long calls = 0;
        long batch = 1;
        double best = Double.POSITIVE_INFINITY;
        long bestAt = start;
        int flat = 0;
        while (true) {
            long duration = rounds.time(batch);
            calls += batch;
            double perCall = (double) duration / batch;
            long now = timer.nanos();
            if (perCall < best * (1 - TOLERANCE)) {
                best = perCall;
                bestAt = now;
                flat = 0;
            } else {
                flat++;
            }
            boolean minDone = calls >= options.warmupIterations() || now - minEnd >= 0;
            if (minDone && (now - maxEnd >= 0 || flat >= STEADY_ROUNDS && (settledWhateverTheJit(start, bestAt, now)
                    || jitIdle == null || jitIdle.getAsBoolean()))) {
                return;
            }
            if (duration < ROUND_NANOS) {
                batch = Math.max(batch + 1, TimingEngine.ceilDiv(batch * ROUND_NANOS, Math.max(1, duration)));
            }
        }
    }
}
