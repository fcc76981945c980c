package dev.benchmem.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GateTest {

    private static final List<Threshold> PEAK_10 = List.of(Threshold.parse("peak:10%"));

    private static RunFile runOf(List<BenchmarkResult> results) {
        RunFile sample = Samples.run();
        return new RunFile(sample.machineInfo(), sample.commitInfo(), results, sample.datetime(),
                sample.version());
    }

    private static BenchmarkResult withPeak(BenchmarkResult r, long peak) {
        MemoryPasses m = r.memory();
        return r.toBuilder().memory(new MemoryPasses(List.of(peak, peak + 100), m.totalBytes(),
                m.allocations())).build();
    }

    @Test
    void withoutAPriorRunItSaysSoAndPasses() {
        Gate.Result result = Gate.inline(PEAK_10, Samples.sortSuite(), Optional.<RunFile>empty(), "");
        assertThat(result.passed()).isTrue();
        assertThat(result.lines()).containsExactly("no prior run with memory to compare against");

        Gate.Result timed = Gate.inline(List.of(Threshold.parse("time:5%")), Samples.sortSuite(),
                Optional.<RunFile>empty(), "");
        assertThat(timed.lines()).containsExactly("no prior run to compare against");
    }

    @Test
    void aPriorRunWithoutMemoryCannotGateMemory() {
        List<BenchmarkResult> timedOnly = Samples.sortSuite().stream()
                .map(r -> r.toBuilder().memory(null).build()).toList();
        Gate.Result result = Gate.inline(PEAK_10, Samples.sortSuite(), Optional.of(runOf(timedOnly)),
                "0001_main");
        assertThat(result.passed()).isTrue();
        assertThat(result.lines()).containsExactly("no prior run with memory to compare against");
    }

    @Test
    void sameNumbersAreClean() {
        Gate.Result result = Gate.inline(List.of(Threshold.parse("peak:10%"),
                Threshold.parse("allocations:0"), Threshold.parse("time:1%")), Samples.sortSuite(),
                Optional.of(runOf(Samples.sortSuite())), "0001_main");
        assertThat(result.passed()).isTrue();
        assertThat(result.lines()).containsExactly("no regressions over thresholds");
    }

    @Test
    void growthPastTheLimitNamesTheOffendingIds() {
        List<BenchmarkResult> before = Samples.sortSuite();
        List<BenchmarkResult> after = List.of(before.get(0), withPeak(before.get(1), 200_016),
                withPeak(before.get(2), 960_000), withPeak(before.get(3), 2_400_016));

        Gate.Result result = Gate.inline(PEAK_10, after, Optional.of(runOf(before)), "0001_main");

        assertThat(result.passed()).isFalse();
        assertThat(result.regressions()).extracting(Regression::id)
                .containsExactly("sort[200000]", "sort[500000]");
        assertThat(result.lines()).containsExactly(
                "2 regressions over thresholds vs 0001_main:",
                "  sort[200000] peak 781.27 KiB -> 937.50 KiB +20.0% (over peak:10%)",
                "  sort[500000] peak   1.91 MiB -> 2.29 MiB   +20.0% (over peak:10%)");
    }

    @Test
    void timeGatesTheMinimumRound() {
        List<BenchmarkResult> before = Samples.sortSuite();
        BenchmarkResult slower = Samples.sort(10_000, 50.291e-6 * 1.5);
        Gate.Result result = Gate.inline(List.of(Threshold.parse("time:10us")),
                List.of(slower, before.get(1)), Optional.of(runOf(before)), "0003_main");
        assertThat(result.lines()).containsExactly("1 regression over thresholds vs 0003_main:",
                "  sort[10000] time 49.29 us -> 73.93 us +50.0% (over time:10us)");
    }

    @Test
    void rssGatesOnlyWherePriorAndCurrentMeasuredIt() {
        List<BenchmarkResult> before = Samples.sortSuite();
        BenchmarkResult first = before.get(0);
        BenchmarkResult grown = first.toBuilder()
                .memory(first.memory().with(Metric.RSS, List.of(70_000_000L, 71_000_000L))).build();
        BenchmarkResult base = first.toBuilder()
                .memory(first.memory().with(Metric.RSS, List.of(60_000_000L, 60_000_000L))).build();

        Gate.Result result = Gate.inline(List.of(Threshold.parse("rss:10%")), List.of(grown, before.get(1)),
                Optional.of(runOf(List.of(base, before.get(1)))), "0001_main");
        assertThat(result.regressions()).extracting(Regression::id).containsExactly("sort[10000]");
        assertThat(result.lines()).containsExactly("1 regression over thresholds vs 0001_main:",
                "  sort[10000] rss 57.22 MiB -> 66.76 MiB +16.7% (over rss:10%)");

        Gate.Result unmeasured = Gate.inline(List.of(Threshold.parse("rss:10%")), List.of(grown),
                Optional.of(runOf(before)), "0001_main");
        assertThat(unmeasured.passed()).as("no rss in the prior run: nothing to compare").isTrue();
    }
}
