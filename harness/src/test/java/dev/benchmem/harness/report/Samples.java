package dev.benchmem.harness.report;

import dev.benchmem.harness.timing.TimingOptions;
import dev.benchmem.harness.timing.TimingStats;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Fixed results for the format tests: the reference's sort suite and a few odd cases. */
final class Samples {

    private Samples() {}

    /** Rounds around {@code seconds}, spread by fixed factors so every statistic is non-trivial. */
    static TimingStats rounds(double seconds, long iterations) {
        double[] factors = {1.00, 1.02, 0.99, 1.10, 1.01, 1.00, 1.35, 1.03, 0.98, 1.04};
        double[] data = new double[factors.length];
        for (int i = 0; i < data.length; i++) {
            data[i] = seconds * factors[i];
        }
        return TimingStats.of(data, iterations);
    }

    /** {@code sort[n]}: a reversed int[n] sorted copy, 4n+16 bytes in one allocation. */
    static BenchmarkResult sort(int n, double seconds) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("n", n);
        long bytes = 4L * n + 16;
        return BenchmarkResult.builder("sort[" + n + "]", "com.example.SortBench#sort[" + n + "]")
                .params(params).param(Integer.toString(n))
                .options(TimingOptions.defaults().asRunFileOptions())
                .stats(rounds(seconds, 1))
                .memory(new MemoryPasses(List.of(bytes, bytes), List.of(bytes, bytes), List.of(1L, 1L)))
                .build();
    }

    static List<BenchmarkResult> sortSuite() {
        return List.of(sort(10_000, 50.291e-6), sort(50_000, 257.348e-6),
                sort(200_000, 1030.703e-6), sort(500_000, 2656.705e-6));
    }
}
