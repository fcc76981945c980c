package dev.benchmem.harness.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchmem.core.BenchmarkResult;
import dev.benchmem.core.MemoryPasses;
import dev.benchmem.core.Metric;
import dev.benchmem.core.RunFile;
import dev.benchmem.core.RunFileReader;
import dev.benchmem.harness.memory.MemoryPassRunner;
import dev.benchmem.harness.suites.RetainedSuite;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code retained}, {@code @MemoryPass(calls = N)} and isolated passes end to end, with the real
 * agent jar on JDK 17 and 25: {@link RetainedSuite} in one run each (its parent JVM, the shared
 * memory-pass JVM, one isolated pass's JVM).
 *
 * <p>The oracles are known sizes: a {@code byte[1024]} is 1040 bytes (16 of header), so 1,000
 * kept per call leave 1,040,000 bytes per call; a 64 MiB direct buffer is 64 MiB of resident
 * memory outside the heap.
 */
class RetainedAndRssIT {
    private static final String MAIN = "dev.benchmem.harness.Main";
    private static final long PER_CALL = 1_000L * 1040;
    private static final long MIB_64 = 64L << 20;

    @Test
    void jdk17(@TempDir Path dir) throws Exception {
        check(Path.of(System.getProperty("java.home")), dir);
    }

    @Test
    void jdk25(@TempDir Path dir) throws Exception {
        check(Jvm.jdk25OrSkip(), dir);
    }

    private static void check(Path javaHome, Path dir) throws Exception {
        Jvm jvm = Jvm.run(javaHome, dir, List.of("-javaagent:" + Jvm.AGENT_JAR), MAIN, "-c",
                RetainedSuite.class.getName(), "--benchmark-json=run.json", "-q",
                "--benchmark-max-time=0.02", "--benchmark-min-rounds=3", "--benchmark-warmup=off");
        assertThat(jvm.exit()).as(jvm.out() + jvm.err()).isZero();
        RunFile run = RunFileReader.read(dir.resolve("run.json"));

        MemoryPasses leak = memory(run, "leak");
        assertThat(leak.passes()).isEqualTo(2);
        for (List<Long> afterEachCall : afterEachCall(leak)) {
            assertThat(afterEachCall).hasSize(5);
            for (int call = 1; call <= 5; call++) {
                // linear: the k-th reading is k calls' worth
                assertThat(afterEachCall.get(call - 1)).as("after call %d of %s", call, afterEachCall)
                        .isCloseTo(call * PER_CALL, Percentage.withPercentage(1));
            }
        }
        assertThat(leak.series(Metric.RETAINED)).allSatisfy(r -> assertThat(r).isCloseTo(5 * PER_CALL, Percentage.withPercentage(1)));
        assertThat(slopes(leak)).allSatisfy(s -> assertThat(s).isCloseTo(PER_CALL, Percentage.withPercentage(1)));

        MemoryPasses noLeak = memory(run, "noLeak");
        assertThat(noLeak.series(Metric.PEAK)).as("the result holds 1,000 arrays while it is alive")
                .allSatisfy(p -> assertThat(p).isGreaterThanOrEqualTo(PER_CALL));
        assertThat(noLeak.series(Metric.RETAINED)).as("its result dropped, nothing is left").containsOnly(0L);
        assertThat(afterEachCall(noLeak)).allSatisfy(readings -> assertThat(readings).containsOnly(0L));
        assertThat(noLeak.has(Metric.RSS)).as("rss needs an isolated pass").isFalse();

        MemoryPasses direct = memory(run, "directBuffer");
        assertThat(direct.series(Metric.RSS)).singleElement()
                .satisfies(rss -> assertThat(rss).isCloseTo(MIB_64, Percentage.withPercentage(5)));
        assertThat(direct.series(Metric.PEAK)).as("the buffer is outside the heap").singleElement()
                .satisfies(peak -> assertThat(peak).isLessThan(4096));
        assertThat(((Number) ((List<?>) direct.otherSeries().get("nmt_other_bytes")).get(0)).longValue())
                .as("NMT puts direct buffers under Other").isCloseTo(MIB_64, Percentage.withPercentage(5));
        assertThat(((Number) ((List<?>) direct.otherSeries().get("nmt_heap_bytes")).get(0)).longValue())
                .isLessThan(MIB_64 / 10);
    }

    private static MemoryPasses memory(RunFile run, String name) {
        return run.benchmarks().stream().filter(b -> b.name().equals(name)).map(BenchmarkResult::memory)
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " in the run"));
    }

    @SuppressWarnings("unchecked")
    private static List<List<Long>> afterEachCall(MemoryPasses m) {
        return ((List<List<Number>>) m.otherSeries().get(MemoryPassRunner.RETAINED_AFTER_CALL_KEY)).stream()
                .map(l -> l.stream().map(Number::longValue).toList()).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Long> slopes(MemoryPasses m) {
        return ((List<Number>) m.otherSeries().get(MemoryPassRunner.RETAINED_SLOPE_KEY)).stream().map(Number::longValue).toList();
    }
}
