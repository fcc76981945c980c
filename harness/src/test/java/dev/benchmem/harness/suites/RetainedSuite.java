package dev.benchmem.harness.suites;

import dev.benchmem.harness.BenchmarkMemory;
import dev.benchmem.harness.MemoryPass;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What a call leaves alive, and what it costs the process outside the heap: a leak of 1,000
 * {@code byte[1024]} per call (1040 bytes each with the array header), a call whose result
 * holds as much but is dropped, and a 64 MiB direct buffer in an isolated pass.
 */
public class RetainedSuite {

    /** Sized up front, so that growing it is not part of any call. */
    static final List<byte[]> KEPT = new ArrayList<>(100_000);

    @Test
    @MemoryPass(calls = 5, repeats = 2)
    void leak(BenchmarkMemory benchmarkMemory) {
        benchmarkMemory.run(() -> {
            for (int i = 0; i < 1_000; i++) {
                KEPT.add(new byte[1024]);
            }
        });
    }

    @Test
    @MemoryPass(calls = 5, repeats = 2)
    void noLeak(BenchmarkMemory benchmarkMemory) {
        benchmarkMemory.run(() -> {
            List<byte[]> arrays = new ArrayList<>(1_000);
            for (int i = 0; i < 1_000; i++) {
                arrays.add(new byte[1024]);
            }
            return arrays;
        });
    }

    @Test
    @MemoryPass(isolate = true, repeats = 1)
    void directBuffer(BenchmarkMemory benchmarkMemory) {
        benchmarkMemory.run(() -> ByteBuffer.allocateDirect(64 << 20));
    }
}
