package dev.benchmem.harness.suites;

import dev.benchmem.harness.BenchmarkMemory;
import dev.benchmem.harness.MemoryPass;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A suite the profile tests run. {@code boxed} builds a list of boxed ints, at the line marked
 * {@code // site:boxing}; with {@code -Dprofile.suite.more=true} its n=1000 case boxes twice
 * as many (a regression for the gate). {@code array} asks for its profile by annotation.
 */
public class ProfileSuite {

    @ParameterizedTest
    @ValueSource(ints = {1_000, 50_000})
    void boxed(int n, BenchmarkMemory benchmarkMemory) {
        int count = n == 1_000 && Boolean.getBoolean("profile.suite.more") ? 2 * n : n;
        benchmarkMemory.run(() -> box(count));
    }

    private static List<Integer> box(int count) {
        List<Integer> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(1_000 + i); // site:boxing
        }
        return list;
    }

    @Test
    @MemoryPass(profile = true)
    void array(BenchmarkMemory benchmarkMemory) {
        benchmarkMemory.run(() -> new long[1_000]);
    }
}
