package dev.benchmem.examples;

import dev.benchmem.harness.BenchmarkMemory;
import dev.benchmem.harness.MemoryCeiling;
import dev.benchmem.harness.MemoryPass;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Lesson 4: what a call leaves behind.
 *
 * <p>{@code retained} is what the call left alive once its result is dropped: a cache that only
 * grows, a listener never removed, a static map. With {@code calls = 5} each memory pass calls
 * the benchmark five times and reads {@code retained} after each call: a leak grows with every
 * call, and the run file's {@code retained_slope_bytes} is how much per call.
 *
 * <pre>
 * java -javaagent:agent/target/benchmem.jar -jar examples/target/tests.jar -c LeakBench
 * </pre>
 */
class LeakBench {

    /** A response cache keyed by request id that nobody ever evicts from. */
    static final Map<Integer, byte[]> RESPONSES = new HashMap<>();
    static int requests;

    /** Each call answers 100 requests and caches every response: about 106 KiB left alive per call. */
    @Test
    @MemoryPass(calls = 5)
    void cachedResponses(BenchmarkMemory benchmarkMemory) {
        // setup (before each timed round and each memory pass, untracked) empties the cache,
        // so the timed rounds stay bounded; within a pass of 5 calls it grows.
        benchmarkMemory.pedantic(LeakBench::answer, RESPONSES::clear, 20, 1, 1);
    }

    /**
     * The same work without the cache: retained stays 0, and the ceiling says it must.
     * ({@code maxRetained = "0B"}: the test fails if the call ever leaves a byte behind.)
     */
    @Test
    @MemoryPass(calls = 5)
    @MemoryCeiling(maxRetained = "0B")
    void uncachedResponses(BenchmarkMemory benchmarkMemory) {
        benchmarkMemory.pedantic(() -> respond(requests++).length, () -> { }, 20, 1, 1);
    }

    static int answer() {
        int bytes = 0;
        for (int i = 0; i < 100; i++) {
            int id = requests++;
            byte[] response = respond(id);
            RESPONSES.put(id, response);
            bytes += response.length;
        }
        return bytes;
    }

    static byte[] respond(int id) {
        byte[] response = new byte[1024];
        response[0] = (byte) id;
        return response;
    }
}
