package dev.benchmem.harness.timing;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * How {@link TimingEngine} times a benchmark. Immutable; build with {@link #builder()}.
 *
 * <p>Calibrated mode (the default) follows pytest-benchmark: iterations per round are
 * calibrated so that a round lasts at least {@code max(minTime, 10 x timer precision)}, then
 * {@code max(minRounds, ceil(maxTime / round))} rounds run. Before calibration the JIT is
 * warmed up (unlike pytest-benchmark, on by default: the first calls of a JVM method run
 * interpreted): at least until {@code warmupTime} has passed or {@code warmupIterations}
 * calls have run, whichever comes first, then on until the time per call has stopped
 * improving while the JIT compilers are idle, up to {@code warmupMaxTime} (see {@link
 * Warmup}).
 *
 * <p>Pedantic mode ({@link Builder#pedantic(int, int, long)}) runs exactly the given warmup
 * rounds, rounds and iterations, with no calibration and no automatic warmup.
 *
 * <p>{@code disableGc} keeps pytest-benchmark's option name, adapted: a JVM cannot switch
 * its collector off, so instead {@link System#gc()} runs before every round, outside the
 * timed region, so that garbage left by earlier rounds is not collected inside a timed one
 * (the round's own allocations can still trigger a collection). The collections count
 * toward the {@code maxTime} budget, which therefore ends such runs after fewer rounds.
 */
public final class TimingOptions {

    /** pytest-benchmark's defaults where they carry over; min time and warmup are ours. */
    public static final int DEFAULT_MIN_ROUNDS = 5;
    public static final Duration DEFAULT_MAX_TIME = Duration.ofSeconds(1);
    /**
     * 100 us, where pytest-benchmark has 5 us: the JVM runs a small call 20-50x faster than
     * CPython, so 5 us rounds of a 50 ns call would make 200,000 rounds per second of budget
     * (megabytes of {@code stats.data} per benchmark); 100 us caps it at 10,000, still 4,000
     * times the precision of {@code System.nanoTime} on Linux.
     */
    public static final Duration DEFAULT_MIN_TIME = Duration.ofNanos(100_000);
    /**
     * No minimum: warmup ends once the time per call has stopped improving ({@link Warmup}); a
     * fixed half second before that cost every benchmark 0.5 s of wall time (issue 17).
     */
    public static final Duration DEFAULT_WARMUP_TIME = Duration.ZERO;
    /** Longest warmup, however far the code is from its steady state. */
    public static final Duration DEFAULT_WARMUP_MAX_TIME = Duration.ofSeconds(10);
    public static final long DEFAULT_WARMUP_ITERATIONS = 1_000_000;
    /** A round must last this many timer precisions (pytest-benchmark's calibration precision). */
    public static final int DEFAULT_CALIBRATION_PRECISION = 10;

    private final int minRounds;
    private final Duration maxTime;
    private final Duration minTime;
    private final boolean warmup;
    private final Duration warmupTime;
    private final Duration warmupMaxTime;
    private final long warmupIterations;
    private final int calibrationPrecision;
    private final boolean disableGc;
    private final Timer timer;
    private final Pedantic pedantic;

    /** Fixed rounds for pedantic mode. */
    private record Pedantic(int rounds, int warmupRounds, long iterations) {}

    private TimingOptions(Builder b) {
        this.minRounds = b.minRounds;
        this.maxTime = b.maxTime;
        this.minTime = b.minTime;
        this.warmup = b.warmup;
        this.warmupTime = b.warmupTime;
        this.warmupMaxTime = b.warmupMaxTime;
        this.warmupIterations = b.warmupIterations;
        this.calibrationPrecision = b.calibrationPrecision;
        this.disableGc = b.disableGc;
        this.timer = b.timer;
        this.pedantic = b.pedantic;
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The defaults. */
    public static TimingOptions defaults() {
        return builder().build();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.minRounds = minRounds;
        b.maxTime = maxTime;
        b.minTime = minTime;
        b.warmup = warmup;
        b.warmupTime = warmupTime;
        b.warmupMaxTime = warmupMaxTime;
        b.warmupIterations = warmupIterations;
        b.calibrationPrecision = calibrationPrecision;
        b.disableGc = disableGc;
        b.timer = timer;
        b.pedantic = pedantic;
        return b;
    }

    public int minRounds() {
        return minRounds;
    }

    public Duration maxTime() {
        return maxTime;
    }

    public Duration minTime() {
        return minTime;
    }

    /** Whether calibrated mode warms the JIT up first. */
    public boolean warmup() {
        return warmup;
    }

    public Duration warmupTime() {
        return warmupTime;
    }

    public Duration warmupMaxTime() {
        return warmupMaxTime;
    }

    public long warmupIterations() {
        return warmupIterations;
    }

    public int calibrationPrecision() {
        return calibrationPrecision;
    }

    public boolean disableGc() {
        return disableGc;
    }

    public Timer timer() {
        return timer;
    }

    /** Whether rounds and iterations are fixed (pedantic mode). */
    public boolean isPedantic() {
        return pedantic != null;
    }

    /** Pedantic rounds, if fixed. */
    public OptionalInt fixedRounds() {
        return pedantic == null ? OptionalInt.empty() : OptionalInt.of(pedantic.rounds());
    }

    /** Pedantic warmup rounds, if fixed. */
    public OptionalInt fixedWarmupRounds() {
        return pedantic == null ? OptionalInt.empty() : OptionalInt.of(pedantic.warmupRounds());
    }

    /** Pedantic iterations per round, if fixed. */
    public OptionalLong fixedIterations() {
        return pedantic == null ? OptionalLong.empty() : OptionalLong.of(pedantic.iterations());
    }

    /**
     * The run file's {@code options} object: pytest-benchmark's keys ({@code disable_gc, timer,
     * min_rounds, max_time, min_time, warmup}, times in seconds, {@code warmup} = false or the
     * warmup iteration bound as pytest-benchmark writes it), plus {@code warmup_time}, and
     * {@code rounds, warmup_rounds, iterations} in pedantic mode.
     */
    public Map<String, Object> asRunFileOptions() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("disable_gc", disableGc);
        m.put("timer", timer.name());
        m.put("min_rounds", minRounds);
        m.put("max_time", seconds(maxTime));
        m.put("min_time", seconds(minTime));
        boolean warms = warmup && pedantic == null;
        m.put("warmup", warms ? (Object) warmupIterations : Boolean.FALSE);
        if (warms) {
            m.put("warmup_time", seconds(warmupTime));
            m.put("warmup_max_time", seconds(warmupMaxTime));
        }
        if (pedantic != null) {
            m.put("rounds", pedantic.rounds());
            m.put("warmup_rounds", pedantic.warmupRounds());
            m.put("iterations", pedantic.iterations());
        }
        return m;
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimingOptions t
                && minRounds == t.minRounds
                && maxTime.equals(t.maxTime)
                && minTime.equals(t.minTime)
                && warmup == t.warmup
                && warmupTime.equals(t.warmupTime)
                && warmupMaxTime.equals(t.warmupMaxTime)
                && warmupIterations == t.warmupIterations
                && calibrationPrecision == t.calibrationPrecision
                && disableGc == t.disableGc
                && timer.equals(t.timer)
                && Objects.equals(pedantic, t.pedantic);
    }

    @Override
    public int hashCode() {
        return Objects.hash(minRounds, maxTime, minTime, warmup, warmupTime, warmupMaxTime,
                warmupIterations,
                calibrationPrecision, disableGc, timer, pedantic);
    }

    @Override
    public String toString() {
        return "TimingOptions" + asRunFileOptions();
    }

    /** Builds {@link TimingOptions}; every setter validates its argument. */
    public static final class Builder {
        private int minRounds = DEFAULT_MIN_ROUNDS;
        private Duration maxTime = DEFAULT_MAX_TIME;
        private Duration minTime = DEFAULT_MIN_TIME;
        private boolean warmup = true;
        private Duration warmupTime = DEFAULT_WARMUP_TIME;
        private Duration warmupMaxTime = DEFAULT_WARMUP_MAX_TIME;
        private long warmupIterations = DEFAULT_WARMUP_ITERATIONS;
        private int calibrationPrecision = DEFAULT_CALIBRATION_PRECISION;
        private boolean disableGc;
        private Timer timer = Timer.NANO_TIME;
        private Pedantic pedantic;

        private Builder() {}

        /** Rounds to run at least, however long they take (default 5). */
        public Builder minRounds(int minRounds) {
            this.minRounds = requirePositive(minRounds, "minRounds");
            return this;
        }

        /** Time budget for the measured rounds (default 1 s). */
        public Builder maxTime(Duration maxTime) {
            this.maxTime = requireNonNegative(maxTime, "maxTime");
            return this;
        }

        /** Shortest round calibration aims for (default 100 us). */
        public Builder minTime(Duration minTime) {
            this.minTime = requireNonNegative(minTime, "minTime");
            return this;
        }

        /** JIT warmup before calibrated rounds on or off (default on). */
        public Builder warmup(boolean warmup) {
            this.warmup = warmup;
            return this;
        }

        /** Warmup lasts at least this long (default 0: no minimum) or {@link #warmupIterations}, first wins. */
        public Builder warmupTime(Duration warmupTime) {
            this.warmupTime = requireNonNegative(warmupTime, "warmupTime");
            return this;
        }

        /**
         * Warmup goes on past {@link #warmupTime} / {@link #warmupIterations} while the time per
         * call still improves or the JIT is still compiling, but not past this (default 10 s).
         */
        public Builder warmupMaxTime(Duration warmupMaxTime) {
            this.warmupMaxTime = requireNonNegative(warmupMaxTime, "warmupMaxTime");
            return this;
        }

        /** Warmup lasts at least this many calls (default 1,000,000) or {@link #warmupTime}. */
        public Builder warmupIterations(long warmupIterations) {
            this.warmupIterations = requirePositive(warmupIterations, "warmupIterations");
            return this;
        }

        /** A calibrated round lasts at least this many timer precisions (default 10). */
        public Builder calibrationPrecision(int calibrationPrecision) {
            this.calibrationPrecision = requirePositive(calibrationPrecision, "calibrationPrecision");
            return this;
        }

        /** {@link System#gc()} before every round, untimed (see the class comment). */
        public Builder disableGc(boolean disableGc) {
            this.disableGc = disableGc;
            return this;
        }

        public Builder timer(Timer timer) {
            this.timer = Objects.requireNonNull(timer, "timer");
            return this;
        }

        /**
         * Fixed rounds for pedantic mode: {@code warmupRounds} untimed rounds, then {@code
         * rounds} timed rounds of {@code iterations} calls each; no calibration, no other warmup.
         */
        public Builder pedantic(int rounds, int warmupRounds, long iterations) {
            requirePositive(rounds, "rounds");
            if (warmupRounds < 0) {
                throw new IllegalArgumentException("warmupRounds must be >= 0, got " + warmupRounds);
            }
            requirePositive(iterations, "iterations");
            this.pedantic = new Pedantic(rounds, warmupRounds, iterations);
            return this;
        }

        /** Back to calibrated mode. */
        public Builder calibrated() {
            this.pedantic = null;
            return this;
        }

        public TimingOptions build() {
            return new TimingOptions(this);
        }

        private static int requirePositive(int value, String name) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be >= 1, got " + value);
            }
            return value;
        }

        private static long requirePositive(long value, String name) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be >= 1, got " + value);
            }
            return value;
        }

        private static Duration requireNonNegative(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative, got " + d);
            }
            return d;
        }
    }
}
