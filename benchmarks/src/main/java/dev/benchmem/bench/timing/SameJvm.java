package dev.benchmem.bench.timing;

import dev.benchmem.core.TimingStats;
import dev.benchmem.harness.timing.TimingOptions;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.runner.Runner;

/**
 * Both methods on one workload in this one JVM, in turn: JMH run in-process ({@code forks(0)})
 * for its average time, and benchmem's timing with its default options for its median, each
 * timing the same compiled workload. In fresh JVMs a short call settles at a speed of its
 * own in each (see {@link TimingVsJmh}); here both sides see the same one, so what is left
 * between them is the method. The order alternates (JMH first in odd turns, ours in even
 * ones), so that neither side always gets the JIT's leftovers.
 *
 * <p>Arguments: the workload's name, the number of turns, then {@code key=value} JMH options
 * as {@link TimingVsJmh} takes them ({@code jmh-warmup}, {@code jmh-iterations}, {@code
 * jmh-time}, {@code jmh-defaults}). Prints {@code jmh=NS ours=NS ours_mean=NS} per turn (our
 * median, then our mean over the same rounds).
 */
public final class SameJvm {

    private SameJvm() {}

    public static void main(String[] args) throws Throwable {
        String name = args[0];
        Supplier<Object> workload = Workloads.all().get(name);
        int turns = Integer.parseInt(args[1]);
        Map<String, String> opts = new HashMap<>();
        for (int i = 2; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            opts.put(kv[0], kv[1]);
        }
        for (int turn = 0; turn < turns; turn++) {
            double jmh;
            TimingStats ours;
            if (turn % 2 == 0) {
                jmh = jmh(name, opts);
                ours = OursOnce.time(workload, TimingOptions.defaults());
            } else {
                ours = OursOnce.time(workload, TimingOptions.defaults());
                jmh = jmh(name, opts);
            }
            System.out.printf(Locale.ROOT, "jmh=%.3f ours=%.3f ours_mean=%.3f%n", jmh, ours.median() * 1e9, ours.mean() * 1e9);
        }
    }

    /** JMH's average time in nanoseconds, run in this JVM. */
    private static double jmh(String name, Map<String, String> opts) throws Exception {
        return new Runner(TimingVsJmh.jmhOptions(name, Mode.AverageTime, opts).forks(0).build())
                .runSingle().getPrimaryResult().getScore();
    }
}
