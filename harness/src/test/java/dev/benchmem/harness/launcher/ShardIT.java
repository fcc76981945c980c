package dev.benchmem.harness.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchmem.core.BenchmarkResult;
import dev.benchmem.core.MemoryPasses;
import dev.benchmem.core.Metric;
import dev.benchmem.core.RunFile;
import dev.benchmem.core.RunFileReader;
import dev.benchmem.harness.suites.SortSuite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --benchmark-shard I/N} end to end with the real agent jar: a small suite run whole and
 * in 3 shards; the merged shards ({@link RunFile#merge}, what {@code benchmem merge} does) hold
 * the whole run's ids and memory numbers (peak, allocated, allocations) exactly.
 */
class ShardIT {
    private static final String MAIN = "dev.benchmem.harness.Main";
    private static final String[] FAST = {"--benchmark-max-time=0.02", "--benchmark-min-rounds=3", "--benchmark-warmup=off",
        "--benchmark-memory-repeats=3"};

    @TempDir
    Path dir;

    @Test
    void threeShardsMergedEqualTheWholeRunsIdsAndMemoryNumbers() throws Exception {
        run("whole.json");
        List<RunFile> shards = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Jvm jvm = run("shard-" + i + ".json", "--benchmark-shard=" + i + "/3");
            RunFile shard = RunFileReader.read(dir.resolve("shard-" + i + ".json"));
            assertThat(shard.machineInfo()).containsEntry(RunFile.SHARD_KEY, i + "/3");
            shards.add(shard);
            assertThat(jvm.out()).contains("deselected");
        }
        // Each shard ran part of the suite, not all of it.
        assertThat(shards).allSatisfy(s -> assertThat(s.benchmarks())
                .hasSizeLessThan(RunFileReader.read(dir.resolve("whole.json")).benchmarks().size()));
        RunFile merged = RunFile.merge(shards, List.of("1", "2", "3"));
        RunFile whole = RunFileReader.read(dir.resolve("whole.json"));
        assertThat(merged.machineInfo()).doesNotContainKey(RunFile.SHARD_KEY);
        assertThat(memory(merged)).isEqualTo(memory(whole)).isNotEmpty();
        assertThat(ids(merged)).isEqualTo(ids(whole));
    }

    private Jvm run(String json, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("-c", SortSuite.class.getName(), "--benchmark-json=" + json,
                "--benchmark-storage=" + dir.resolve("storage")));
        args.addAll(List.of(FAST));
        args.addAll(List.of(extra));
        return Jvm.run(dir, List.of("-javaagent:" + Jvm.AGENT_JAR), MAIN, args.toArray(String[]::new));
    }

    private static List<String> ids(RunFile run) {
        return run.benchmarks().stream().map(BenchmarkResult::fullname).sorted().toList();
    }

    /**
     * Every id's peak, allocated and allocation series, by id: each pass of a shard reads what the
     * same pass of the whole run read (peaks too, since a pass's baseline waits for the reference
     * threads; before that, one pass at load 20 read sort[1000] at 3,696 bytes where every other
     * read 4,016).
     */
    private static Map<String, List<List<Long>>> memory(RunFile run) {
        Map<String, List<List<Long>>> memory = new TreeMap<>();
        for (BenchmarkResult b : run.benchmarks()) {
            MemoryPasses m = b.memory();
            if (m != null) {
                memory.put(b.fullname(), List.of(m.series(Metric.PEAK), m.series(Metric.ALLOCATED), m.series(Metric.ALLOCATIONS)));
            }
        }
        return memory;
    }
}
