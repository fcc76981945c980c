package dev.benchmem.harness.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The inline regression gate ({@code --benchmark-memory-compare-fail}, {@code
 * --benchmark-compare-fail}): this run against a prior saved run, benchmark by benchmark
 * (matched by fullname), metric by metric. Memory metrics compare headlines (minimum over the
 * passes), time compares the minimum round. With no prior run, or a prior run without memory
 * for memory thresholds, the gate says so and passes, as the reference does.
 */
public final class Gate {

    /** Printed when memory thresholds have nothing to compare against. */
    public static final String NO_PRIOR_MEMORY = "no prior run with memory to compare against";
    /** Printed when time thresholds have nothing to compare against. */
    public static final String NO_PRIOR = "no prior run to compare against";
    /** Printed when every compared benchmark stays within the thresholds. */
    public static final String CLEAN = "no regressions over thresholds";

    private Gate() {}

    /**
     * The outcome of the gate, the prior run read from {@code priorFile} if present.
     *
     * @throws RunFileException if the prior file cannot be read
     */
    public static Result check(List<Threshold> thresholds, List<BenchmarkResult> current,
            Optional<Path> priorFile) {
        Optional<RunFile> prior = priorFile.map(RunFileReader::read);
        String label = priorFile.map(p -> p.getFileName().toString().replaceFirst("\\.json$", ""))
                .orElse("");
        return check(thresholds, current, prior, label);
    }

    /** The outcome of the gate against {@code prior}, called {@code label} in messages. */
    public static Result check(List<Threshold> thresholds, List<BenchmarkResult> current,
            Optional<RunFile> prior, String label) {
        List<String> lines = new ArrayList<>();
        List<Regression> regressions = new ArrayList<>();
        boolean compared = false;
        boolean memoryComparable = prior.map(RunFile::hasMemory).orElse(false);
        if (thresholds.stream().anyMatch(Threshold::isMemory) && !memoryComparable) {
            lines.add(NO_PRIOR_MEMORY);
        }
        if (thresholds.stream().anyMatch(t -> !t.isMemory()) && prior.isEmpty()) {
            lines.add(NO_PRIOR);
        }
        for (Threshold t : thresholds) {
            if (prior.isEmpty() || (t.isMemory() && !memoryComparable)) {
                continue;
            }
            compared = true;
            Map<String, Double> before = values(prior.get().benchmarks(), t);
            for (BenchmarkResult r : current) {
                Double now = value(r, t);
                Double then = before.get(r.fullname());
                if (now != null && then != null && t.exceeded(then, now)) {
                    regressions.add(new Regression(t, r.name(), then, now));
                }
            }
        }
        if (compared && regressions.isEmpty()) {
            lines.add(CLEAN);
        } else if (!regressions.isEmpty()) {
            lines.add(regressions.size() + " regression" + (regressions.size() == 1 ? "" : "s")
                    + " over thresholds vs " + label + ":");
            regressions.forEach(reg -> lines.add(reg.format()));
        }
        return new Result(regressions, lines);
    }

    private static Map<String, Double> values(List<BenchmarkResult> results, Threshold t) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (BenchmarkResult r : results) {
            Double v = value(r, t);
            if (v != null) {
                m.put(r.fullname(), v);
            }
        }
        return m;
    }

    /** The gated value of {@code r}, or null when it has none (not timed, no memory). */
    private static Double value(BenchmarkResult r, Threshold t) {
        if (!t.isMemory()) {
            return r.stats() == null ? null : r.stats().min();
        }
        return r.memory() == null ? null
                : (double) r.memory().headline(MemoryMetric.parse(t.metric()));
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
