package dev.benchmem.harness.timing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The smallest positive step a timer reports, measured once per timer and cached
 * (pytest-benchmark's {@code compute_timer_precision}, with a 100 ms budget instead of 1 s:
 * {@code System.nanoTime} settles far sooner than Python's clocks).
 */
final class TimerPrecision {

    private static final long BUDGET_NANOS = 100_000_000L;
    private static final int MIN_POINTS = 5;
    private static final Map<Timer, Long> CACHE = new ConcurrentHashMap<>();

    private TimerPrecision() {}

    /** The timer's precision in nanoseconds (at least 1). */
    static long of(Timer timer) {
        return CACHE.computeIfAbsent(timer, TimerPrecision::measure);
    }

    private static long measure(Timer timer) {
        long precision = Long.MAX_VALUE;
        int points = 0;
        long deadline = System.nanoTime() + BUDGET_NANOS;
        while (System.nanoTime() < deadline || points < MIN_POINTS) {
            long t1 = timer.nanos();
            long t2 = timer.nanos();
            // Consecutive reads may return the same value on a coarse clock: spin to the next tick.
            while (t2 == t1) {
                t2 = timer.nanos();
            }
            if (t2 > t1) {
                precision = Math.min(precision, t2 - t1);
                points++;
            }
        }
        return Math.max(1, precision);
    }
}
