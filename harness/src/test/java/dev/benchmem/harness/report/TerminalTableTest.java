package dev.benchmem.harness.report;

import dev.benchmem.core.Golden;
import dev.benchmem.core.Samples;
import dev.benchmem.core.BenchmarkResult;
import dev.benchmem.core.MemoryPasses;
import dev.benchmem.core.Outcome;
import dev.benchmem.core.Metric;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TerminalTableTest {

    private static final TerminalTable MIN_MEDIAN =
            TerminalTable.builder().columns(List.of("min", "median")).build();

    @Test
    void referenceSortSuite() {
        Golden.in("report").assertMatches("table-sort.txt", MIN_MEDIAN.render(Samples.sortSuite()));
    }

    @Test
    void everyDefaultColumn() {
        Golden.in("report").assertMatches("table-default-columns.txt",
                TerminalTable.builder().build().render(Samples.sortSuite()));
    }

    @Test
    void colourOnATerminal() {
        String coloured = TerminalTable.builder().columns(List.of("min", "median")).color(true)
                .build().render(Samples.sortSuite());
        Golden.in("report").assertMatches("table-sort-color.txt", coloured);
        // Stripped of its escapes it is the plain table.
        assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", ""))
                .isEqualTo(MIN_MEDIAN.render(Samples.sortSuite()));
    }

    @Test
    void groupsSpreadTimingOnlyAndFailedRows() {
        BenchmarkResult timingOnly = Samples.sort(1_000, 4.5e-6).toBuilder().memory(null)
                .group("small").build();
        BenchmarkResult failed = Samples.sort(2_000, 9.1e-6).toBuilder().group("small")
                .outcome(Outcome.FAILED, "peak 7.8 KiB exceeds maxPeak 4 KiB").build();
        BenchmarkResult noisy = Samples.sort(4_000, 18.7e-6).toBuilder().group("small")
                .memory(new MemoryPasses(List.of(16_016L, 16_400L, 16_016L),
                        List.of(16_016L, 16_016L, 16_016L), List.of(1L, 1L, 1L)))
                .build();
        BenchmarkResult notTimed = Samples.sort(8_000, 1e-5).toBuilder().stats(null).build();
        List<BenchmarkResult> results = List.of(Samples.sort(10_000, 50.291e-6), timingOnly,
                failed, noisy, notTimed);

        String table = TerminalTable.builder().columns(List.of("min", "mean", "ops", "rounds"))
                .sort("name").build().render(results);

        Golden.in("report").assertMatches("table-groups.txt", table);
        assertThat(table).contains("benchmark: 1 tests", "benchmark 'small': 3 tests",
                "peak·max (KiB)".substring(0, 8)).doesNotContain("sort[8000]");
    }

    @Test
    void aSpreadColumnOnlyWhenPassesDifferAtDisplayPrecision() {
        // 280 bytes apart in 1.91 MiB: the same number at two decimals, so no peak·max column.
        BenchmarkResult sameAtPrecision = Samples.sort(500_000, 6e-4).toBuilder()
                .memory(new MemoryPasses(List.of(2_000_016L, 2_000_296L), List.of(2_000_016L, 2_000_016L), List.of(1L, 1L)))
                .build();
        assertThat(MIN_MEDIAN.render(List.of(Samples.sort(10_000, 5e-5), sameAtPrecision))).doesNotContain("·max");
        BenchmarkResult apart = sameAtPrecision.toBuilder()
                .memory(new MemoryPasses(List.of(2_000_016L, 2_100_000L), List.of(2_000_016L, 2_000_016L), List.of(1L, 1L)))
                .build();
        assertThat(MIN_MEDIAN.render(List.of(Samples.sort(10_000, 5e-5), apart))).contains("peak·max").contains("2.00");
    }

    @Test
    void retainedOnlyWhereABenchmarkLeftBytesAlive() {
        List<BenchmarkResult> leakFree = Samples.sortSuite().stream().map(r -> r.toBuilder()
                .memory(r.memory().with(Metric.RETAINED, List.of(0L, 0L))).build()).toList();
        assertThat(MIN_MEDIAN.render(leakFree)).as("a column of zeros says nothing").doesNotContain("retained");
        List<BenchmarkResult> oneLeaks = new java.util.ArrayList<>(leakFree);
        oneLeaks.set(0, leakFree.get(0).toBuilder().memory(leakFree.get(0).memory()
                .with(Metric.RETAINED, List.of(1024L, 1024L))).build());
        assertThat(MIN_MEDIAN.render(oneLeaks)).contains("retained (KiB)");
        assertThat(TerminalTable.builder().columns(List.of("min")).memoryColumns(List.of(Metric.RETAINED)).build()
                .render(leakFree)).as("asked for").contains("retained (B)");
    }

    @Test
    void aTableWiderThan120ColumnsShowsItsTimesInTheNextUnit() {
        // Long ids and times from 750 ns to 740 us: in ns (pytest-benchmark's unit, from the
        // best) the table is 123 characters wide; in us, 115.
        List<BenchmarkResult> rows = List.of(
                named("collectAndSum[INT_ARRAY-1000]", 7.5076e-7), named("collectAndSum[ARRAY_LIST-1000]", 4.0464e-6),
                named("collectAndSum[LINKED_LIST-100000]", 7.3935e-4), named("collectAndSum[ARRAY_LIST-100000]", 5.7829e-4));

        String table = MIN_MEDIAN.render(rows);

        assertThat(table).contains("Name (time in us)", "0.7357 (1.0)", "724.5630 (984.80)");
        assertThat(table.lines().mapToInt(String::length).max().orElseThrow()).isLessThanOrEqualTo(120);
        List<BenchmarkResult> narrow = List.of(Samples.sort(10_000, 7.5076e-7), Samples.sort(20_000, 7.3935e-4));
        assertThat(MIN_MEDIAN.render(narrow)).as("it fits: pytest-benchmark's unit").contains("Name (time in ns)");
        List<BenchmarkResult> fast = List.of(named("collectAndSum[INT_ARRAY-1000]", 7.5e-8),
                named("collectAndSum[LINKED_LIST-100000]", 7.3935e-4), named("collectAndSum[ARRAY_LIST-100000]", 5.7829e-4));
        assertThat(MIN_MEDIAN.render(fast)).as("75 ns would show as 0.0750 us: three digits, not four")
                .contains("Name (time in ns)");
    }

    /** A sort-like result under another name. */
    private static BenchmarkResult named(String name, double seconds) {
        BenchmarkResult like = Samples.sort(100_000, seconds);
        return BenchmarkResult.builder(name, "com.example.CollectionsBench#" + name).stats(like.stats())
                .memory(like.memory()).build();
    }

    @Test
    void rssAndRetainedColumnsWhereMeasuredDashElsewhere() {
        List<BenchmarkResult> suite = Samples.sortSuite();
        BenchmarkResult isolated = suite.get(3).toBuilder().memory(suite.get(3).memory()
                .with(Metric.RSS, List.of(67_371_008L, 67_112_960L))
                .with(Metric.RETAINED, List.of(1_040_000L, 1_040_000L))).build();
        BenchmarkResult leakFree = suite.get(2).toBuilder().memory(suite.get(2).memory()
                .with(Metric.RETAINED, List.of(0L, 0L))).build();
        List<BenchmarkResult> rows = List.of(suite.get(0), suite.get(1), leakFree, isolated);

        String table = MIN_MEDIAN.render(rows);

        Golden.in("report").assertMatches("table-rss-retained.txt", table);
        assertThat(table).contains("rss (MiB)", "rss·max", "retained (KiB)");
        assertThat(MIN_MEDIAN.render(suite)).as("nothing measured them: no columns")
                .doesNotContain("rss").doesNotContain("retained");
        List<BenchmarkResult> twoGroups = List.of(isolated.toBuilder().group("direct").build(), suite.get(0));
        assertThat(MIN_MEDIAN.render(twoGroups).split("\n\n")).as("per group: only the group that measured rss has it")
                .anySatisfy(t -> assertThat(t).contains("'direct'", "rss (MiB)"))
                .anySatisfy(t -> assertThat(t).startsWith("benchmark: 1 tests").doesNotContain("rss"));
        assertThat(TerminalTable.builder().columns(List.of("min")).memoryColumns(List.of(Metric.RSS)).build()
                .render(suite)).as("asked for, measured nowhere").contains("rss").contains("—");
    }

    @Test
    void withoutMemoryNoDividerNoFooter() {
        List<BenchmarkResult> timed = Samples.sortSuite().stream()
                .map(r -> r.toBuilder().memory(null).build()).toList();
        String table = MIN_MEDIAN.render(timed);
        assertThat(table).doesNotContain("│").doesNotContain(TerminalTable.MEMORY_FOOTER)
                .startsWith("benchmark: 4 tests\nName (time in us)");
    }

    @Test
    void unitFollowsTheData() {
        BenchmarkResult slow = Samples.sort(10_000, 0.25);
        BenchmarkResult fast = Samples.sort(10_000, 3e-8);
        assertThat(MIN_MEDIAN.render(List.of(slow))).contains("Name (time in ms)");
        assertThat(MIN_MEDIAN.render(List.of(fast))).contains("Name (time in ns)");
        assertThat(MIN_MEDIAN.render(List.of(Samples.sort(10_000, 2.5)))).contains("Name (time in s)");
    }

    @Test
    void ratiosAsPytestBenchmark() {
        assertThat(TerminalTable.ratio(2, 2, 10)).isEqualTo(" (1.0)");
        assertThat(TerminalTable.ratio(2, 5.25, 10)).isEqualTo(" (2.62)"); // half-even, as Python
        assertThat(TerminalTable.ratio(1, 2000, 10)).isEqualTo(" (>1000.0)");
        assertThat(TerminalTable.ratio(0, 1, 10)).isEqualTo(" (inf)");
        assertThat(TerminalTable.ratio(1, 2, 0)).isEmpty();
    }

    @Test
    void badOptionValuesSayWhatIsAllowed() {
        assertThatThrownBy(() -> TerminalTable.parseColumns("min,foo"))
                .hasMessage("Invalid column name(s): foo. The only valid column names are: min, max, "
                        + "mean, stddev, median, iqr, outliers, ops, rounds, iterations");
        assertThatThrownBy(() -> TerminalTable.builder().sort("median"))
                .hasMessageContaining("--benchmark-sort must be one of: min, max, mean, stddev, name");
        assertThatThrownBy(() -> TerminalTable.parseMemoryColumns("peak,rsss"))
                .hasMessage("unknown memory metric 'rsss' (expected peak, allocated, allocations, rss, retained)");
        assertThat(TerminalTable.parseMemoryColumns("rss,retained"))
                .containsExactly(Metric.RSS, Metric.RETAINED);
        assertThat(TerminalTable.parseMemoryColumns("peak, allocs"))
                .containsExactly(Metric.PEAK, Metric.ALLOCATIONS);
    }

    @Test
    void colourIsOffWithNoColorAndWhenPiped() {
        assertThat(Ansi.auto(Map.of("NO_COLOR", "1", "FORCE_COLOR", "1"))).isFalse();
        assertThat(Ansi.auto(Map.of("FORCE_COLOR", "1"))).isTrue();
        // Surefire's forked JVM writes to a pipe.
        assertThat(Ansi.auto(Map.of())).isFalse();
    }
}
