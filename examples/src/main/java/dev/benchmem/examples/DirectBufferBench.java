package dev.benchmem.examples;

import dev.benchmem.harness.BenchmarkMemory;
import dev.benchmem.harness.MemoryPass;

import java.nio.ByteBuffer;

import org.junit.jupiter.api.Test;

/**
 * Lesson 3: memory the heap numbers do not see.
 *
 * <p>A direct buffer lives outside the Java heap: {@code peak} and {@code allocated} count the
 * small {@code DirectByteBuffer} object only, while the process grows by the whole buffer.
 * Measure the process with an isolated pass:
 *
 * <pre>
 * java -javaagent:agent/target/benchmem.jar -jar examples/target/tests.jar -c DirectBufferBench
 * </pre>
 *
 * The table's {@code rss} column shows about 32 MiB and {@code peak} about 0; the run file's
 * {@code extra_info.benchmem.nmt_other_bytes} says where it went (Native Memory Tracking's
 * "Other", where {@code Unsafe.allocateMemory} lands).
 */
class DirectBufferBench {

    private static final int SIZE = 32 << 20;

    /*
     * isolate = true: each memory pass runs in a fresh JVM that calls fill() once, and reads
     * the resident set around the call. Two passes: two JVM starts (about 2-3 s each).
     * pedantic with 5 rounds: each timed call maps 32 MiB, so keep the timed rounds few.
     */
    @Test
    @MemoryPass(isolate = true, repeats = 2)
    void fill(BenchmarkMemory benchmarkMemory) {
        benchmarkMemory.pedantic(DirectBufferBench::filled, () -> { }, 5, 1, 1);
    }

    static ByteBuffer filled() {
        ByteBuffer buffer = ByteBuffer.allocateDirect(SIZE);
        for (int i = 0; i < SIZE; i += Long.BYTES) {
            buffer.putLong(i, i);
        }
        return buffer;
    }
}
