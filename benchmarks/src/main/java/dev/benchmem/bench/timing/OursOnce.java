package dev.benchmem.bench.timing;

import dev.benchmem.core.TimingStats;
import dev.benchmem.harness.timing.TimingEngine;
import dev.benchmem.harness.timing.TimingOptions;
import java.time.Duration;
import java.util.function.Supplier;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Times one workload with benchmem's default timing options in this (fresh) JVM, as the
 * harness would, and prints {@code key=value} lines for {@link TimingVsJmh}. Results are
 * consumed by a JMH {@link Blackhole}, so both sides pay the same consumption cost.
 *
 * <p>Arguments: the workload's name, then optionally a minimum round time in seconds (the
 * harness's {@code --benchmark-min-time}) in place of the default.
 */
public final class OursOnce {

    private OursOnce() {}

    public static void main(String[] args) throws Throwable {
        Supplier<Object> workload = Workloads.all().get(args[0]);
        if (workload == null) {
            System.err.println("unknown workload '" + args[0] + "' (use " + Workloads.all().keySet() + ")");
            System.exit(2);
        }
        long start = System.nanoTime();
        TimingStats stats = time(workload, options(args));
        long measureNanos = System.nanoTime() - start;
        System.out.println("median=" + stats.median());
        System.out.println("mean=" + stats.mean());
        System.out.println("min=" + stats.min());
        System.out.println("rounds=" + stats.rounds());
        System.out.println("iterations=" + stats.iterations());
        System.out.println("measure_seconds=" + measureNanos / 1e9);
    }

    /** Times {@code workload} as the harness would, each value consumed by a JMH {@link Blackhole}. */
    static TimingStats time(Supplier<Object> workload, TimingOptions options) throws Throwable {
        Blackhole bh = new Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        return TimingEngine.measure(iterations -> {
            for (long i = 0; i < iterations; i++) {
                bh.consume(workload.get());
            }
        }, options);
    }

    private static TimingOptions options(String[] args) {
        if (args.length < 2) {
            return TimingOptions.defaults();
        }
        return TimingOptions.builder()
                .minTime(Duration.ofNanos((long) (Double.parseDouble(args[1]) * 1e9)))
                .build();
    }
}
