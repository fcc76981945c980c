package dev.benchmem.examples;

import dev.benchmem.harness.BenchmarkMemory;
import dev.benchmem.harness.MemoryCeiling;

import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lesson 1: a benchmark is a JUnit 5 test that takes a fixture.
 *
 * <p>This is the reference suite of pytest-benchmem, ported: sort a copy of a reversed array
 * at four sizes. Run it:
 *
 * <pre>
 * java -javaagent:agent/target/benchmem.jar -jar examples/target/tests.jar -c SortBench
 * </pre>
 */
class SortBench {

    /*
     * A parametrized test becomes one benchmark per argument. The harness names each the way
     * pytest-benchmark does, from the method and the argument values: sort[10000],
     * sort[50000], ... and keeps the arguments by parameter name ({"n": 10000}) so that
     * `benchmem compare` and `benchmem plot` can use n as an axis. (Parameter names come from
     * the class file: compile with -parameters, as this project's pom does.)
     *
     * BenchmarkMemory is the fixture that times the call AND measures its memory. The timed
     * rounds run here, uninstrumented; the memory pass runs in a child JVM where the agent
     * has rewritten every allocation site (it works beside this JVM, stopped while rounds are
     * timed). The sorted copy is one int[n]: the table
     * shows allocs 1 and allocated 4n+16 bytes (16 bytes of array header), exactly.
     *
     * @MemoryCeiling turns the memory pass into an assertion: if a change made sort[500000]
     * hold more than 4 MiB at once, this test would fail with
     *   sort[500000]: peak 5.72 MiB exceeds maxPeak 4 MiB
     * The ceiling is checked against the worst pass, so noise can't hide a breach.
     */
    @ParameterizedTest
    @ValueSource(ints = {10_000, 50_000, 200_000, 500_000})
    @MemoryCeiling(maxPeak = "4MiB", maxAllocations = "1")
    void sort(int n, BenchmarkMemory benchmarkMemory) {
        // Build the input outside the measured call: only the lambda is timed and measured.
        int[] input = reversed(n);
        // run(Supplier) returns the call's value, and hands every value the timed rounds
        // produce to a black hole, so the JIT cannot decide the sort is dead code.
        int[] sorted = benchmarkMemory.run(() -> sortedCopy(input));
        if (sorted[0] != 1) {
            throw new AssertionError("not sorted");
        }
    }

    static int[] sortedCopy(int[] input) {
        int[] copy = Arrays.copyOf(input, input.length);
        Arrays.sort(copy);
        return copy;
    }

    static int[] reversed(int n) {
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = n - i;
        }
        return values;
    }
}
