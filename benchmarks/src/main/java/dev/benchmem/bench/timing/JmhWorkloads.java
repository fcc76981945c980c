package dev.benchmem.bench.timing;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/** {@link Workloads} as JMH benchmarks (average time; JMH consumes the returned values). */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class JmhWorkloads {

    @Benchmark
    public int[] sortSmall() {
        return Workloads.sortSmall();
    }

    @Benchmark
    public String format() {
        return Workloads.format();
    }

    @Benchmark
    public Map<Integer, Integer> hashMapFill() {
        return Workloads.hashMapFill();
    }

    @Benchmark
    public long crc32() {
        return Workloads.crc32();
    }

    @Benchmark
    public int[] sortMedium() {
        return Workloads.sortMedium();
    }

    @Benchmark
    public int[] sortLarge() {
        return Workloads.sortLarge();
    }
}
