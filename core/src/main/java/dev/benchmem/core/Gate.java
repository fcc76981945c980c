package dev.benchmem.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The regression gate: thresholds applied to baseline/candidate values. {@link #check(Threshold,
 * List)} is the rule every gate uses ({@code benchmem compare --fail-on} on its delta rows);
 * {@link #inline} is the harness's gate ({@code --benchmark-memory-compare-fail}, {@code
 * --benchmark-compare-fail}): this run against a prior saved run, matched by fullname, memory
 * metrics by their headline (minimum over passes), time by the minimum round. With no prior run,
 * or a prior run without memory for memory thresholds, it says so and passes, as the reference does.
 */
public final class Gate {

    /** Printed when memory thresholds have nothing to compare against. */
    public static final String NO_PRIOR_MEMORY = "no prior run with memory to compare against";
    /** Printed when time thresholds have nothing to compare against. */
    public static final String NO_PRIOR = "no prior run to compare against";

    /** One compared value: an id's baseline and candidate (NaN where the id lacks it). */
    public record Pair(String id, double baseline, double candidate) {}

    private Gate() {}

    /** The pairs that grew beyond {@code threshold}, in the given order. */
    public static List<Regression> check(Threshold threshold, List<Pair> pairs) {
        List<Regression> regressions = new ArrayList<>();
        for (Pair p : pairs) {
            if (threshold.exceededBy(p.baseline(), p.candidate())) {
                regressions.add(new Regression(p.id(), threshold, p.baseline(), p.candidate()));
            }
        }
        return regressions;
    }

    /** The inline gate's outcome against {@code prior}, called {@code label} in messages. */
    public static Result inline(List<Threshold> thresholds, List<BenchmarkResult> current,
            Optional<RunFile> prior, String label) {
        List<String> lines = new ArrayList<>();
        List<Regression> regressions = new ArrayList<>();
        boolean compared = false;
        boolean memoryComparable = prior.map(RunFile::hasMemory).orElse(false);
        if (thresholds.stream().anyMatch(t -> t.metric().isMemory()) && !memoryComparable) {
            lines.add(NO_PRIOR_MEMORY);
        }
        if (thresholds.stream().anyMatch(t -> !t.metric().isMemory()) && prior.isEmpty()) {
            lines.add(NO_PRIOR);
        }
        for (Threshold t : thresholds) {
            if (prior.isEmpty() || (t.metric().isMemory() && !memoryComparable)) {
                continue;
            }
            compared = true;
            Map<String, Double> before = new HashMap<>();
            for (BenchmarkResult r : prior.get().benchmarks()) {
                before.put(r.fullname(), value(r, t.metric()));
            }
            List<Pair> pairs = new ArrayList<>();
            for (BenchmarkResult r : current) {
                pairs.add(new Pair(r.name(), before.getOrDefault(r.fullname(), Double.NaN), value(r, t.metric())));
            }
            regressions.addAll(check(t, pairs));
        }
        if (compared || !regressions.isEmpty()) {
            lines.addAll(RegressionReport.lines(regressions, label));
        }
        return new Result(regressions, lines);
    }

    /** The gated value of {@code r}, NaN when it has none (not timed, no memory, rss not measured). */
    private static double value(BenchmarkResult r, Metric metric) {
        if (!metric.isMemory()) {
            return r.stats() == null ? Double.NaN : r.stats().min();
        }
        return r.memory() == null || !r.memory().has(metric) ? Double.NaN : r.memory().headline(metric);
    }

    /**
     * What the gate found.
     *
     * @param regressions every benchmark and threshold it crossed
     * @param lines what to print, in order
     */
    public record Result(List<Regression> regressions, List<String> lines) {

        public Result {
            regressions = List.copyOf(regressions);
            lines = List.copyOf(lines);
        }

        /** Whether no threshold was crossed. */
        public boolean passed() {
            return regressions.isEmpty();
        }
    }
}
