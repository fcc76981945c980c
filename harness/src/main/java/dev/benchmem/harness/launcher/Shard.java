package dev.benchmem.harness.launcher;

import dev.benchmem.core.BenchmarkResult;
import dev.benchmem.core.RunFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code --benchmark-shard I/N}: shard I of N of a suite, a deterministic and balanced subset of
 * its test methods ({@code Class#method}; a parametrized method's invocations stay together).
 *
 * <p>Balance is by greedy LPT (longest processing time first): methods in decreasing order of
 * their duration, each to the shard with the least work so far (ties to the lower shard). A
 * method's duration is its timed rounds' wall time ({@code stats.total × iterations}, summed over
 * its ids) in the latest saved run; a method that run does not have counts as the mean of those it
 * has. With no saved run every method weighs the same and the order is by the hash of its name
 * ({@link String#hashCode}, then the name), so the shards get equal counts. Every shard computes
 * the same assignment from the same inputs: together the N shards run each method exactly once.
 *
 * @param index this shard, 1-based
 * @param count how many shards
 */
record Shard(int index, int count) {

    private static final Pattern FORM = Pattern.compile("(\\d{1,4})/(\\d{1,4})");

    Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("expected I/N with 1 <= I <= N, got " + index + "/" + count);
        }
    }

    /** Parses {@code I/N}. */
    static Shard parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("expected I/N (e.g. 2/3), got '" + text + "'");
        }
        return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** How the run file names it: {@code 2/3}. */
    @Override
    public String toString() {
        return index + "/" + count;
    }

    /** The test methods ({@code Class#method}) of {@code methods} that this shard runs. */
    Set<String> select(Set<String> methods, Optional<RunFile> latest) {
        Map<String, Double> durations = latest.map(Shard::durations).orElse(Map.of());
        double known = durations.values().stream().mapToDouble(Double::doubleValue).average().orElse(1);
        List<String> order = new ArrayList<>(methods);
        order.sort(Comparator.<String>comparingDouble(m -> -durations.getOrDefault(m, known))
                .thenComparingInt(String::hashCode).thenComparing(Comparator.naturalOrder()));
        double[] load = new double[count];
        Set<String> mine = new HashSet<>();
        for (String method : order) {
            int least = 0;
            for (int s = 1; s < count; s++) {
                if (load[s] < load[least]) {
                    least = s;
                }
            }
            load[least] += durations.getOrDefault(method, known);
            if (least == index - 1) {
                mine.add(method);
            }
        }
        return mine;
    }

    /** Wall time of each method's timed rounds in {@code run}, by {@code Class#method}. */
    static Map<String, Double> durations(RunFile run) {
        Map<String, Double> durations = new HashMap<>();
        for (BenchmarkResult b : run.benchmarks()) {
            if (b.stats() != null) {
                durations.merge(method(b.fullname()), b.stats().total() * b.stats().iterations(), Double::sum);
            }
        }
        return durations;
    }

    /** {@code Class#method} of a full name {@code Class#method[params]}. */
    static String method(String fullname) {
        int bracket = fullname.indexOf('[');
        return bracket < 0 ? fullname : fullname.substring(0, bracket);
    }
}
