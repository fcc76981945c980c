package dev.benchmem.history;

import dev.benchmem.core.BenchmarkResult;
import dev.benchmem.core.MemoryPasses;
import dev.benchmem.core.RunFile;
import dev.benchmem.core.TimingStats;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToLongFunction;

/** Deterministic runs for the history tests: run {@code index} of a series, ids {@code bench[0..ids)}. */
final class SyntheticRuns {
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx")
            .withZone(ZoneOffset.UTC);

    private SyntheticRuns() {}

    /** Run {@code index} (an hour apart, commit {@code c<index>}) whose id {@code i} peaks at {@code peak(i)} bytes. */
    static RunFile run(int index, String branch, int ids, IntToLongFunction peak) {
        List<BenchmarkResult> benchmarks = new ArrayList<>();
        for (int i = 0; i < ids; i++) {
            long p = peak.applyAsLong(i);
            benchmarks.add(BenchmarkResult.builder("bench[" + i + "]", "example.Bench#bench[" + i + "]")
                    .params(Map.of("i", i)).param(Integer.toString(i))
                    .stats(TimingStats.of(new double[] {1e-6 * (i + 1), 1.1e-6 * (i + 1), 1.05e-6 * (i + 1)}, 10))
                    .memory(new MemoryPasses(List.of(p, p + 8), List.of(2 * p, 2 * p), List.of(3L + i, 3L + i)))
                    .build());
        }
        Map<String, Object> commit = new LinkedHashMap<>();
        commit.put("id", "c" + index);
        commit.put("branch", branch);
        Map<String, Object> machine = Map.of("node", "ci");
        return new RunFile(machine, commit, benchmarks,
                DATETIME.format(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(3600L * index)), "test");
    }

    /**
     * Deterministic noise in [-2%, +2%] for run {@code run} and id {@code id}: a fixed
     * permutation-like sequence, no random generator.
     */
    static double noise(int run, int id) {
        int k = Math.floorMod(run * 7919 + id * 104729, 41);
        return (k - 20) / 1000.0;
    }
}
