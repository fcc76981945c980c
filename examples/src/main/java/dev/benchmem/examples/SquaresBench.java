package dev.benchmem.examples;

import dev.benchmem.harness.BenchmarkMemory;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lesson 3: where the memory goes. A profiled run keeps, per benchmark, every allocation site
 * with its exact bytes and count, the call paths to them and what was live at the peak:
 *
 * <pre>
 * java -javaagent:agent/target/benchmem.jar -jar examples/target/tests.jar -c SquaresBench \
 *      --benchmark-memory-profile=profiles/base
 * java -Dsquares.boxed=true -javaagent:agent/target/benchmem.jar -jar examples/target/tests.jar -c SquaresBench \
 *      --benchmark-memory-profile=profiles/candidate
 * cli/target/benchmem flamegraph profiles/candidate 'squares[100000]'
 * cli/target/benchmem flamegraph --diff profiles/base profiles/candidate 'squares[100000]' --report table
 * </pre>
 *
 * <p>The candidate ({@code -Dsquares.boxed=true}, which the memory-pass JVM inherits) collects
 * the squares in a {@code List<Long>}: every square is boxed, and the list's array grows by
 * copies. The flame graph and the diff both point at the line that boxes.
 */
class SquaresBench {

    /*
     * The baseline keeps the squares in a long[n]: one allocation of 8n+16 bytes. The candidate
     * allocates a Long per square (24 bytes each, past the small-value cache) and the list's
     * growing Object[] copies: about 4x the bytes and n times the allocations.
     */
    @ParameterizedTest
    @ValueSource(ints = {1_000, 100_000})
    void squares(int n, BenchmarkMemory benchmarkMemory) {
        boolean boxed = Boolean.getBoolean("squares.boxed");
        benchmarkMemory.run(() -> boxed ? boxedSquares(n) : squares(n));
    }

    static long[] squares(int n) {
        long[] squares = new long[n];
        for (int i = 0; i < n; i++) {
            squares[i] = (long) i * i;
        }
        return squares;
    }

    static List<Long> boxedSquares(int n) {
        List<Long> squares = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            squares.add((long) i * i);
        }
        return squares;
    }
}
