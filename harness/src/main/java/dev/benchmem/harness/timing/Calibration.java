package dev.benchmem.harness.timing;

/**
 * Calibration of iterations per round (pytest-benchmark's {@code _calibrate_timer}); on the
 * JVM it runs after the {@link Warmup}, so it sizes rounds for compiled code.
 *
 * @param iterations calls per measured round
 * @param roundNanos the last calibrating round, of {@code iterations} calls, to size the
 *     round count from
 */
record Calibration(long iterations, long roundNanos) {

    static Calibration run(TimingEngine.Rounds rounds, TimingOptions options) throws Throwable {
        long precision = TimerPrecision.of(rounds.timer());
        long minTime = Math.max(options.minTime().toNanos(),
                precision * options.calibrationPrecision());
        long estimateFrom = minTime * 5 / options.calibrationPrecision();
        long loops = 1;
        while (true) {
            long duration = rounds.time(loops);
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
}
