package dev.benchmem.harness.timing;

/**
 * Warmup and calibration of iterations per round (pytest-benchmark's {@code
 * _calibrate_timer}, warmup done once up front rather than at every step).
 *
 * @param iterations calls per measured round
 * @param roundNanos the shortest round seen at that count, to size the round count from
 */
record Calibration(long iterations, long roundNanos) {

    static Calibration run(TimingEngine.Rounds rounds, TimingOptions options) throws Throwable {
        long precision = TimerPrecision.of(rounds.timer());
        long minTime = Math.max(options.minTime().toNanos(),
                precision * options.calibrationPrecision());
        long estimateFrom = minTime * 5 / options.calibrationPrecision();

        long shortestSingle = Long.MAX_VALUE;
        if (options.warmup()) {
            shortestSingle = warmUp(rounds, options);
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

    /** Single-call rounds until either warmup bound; the shortest of them in nanoseconds. */
    private static long warmUp(TimingEngine.Rounds rounds, TimingOptions options) throws Throwable {
        long deadline = System.nanoTime() + options.warmupTime().toNanos();
        long shortest = Long.MAX_VALUE;
        for (long i = 0; i < options.warmupIterations() && System.nanoTime() < deadline; i++) {
            shortest = Math.min(shortest, rounds.time(1));
        }
        return shortest;
    }
}
