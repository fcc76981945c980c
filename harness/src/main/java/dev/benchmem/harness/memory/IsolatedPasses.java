package dev.benchmem.harness.memory;

import dev.benchmem.core.MemoryPasses;
import dev.benchmem.core.Metric;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The passes of an isolated benchmark: one fresh JVM per pass, each running that benchmark's
 * setup and calls once, as many passes as the schedule says (a fixed count, or adaptively as
 * in a shared JVM: at least 2, until 2 in a row set no new minimum of peak, allocated,
 * allocations or rss, at most 10, within the time budget). The passes' series are joined in
 * order; so are the per-pass lists of the other keys (the native-memory breakdown).
 */
public final class IsolatedPasses {

    /** Starts one isolated pass's JVM and returns what it measured. */
    @FunctionalInterface
    public interface Launch {
        MemoryResults run() throws IOException, InterruptedException;
    }

    private IsolatedPasses() {
    }

    /**
     * Runs the passes of {@code fullname}.
     *
     * @throws IOException when a pass's JVM fails, or does not measure it (with its error)
     */
    public static MemoryPasses measure(String fullname, MemorySchedule schedule, Launch launch)
            throws IOException, InterruptedException {
        List<MemoryPasses> passes = new ArrayList<>();
        long deadline = System.nanoTime() + schedule.maxTime().toNanos();
        int withoutNewMinimum = 0;
        while (true) {
            MemoryResults results = launch.run();
            MemoryPasses pass = results.passes(fullname).orElseThrow(() -> new IOException(results.error(fullname)
                    .map(e -> "the isolated memory pass failed: " + e)
                    .orElse("the isolated memory pass's JVM did not measure " + fullname)));
            withoutNewMinimum = setsNewMinimum(pass, passes) ? 0 : withoutNewMinimum + 1;
            passes.add(pass);
            if (MemoryPassRunner.done(schedule, passes.size(), withoutNewMinimum, deadline - System.nanoTime())) {
                return join(passes);
            }
        }
    }

    /** As {@link MemoryPassRunner#setsNewMinimum}, with rss: the first pass sets the bar and beats none. */
    static boolean setsNewMinimum(MemoryPasses pass, List<MemoryPasses> before) {
        if (before.isEmpty()) {
            return false;
        }
        for (Metric m : List.of(Metric.PEAK, Metric.ALLOCATED, Metric.ALLOCATIONS, Metric.RSS)) {
            if (pass.has(m) && before.stream().allMatch(b -> b.has(m) && pass.headline(m) < b.headline(m))) {
                return true;
            }
        }
        return false;
    }

    /** The passes as one: each series, and each other key's per-pass list, in pass order; scalars from the first. */
    static MemoryPasses join(List<MemoryPasses> passes) {
        MemoryPasses first = passes.get(0);
        MemoryPasses joined = new MemoryPasses(concat(passes, Metric.PEAK), concat(passes, Metric.ALLOCATED),
                concat(passes, Metric.ALLOCATIONS));
        for (Metric optional : List.of(Metric.RSS, Metric.RETAINED)) {
            if (passes.stream().allMatch(p -> p.has(optional))) {
                joined = joined.with(optional, concat(passes, optional));
            }
        }
        Map<String, Object> other = new LinkedHashMap<>();
        first.otherSeries().forEach((key, value) -> {
            if (value instanceof List<?>) {
                List<Object> all = new ArrayList<>();
                passes.forEach(p -> all.addAll((List<?>) p.otherSeries().getOrDefault(key, List.of())));
                other.put(key, all);
            } else {
                other.put(key, value);
            }
        });
        return joined.withOtherSeries(other);
    }

    private static List<Long> concat(List<MemoryPasses> passes, Metric metric) {
        return passes.stream().flatMap(p -> p.series(metric).stream()).toList();
    }
}
