package dev.benchmem.harness.suites;

import dev.benchmem.harness.Benchmark;
import dev.benchmem.harness.BenchmarkMemory;
import dev.benchmem.harness.MemoryCeiling;
import dev.benchmem.harness.MemoryPass;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A suite the launcher tests run: exact memory, a ceiling breach, a throwing benchmark, a timing-only one, a plain test. */
public class SortSuite {

    /** A sorted copy of a reversed int[n]: one allocation of 4n+16 bytes. */
    @ParameterizedTest
    @ValueSource(ints = {1_000, 100_000})
    void sort(int n, BenchmarkMemory benchmarkMemory) {
        int[] input = new int[n];
        for (int i = 0; i < n; i++) {
            input[i] = n - i;
        }
        benchmarkMemory.run(() -> {
            int[] copy = Arrays.copyOf(input, input.length);
            Arrays.sort(copy);
            return copy;
        });
    }

    @Test
    @MemoryCeiling(maxAllocated = "1KiB")
    @MemoryPass(repeats = 2)
    void overCeiling(BenchmarkMemory benchmarkMemory) {
        benchmarkMemory.run(() -> new byte[4096]);
    }

    @Test
    void throwing(Benchmark benchmark) {
        benchmark.run(() -> {
            throw new IllegalStateException("boom");
        });
    }

    @Test
    void timedOnly(Benchmark benchmark) {
        benchmark.extraInfo().put("kind", "sqrt");
        benchmark.run(() -> Math.sqrt(System.nanoTime()));
    }

    @Test
    void notABenchmark() {
    }
}
