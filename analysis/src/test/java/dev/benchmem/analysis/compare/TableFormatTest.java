package dev.benchmem.analysis.compare;

import dev.benchmem.core.Metric;
import dev.benchmem.core.Threshold;
import dev.benchmem.core.Regression;
import dev.benchmem.core.RegressionReport;
import dev.benchmem.core.Golden;
import static org.assertj.core.api.Assertions.assertThat;

import dev.benchmem.analysis.Fixtures;
import dev.benchmem.analysis.LongTable;
import dev.benchmem.analysis.Stat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output formats against golden files. */
class TableFormatTest {
    private final LongTable walkthrough = Fixtures.load("baseline.json", "candidate.json");
    private final LongTable edge = Fixtures.load("edge-before.json", "edge-after.json");

    private static List<DeltaTable> tables(LongTable runs, CompareOptions options, Metric... metrics) {
        List<DeltaTable> tables = new ArrayList<>();
        for (Metric m : metrics) {
            tables.addAll(Comparison.tables(runs, m, options));
        }
        return tables;
    }

    @Test
    void textAsTheReference() {
        Golden.in("golden").assertMatches("walkthrough-peak-time.txt",
                TableFormat.TEXT.render(tables(walkthrough, CompareOptions.defaults(), Metric.PEAK, Metric.TIME)));
    }

    @Test
    void oneRunIsAPlainTable() {
        Golden.in("golden").assertMatches("one-run.txt",
                TableFormat.TEXT.render(tables(Fixtures.load("baseline.json"), CompareOptions.defaults(), Metric.PEAK, Metric.ALLOCATIONS)));
    }

    @Test
    void textWithMissingIdsZeroBaselinesGroupsAndStat() {
        CompareOptions grouped = new CompareOptions(Stat.MEDIAN, SortOrder.NAME, "n", null);
        Golden.in("golden").assertMatches("edge-grouped.txt", TableFormat.TEXT.render(tables(edge, grouped, Metric.PEAK, Metric.ALLOCATIONS)));
    }

    @Test
    void markdown() {
        Golden.in("golden").assertMatches("edge.md", TableFormat.MARKDOWN.render(tables(edge, CompareOptions.defaults(), Metric.PEAK, Metric.TIME)));
    }

    @Test
    void pivot() {
        CompareOptions pivot = new CompareOptions(Stat.MIN, SortOrder.NAME, null, "impl");
        Golden.in("golden").assertMatches("edge-pivot.txt", TableFormat.TEXT.render(tables(edge, pivot, Metric.PEAK)));
    }

    @Test
    void csvHasRawNumbersAndIsWrittenAtomically(@TempDir Path dir) throws IOException {
        List<DeltaTable> tables = tables(edge, new CompareOptions(Stat.MIN, SortOrder.NAME, "n", null), Metric.PEAK, Metric.TIME);
        Golden.in("golden").assertMatches("edge.csv", CsvTables.render(tables));

        Path csv = dir.resolve("peak.csv");
        Files.writeString(csv, "old");
        CsvTables.write(csv, tables);
        assertThat(csv).hasContent(CsvTables.render(tables).stripTrailing());
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(csv);
        }
    }

    @Test
    void regressionReport() {
        LongTable regressed = Fixtures.load("baseline.json", "regressed.json");
        List<Regression> regressions = Comparison.regressions(regressed, Stat.MIN,
                List.of(Threshold.parse("peak:10%"), Threshold.parse("time:100us"), Threshold.parse("allocations:0")));
        Golden.in("golden").assertMatches("regressions.txt", TableFormat.TEXT.renderRegressions(regressions));
        Golden.in("golden").assertMatches("regressions.md", TableFormat.MARKDOWN.renderRegressions(regressions));
        assertThat(TableFormat.TEXT.renderRegressions(List.of())).isEqualTo("no regressions over thresholds\n");
    }
}
