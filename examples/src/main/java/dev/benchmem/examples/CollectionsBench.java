package dev.benchmem.examples;

import dev.benchmem.harness.Benchmark;
import dev.benchmem.harness.BenchmarkGroup;
import dev.benchmem.harness.BenchmarkMemory;
import dev.benchmem.harness.MemoryPass;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lesson 2: what a collection choice costs, in time and in memory.
 *
 * <p>Collect n ints and sum them, three ways: {@code ArrayList<Integer>}, {@code
 * LinkedList<Integer>}, and a plain {@code int[]}. The timings say which is fastest; the
 * memory columns say why: every boxed Integer is a 16-byte object, every LinkedList node
 * another 24 bytes, and the ArrayList's backing array is copied each time it grows.
 *
 * <pre>
 * java -javaagent:agent/target/benchmem.jar -jar examples/target/tests.jar -c CollectionsBench
 * </pre>
 */
@BenchmarkGroup("collections")
class CollectionsBench {

    /** The three layouts. An enum argument is a dim like a number: {@code layout=LINKED_LIST}. */
    enum Layout {
        ARRAY_LIST {
            @Override
            long collectAndSum(int n) {
                return collectAndSumBoxed(new ArrayList<>(), n);
            }
        },
        LINKED_LIST {
            @Override
            long collectAndSum(int n) {
                return collectAndSumBoxed(new LinkedList<>(), n);
            }
        },
        INT_ARRAY {
            @Override
            long collectAndSum(int n) {
                int[] values = new int[n];
                for (int i = 0; i < n; i++) {
                    values[i] = i + 1_000;
                }
                long sum = 0;
                for (int value : values) {
                    sum += value;
                }
                return sum;
            }
        };

        abstract long collectAndSum(int n);

        /** The same code for both lists: only the list's own layout differs. */
        private static long collectAndSumBoxed(List<Integer> values, int n) {
            for (int i = 0; i < n; i++) {
                values.add(i + 1_000);
            }
            long sum = 0;
            for (int value : values) {
                sum += value;
            }
            return sum;
        }
    }

    /*
     * @MethodSource crosses the layouts with two sizes; the ids read
     * collectAndSum[ARRAY_LIST-1000], collectAndSum[LINKED_LIST-100000], ... (values joined
     * by "-", as pytest does) and both parameters become dims.
     *
     * The values are boxed from 1000 up on purpose: Integer.valueOf caches -128..127, so
     * small values would allocate nothing and hide the cost we want to see.
     *
     * @MemoryPass(repeats = 2): two passes are plenty for code this deterministic; by default
     * the pass repeats until two passes in a row set no new minimum (at most 10).
     */
    @ParameterizedTest
    @MethodSource("layoutsAndSizes")
    @MemoryPass(repeats = 2)
    void collectAndSum(Layout layout, int n, BenchmarkMemory benchmarkMemory) {
        long sum = benchmarkMemory.run(() -> layout.collectAndSum(n));
        if (sum != (long) n * 1_000 + (long) n * (n - 1) / 2) {
            throw new AssertionError("wrong sum " + sum);
        }
    }

    static Stream<Arguments> layoutsAndSizes() {
        return Stream.of(Layout.values())
                .flatMap(layout -> Stream.of(1_000, 100_000).map(n -> Arguments.of(layout, n)));
    }

    /*
     * Lesson 3: Benchmark (without Memory) times only, unless the run asks for memory with
     * --benchmark-memory. Either way its timed rounds run in this JVM with nothing
     * instrumented: the memory pass, when there is one, happened earlier in another JVM.
     * Compare this benchmark's median with and without the agent and --benchmark-memory
     * (benchmarks/harness.md does, over pairs of JVMs).
     *
     * The call does little but allocate: 10,000 boxed Integers (16 bytes each) and the
     * list's backing arrays as it grows, about 330 KB. Small enough that a young collection
     * lands in few of the rounds, which the median then leaves out: a round of one call
     * boxing 100,000 (this lesson's first version) spread by -40%..+45% from JVM to JVM.
     */
    @org.junit.jupiter.api.Test
    void collectBoxed(Benchmark benchmark) {
        benchmark.run(() -> {
            List<Integer> boxed = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                boxed.add(i + 1_000);
            }
            return boxed;
        });
    }

    /*
     * Lesson 4: pedantic() fixes the schedule instead of calibrating it: here 20 rounds of 1
     * call after 5 warmup rounds, each round on a fresh list made by the setup function,
     * which is never timed (nor tracked, in a memory pass).
     *
     * extraInfo() is saved with the result; scalar values become dims in the run file,
     * like parameters.
     */
    @org.junit.jupiter.api.Test
    void removeFromTheMiddle(Benchmark benchmark) {
        int n = 5_000;
        benchmark.extraInfo().put("n", n);
        benchmark.pedantic(
                list -> {
                    while (list.size() > 1) {
                        list.remove(list.size() / 2);
                    }
                    return list;
                },
                () -> {
                    List<Integer> fresh = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        fresh.add(i);
                    }
                    return fresh;
                },
                20, 5, 1);
    }
}
