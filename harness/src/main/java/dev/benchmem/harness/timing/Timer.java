package dev.benchmem.harness.timing;

/**
 * A monotonic clock in nanoseconds. Its {@link #name()} is what a run file's
 * {@code options.timer} records (pytest-benchmark writes {@code perf_counter} there).
 */
public interface Timer {

    /** {@link System#nanoTime()}: monotonic wall-clock time, the default. */
    Timer NANO_TIME = new Timer() {
        @Override
        public long nanos() {
            return System.nanoTime();
        }

        @Override
        public String name() {
            return "System.nanoTime";
        }
    };

    /** The current reading in nanoseconds; only differences between readings mean anything. */
    long nanos();

    /** A short name for reports. */
    String name();
}
