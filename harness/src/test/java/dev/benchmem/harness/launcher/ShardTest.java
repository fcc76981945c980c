package dev.benchmem.harness.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.benchmem.core.BenchmarkResult;
import dev.benchmem.core.RunFile;
import dev.benchmem.core.TimingStats;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShardTest {
    private static final Set<String> METHODS = IntStream.range(0, 10).mapToObj(i -> "a.B#m" + i)
            .collect(Collectors.toCollection(TreeSet::new));

    @Test
    void theShardsPartitionTheMethodsWithEqualCountsWithoutASavedRun() {
        Set<String> seen = new HashSet<>();
        for (int i = 1; i <= 3; i++) {
            Set<String> mine = new Shard(i, 3).select(METHODS, Optional.empty());
            assertThat(mine).hasSizeBetween(3, 4);
            mine.forEach(m -> assertThat(seen.add(m)).as(m + " in one shard only").isTrue());
            assertThat(new Shard(i, 3).select(METHODS, Optional.empty())).as("deterministic").isEqualTo(mine);
        }
        assertThat(seen).isEqualTo(METHODS);
    }

    @Test
    void longestFirstBalancesBySavedDurations() {
        // m0 takes 9 s, m1..m9 1 s each: greedy LPT puts m0 alone on one shard of two.
        List<BenchmarkResult> saved = METHODS.stream().map(m -> BenchmarkResult.builder(m.substring(4) + "[1]", m + "[1]")
                .stats(TimingStats.of(new double[] {m.endsWith("m0") ? 9.0 : 1.0}, 1)).build()).toList();
        RunFile latest = new RunFile(Map.of(), Map.of(), saved, "2026-01-01T00:00:00.000000+00:00", "t");
        assertThat(new Shard(1, 2).select(METHODS, Optional.of(latest))).containsExactly("a.B#m0");
        assertThat(new Shard(2, 2).select(METHODS, Optional.of(latest))).hasSize(9);
    }

    @Test
    void parseNamesTheProblem() {
        assertThat(Shard.parse("2/3")).isEqualTo(new Shard(2, 3));
        assertThatThrownBy(() -> Shard.parse("4/3")).hasMessage("expected I/N with 1 <= I <= N, got 4/3");
        assertThatThrownBy(() -> Shard.parse("x")).hasMessage("expected I/N (e.g. 2/3), got 'x'");
    }
}
