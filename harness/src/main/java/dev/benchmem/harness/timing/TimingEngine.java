package dev.benchmem.harness.timing;

import dev.benchmem.core.TimingStats;
import java.util.Arrays;

/**
 * Times a {@link TimedTarget} in rounds, pytest-benchmark's way adapted to the JVM.
 *
 * <p>Calibrated mode, in order:
 * <ol>
 *   <li>timer precision, measured once per timer ({@link TimerPrecision});
 *   <li>JIT warmup ({@link Warmup}; pytest-benchmark warms up only on PyPy, but on the JVM
 *       the first calls run interpreted): rounds of many calls, at least until {@code
 *       warmupTime} or {@code warmupIterations}, then until the time per call has stopped
 *       improving and the JIT compilers are idle, at most until {@code warmupMaxTime};
 *   <li>calibration: iterations per round grow (x10, or estimated once a round is long
 *       enough to extrapolate from) until a round lasts {@code max(minTime, calibrationPrecision
 *       x precision)};
 *   <li>{@code max(minRounds, ceil(maxTime / round))} measured rounds, ending early only if
 *       the rounds together take longer than {@code maxTime} on the wall clock (slower than
 *       calibrated, or collections with {@code disableGc}), and never before {@code minRounds}.
 * </ol>
 * Pedantic mode runs its fixed warmup rounds and rounds, nothing else. A {@link Bystander} is
 * paused from calibration (pedantic: the measured rounds) to the last round.
 */
public final class TimingEngine {

    private TimingEngine() {}

    /** Times {@code target}; a throwable from the target ends the measurement and propagates. */
    public static TimingStats measure(TimedTarget target, TimingOptions options) throws Throwable {
        return measure(target, options, Bystander.NONE);
    }

    /** Times {@code target} with {@code bystander} paused while rounds are calibrated and measured. */
    public static TimingStats measure(TimedTarget target, TimingOptions options, Bystander bystander) throws Throwable {
        Rounds rounds = new Rounds(target, options);
        warmUp(rounds, options);
        bystander.pause();
        try {
            return measured(rounds, options);
        } finally {
            bystander.resume();
        }
    }

    /** Pedantic's fixed warmup rounds, or the JIT warmup when it is on. */
    private static void warmUp(Rounds rounds, TimingOptions options) throws Throwable {
        if (options.isPedantic()) {
            long iterations = options.fixedIterations().orElseThrow();
            for (int i = 0; i < options.fixedWarmupRounds().orElseThrow(); i++) {
                rounds.time(iterations);
            }
        } else if (options.warmup()) {
            CompileQueue queue = CompileQueue.ofThisJvm();
            Warmup.run(rounds, options, queue == null ? null : queue::isIdle);
        }
    }

    /** Pedantic's fixed rounds, or calibration and the rounds it plans. */
    private static TimingStats measured(Rounds rounds, TimingOptions options) throws Throwable {
        if (options.isPedantic()) {
            return rounds.measured(options.fixedRounds().orElseThrow(), options.fixedIterations().orElseThrow(), Long.MAX_VALUE);
        }
        Calibration calibration = Calibration.run(rounds, options);
        long roundNanos = Math.max(1, calibration.roundNanos());
        long maxNanos = options.maxTime().toNanos();
        long planned = Math.max(options.minRounds(), ceilDiv(maxNanos, roundNanos));
        int count = (int) Math.min(planned, Integer.MAX_VALUE - 8);
        return rounds.measured(count, calibration.iterations(), maxNanos);
    }

    /** {@code ceil(a / b)} for positive operands ({@code Math.ceilDiv} is Java 18+). */
    static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    /** Runs rounds of a target: setup untimed, the loop timed; measured rounds may GC first. */
    static final class Rounds {
        private final TimedTarget target;
        private final Timer timer;
        private final boolean gcBefore;
        private final int minRounds;

        Rounds(TimedTarget target, TimingOptions options) {
            this.target = target;
            this.timer = options.timer();
            this.gcBefore = options.disableGc();
            this.minRounds = options.minRounds();
        }

        Timer timer() {
            return timer;
        }

        /** One round of {@code iterations} calls; its duration in nanoseconds. */
        long time(long iterations) throws Throwable {
            target.beforeRound();
            long start = timer.nanos();
            target.run(iterations);
            return timer.nanos() - start;
        }

        /**
         * {@code count} measured rounds, or fewer once they have taken {@code budgetNanos} of wall
         * time (never fewer than {@code minRounds}, unless {@code count} is smaller).
         */
        TimingStats measured(int count, long iterations, long budgetNanos) throws Throwable {
            double[] data = new double[count];
            int done = 0;
            long wallStart = System.nanoTime();
            while (done < count) {
                if (gcBefore) {
                    System.gc();
                }
                data[done++] = time(iterations) / 1e9 / iterations;
                if (done >= minRounds && System.nanoTime() - wallStart >= budgetNanos) {
                    break;
                }
            }
            return TimingStats.of(done == count ? data : Arrays.copyOf(data, done), iterations);
        }
    }
}
