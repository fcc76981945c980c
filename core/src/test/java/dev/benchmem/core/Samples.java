package dev.benchmem.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Fixed results for the format tests: the reference's sort suite and a few odd cases. */
public final class Samples {

    /** Timing options as a run file records them (the harness defaults of the day the golden files were made). */
    public static final Map<String, Object> SAMPLE_OPTIONS = sampleOptions();

    private Samples() {}

    private static Map<String, Object> sampleOptions() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("disable_gc", false);
        m.put("timer", "System.nanoTime");
        m.put("min_rounds", 5);
        m.put("max_time", 1.0);
        m.put("min_time", 1.0E-4);
        m.put("warmup", 1000000);
        m.put("warmup_time", 0.5);
        m.put("warmup_max_time", 10.0);
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Rounds around {@code seconds}, spread by fixed factors so every statistic is non-trivial. */
    public static TimingStats rounds(double seconds, long iterations) {
        double[] factors = {1.00, 1.02, 0.99, 1.10, 1.01, 1.00, 1.35, 1.03, 0.98, 1.04};
        double[] data = new double[factors.length];
        for (int i = 0; i < data.length; i++) {
            data[i] = seconds * factors[i];
        }
        return TimingStats.of(data, iterations);
    }

    /** {@code sort[n]}: a reversed int[n] sorted copy, 4n+16 bytes in one allocation. */
    public static BenchmarkResult sort(int n, double seconds) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("n", n);
        long bytes = 4L * n + 16;
        return BenchmarkResult.builder("sort[" + n + "]", "com.example.SortBench#sort[" + n + "]")
                .params(params).param(Integer.toString(n))
                .options(SAMPLE_OPTIONS)
                .stats(rounds(seconds, 1))
                .memory(new MemoryPasses(List.of(bytes, bytes), List.of(bytes, bytes), List.of(1L, 1L)))
                .build();
    }

    /** A run with fixed machine and commit info, so that its JSON is a golden file. */
    public static RunFile run() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("node", "vm");
        machine.put("processor", "");
        machine.put("machine", "x86_64");
        machine.put("release", "6.18.44");
        machine.put("system", "Linux");
        machine.put("java_vm_name", "OpenJDK 64-Bit Server VM");
        machine.put("java_gc", List.of("G1 Young Generation", "G1 Old Generation"));
        machine.put("java_heap_max", 536_870_912);
        machine.put("cpu", Map.of("count", 2));
        Map<String, Object> commit = new LinkedHashMap<>();
        commit.put("id", "8a09a76c0ffee");
        commit.put("time", "2026-11-27T14:30:00+00:00");
        commit.put("author_time", "2026-11-27T14:30:00+00:00");
        commit.put("dirty", false);
        commit.put("project", "benchmem");
        commit.put("branch", "main");

        List<BenchmarkResult> results = new ArrayList<>(Samples.sortSuite().subList(0, 2));
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("parser", "jackson");
        extra.put("bytes_in", 1234);
        results.add(BenchmarkResult.builder("parse", "com.example.JsonBench#parse").group("json")
                .extraInfo(extra).options(Map.of("disable_gc", true))
                .stats(Samples.rounds(2.5e-6, 40)).build());
        results.add(BenchmarkResult.builder("broken", "com.example.JsonBench#broken")
                .outcome(Outcome.FAILED, "boom").build());
        return new RunFile(machine, commit, results, "2026-11-27T14:32:42.319002+00:00",
                "0.1.0");
    }

    public static List<BenchmarkResult> sortSuite() {
        return List.of(sort(10_000, 50.291e-6), sort(50_000, 257.348e-6),
                sort(200_000, 1030.703e-6), sort(500_000, 2656.705e-6));
    }
}
