package dev.benchmem.harness;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The benchmark fixture: declare it as a parameter of a JUnit 5 test method and hand it the
 * code to measure.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @ValueSource(ints = {10_000, 500_000})
 * void sort(int n, Benchmark benchmark) {
 *     int[] input = reversed(n);
 *     benchmark.run(() -> sortedCopy(input));
 * }
 * }</pre>
 *
 * <p>{@code run} times calibrated rounds (pytest-benchmark's method: iterations per round sized
 * to the timer, rounds until a time budget, JIT warmup first). Every value the target returns
 * is consumed by a black hole, so the JIT cannot drop the work. The memory pass (peak,
 * allocated, allocations) runs too when the launcher is given {@code --benchmark-memory};
 * use {@link BenchmarkMemory} to always have it. A fixture measures one target once per test.
 */
public interface Benchmark {

    /** Measures {@code target} and returns the value of one call. */
    <T> T run(Supplier<T> target);

    /** Measures {@code target}. */
    void run(Runnable target);

    /**
     * Measures {@code target} with a fixed schedule: {@code warmupRounds} untimed rounds, then
     * {@code rounds} timed rounds of {@code iterations} calls each. {@code setup} runs, untimed,
     * before every round, and before every memory pass (untracked).
     */
    <T> T pedantic(Supplier<T> target, Runnable setup, int rounds, int warmupRounds, int iterations);

    /**
     * As {@link #pedantic(Supplier, Runnable, int, int, int)}, with a fresh input per round:
     * {@code setup} makes it (untimed) and {@code target} consumes it. A round with a fresh input
     * makes one call, so {@code iterations} must be 1.
     */
    <S, T> T pedantic(Function<? super S, T> target, Supplier<? extends S> setup,
                      int rounds, int warmupRounds, int iterations);

    /**
     * Free-form data saved with the result ({@code extra_info} in the run file). Scalar values
     * (numbers, strings, booleans) become dims for {@code benchmem compare} and {@code plot}.
     */
    Map<String, Object> extraInfo();
}
