package dev.benchmem.harness.suites;

import dev.benchmem.harness.Benchmark;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A benchmark whose result the test never looks at: only the black hole keeps the JIT from dropping the loop. */
public class UnusedResultSuite {

    @ParameterizedTest
    @ValueSource(ints = {1_000, 100_000})
    void sumUnused(int n, Benchmark benchmark) {
        long[] data = new long[n];
        for (int i = 0; i < n; i++) {
            data[i] = i;
        }
        benchmark.run(() -> {
            long sum = 0;
            for (long value : data) {
                sum += value;
            }
            return sum;
        });
    }
}
