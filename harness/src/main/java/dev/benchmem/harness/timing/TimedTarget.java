package dev.benchmem.harness.timing;

/**
 * The code a round times: {@link #run(long)} runs the benchmarked call {@code iterations}
 * times in a loop; the engine reads the timer around it. The harness implements it over the
 * user's {@code Supplier}/{@code Runnable} and consumes each result so the JIT cannot drop it.
 */
@FunctionalInterface
public interface TimedTarget {

    /** Runs the benchmarked call {@code iterations} (at least 1) times; timed as one round. */
    void run(long iterations) throws Throwable;

    /**
     * Runs before every round (warmup rounds too), outside the timed region: pedantic's
     * {@code setup}. Does nothing by default.
     */
    default void beforeRound() throws Throwable {}
}
