package dev.benchmem.bench.timing;

import dev.benchmem.harness.timing.TimingEngine;
import dev.benchmem.harness.timing.TimingOptions;
import dev.benchmem.harness.timing.TimingStats;
import java.util.function.Supplier;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Times one workload with benchmem's default timing options in this (fresh) JVM, as the
 * harness would, and prints {@code key=value} lines for {@link TimingVsJmh}. Results are
 * consumed by a JMH {@link Blackhole}, so both sides pay the same consumption cost.
 */
public final class OursOnce {

    private OursOnce() {}

    public static void main(String[] args) throws Throwable {
        Supplier<Object> workload = Workloads.all().get(args[0]);
        if (workload == null) {
            System.err.println("unknown workload '" + args[0] + "' (use " + Workloads.all().keySet() + ")");
            System.exit(2);
        }
        Blackhole bh = new Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        long start = System.nanoTime();
        TimingStats stats = TimingEngine.measure(iterations -> {
            for (long i = 0; i < iterations; i++) {
                bh.consume(workload.get());
            }
        }, TimingOptions.defaults());
        long measureNanos = System.nanoTime() - start;
        System.out.println("median=" + stats.median());
        System.out.println("mean=" + stats.mean());
        System.out.println("min=" + stats.min());
        System.out.println("rounds=" + stats.rounds());
        System.out.println("iterations=" + stats.iterations());
        System.out.println("measure_seconds=" + measureNanos / 1e9);
    }
}
