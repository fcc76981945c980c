package dev.benchmem.harness.suites;

import dev.benchmem.harness.BenchmarkMemory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reference's sort suite: a sorted copy of a reversed int[n] at its four sizes, one 4n+16-byte array each. */
public class ReferenceSortSuite {

    @ParameterizedTest
    @ValueSource(ints = {10_000, 50_000, 200_000, 500_000})
    void sort(int n, BenchmarkMemory benchmarkMemory) {
        new SortSuite().sort(n, benchmarkMemory);
    }
}
