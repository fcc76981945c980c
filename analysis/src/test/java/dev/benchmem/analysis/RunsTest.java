package dev.benchmem.analysis;

import dev.benchmem.core.Metric;
import dev.benchmem.core.RunFileException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class RunsTest {

    @Test
    void benchmemPairBecomesOneLongTable() {
        LongTable runs = Runs.load(List.of(Fixtures.run("baseline.json"), Fixtures.run("candidate.json")), List.of());

        assertThat(runs.runLabels()).containsExactly("baseline", "candidate");
        assertThat(runs.metrics()).containsExactlyInAnyOrder(Metric.TIME, Metric.PEAK, Metric.ALLOCATED, Metric.ALLOCATIONS);
        assertThat(runs.dims()).containsExactly("n", LongTable.NODE_CLASS, LongTable.NODE_METHOD, LongTable.NODE_GROUP);
        assertThat(runs.isNumeric("n")).isTrue();
        Table table = runs.table();
        assertThat(table.columnNames()).containsExactly("run", "run_order", "id", "fullname", "group", "n",
                "node.class", "node.method", "node.group", "metric", "pass", "value");
        // 2 runs x 4 ids x (5 rounds + 2 passes x 3 memory metrics)
        assertThat(table.rowCount()).isEqualTo(2 * 4 * (5 + 6));
        assertThat(table.column("n")).isInstanceOf(DoubleColumn.class);
        Table peak = table.where(table.stringColumn("metric").isEqualTo("peak")
                .and(table.stringColumn("id").isEqualTo("test_sort[500000]")));
        assertThat(peak.doubleColumn("value").asList()).containsOnly(4_000_016.0);
        assertThat(table.stringColumn("node.class").get(0)).isEqualTo("test_sortbench.py");
        assertThat(table.stringColumn("node.method").get(0)).isEqualTo("test_sort");
    }

    @Test
    void summarizeGivesOneRowPerRunAndId() {
        LongTable runs = Runs.load(List.of(Fixtures.run("baseline.json"), Fixtures.run("candidate.json")), List.of("v1", "v2"));

        Table time = runs.summarize(Metric.TIME, Stat.MIN);
        assertThat(time.rowCount()).isEqualTo(8);
        assertThat(time.columnNames()).endsWith("value", "min", "max", "passes");
        assertThat(time.stringColumn("run").asList()).containsExactly("v1", "v1", "v1", "v1", "v2", "v2", "v2", "v2");
        assertThat(time.doubleColumn("value").get(0)).isEqualTo(5.0291e-05);
        // median comes from the file's stats block, not recomputed from the rounds
        assertThat(runs.summarize(Metric.TIME, Stat.MEDIAN).doubleColumn("value").get(0)).isEqualTo(5.1172e-05);
        assertThat(time.intColumn("passes").get(0)).isEqualTo(5);
    }

    @Test
    void realPytestBenchmarkFileKeepsEveryRound() {
        LongTable runs = Runs.load(List.of(Fixtures.run("pytest-benchmark.json")), List.of());

        assertThat(runs.metrics()).containsExactly(Metric.TIME);
        assertThat(runs.dims()).startsWith("n", "impl");
        assertThat(runs.isNumeric("impl")).isFalse();
        Table summary = runs.summarize(Metric.TIME, Stat.MIN);
        Table rows = runs.table();
        int rounds = summary.intColumn("passes").get(0);
        assertThat(rows.where(rows.stringColumn("id").isEqualTo(summary.stringColumn("id").get(0))).rowCount())
                .isEqualTo(rounds)
                .isGreaterThan(1);
        assertThat(summary.doubleColumn("value").get(0))
                .isEqualTo(rows.where(rows.stringColumn("id").isEqualTo("test_sort[10000]")).doubleColumn("value").min());
    }

    @Test
    void olderScalarMemoryIsOnePassAndNotADim() {
        LongTable runs = Runs.load(List.of(Fixtures.run("legacy-scalar.json")), List.of());

        assertThat(runs.metrics()).contains(Metric.PEAK, Metric.ALLOCATED, Metric.ALLOCATIONS);
        assertThat(runs.dims()).startsWith("n", "impl").doesNotContain("peak_bytes", "allocations");
        Table peak = runs.summarize(Metric.PEAK, Stat.MIN);
        assertThat(peak.doubleColumn("value").get(3)).isEqualTo(4_000_016.0);
        assertThat(peak.intColumn("passes").get(3)).isEqualTo(1);
        assertThat(runs.summarize(Metric.TIME, Stat.MIN).intColumn("passes").get(0)).isEqualTo(5);
    }

    @Test
    void directoryLoadsSavedRunsOldestFirst() {
        LongTable runs = Runs.load(List.of(Fixtures.run("storage")), List.of());

        assertThat(runs.runLabels()).containsExactly("0001_base", "0002_cand");
        // storage files carry stats without per-round data: one time row each, the minimum
        Table table = runs.table();
        assertThat(table.rowCount()).isEqualTo(4);
        assertThat(runs.summarize(Metric.TIME, Stat.MEAN).doubleColumn("value").get(0))
                .isGreaterThanOrEqualTo(table.doubleColumn("value").get(0));
    }

    @Test
    void sameNameInTwoClassesFallsBackToFullnames(@TempDir Path dir) throws IOException {
        Path run = dir.resolve("run.json");
        Files.writeString(run, "{\"benchmarks\": ["
                + "{\"name\": \"sort[1]\", \"fullname\": \"a.A#sort[1]\", \"stats\": {\"min\": 1, \"max\": 1, \"mean\": 1, \"median\": 1, \"stddev\": 0, \"rounds\": 1}},"
                + "{\"name\": \"sort[1]\", \"fullname\": \"b.B#sort[1]\", \"stats\": {\"min\": 2, \"max\": 2, \"mean\": 2, \"median\": 2, \"stddev\": 0, \"rounds\": 1}},"
                + "{\"name\": \"other\", \"fullname\": \"b.B#other\", \"stats\": {\"min\": NaN, \"max\": 2, \"mean\": 2, \"median\": 2, \"stddev\": 0, \"rounds\": 1}}]}");

        LongTable runs = Runs.load(List.of(run), List.of());

        StringColumn ids = runs.summarize(Metric.TIME, Stat.MIN).stringColumn("id");
        assertThat(ids.asList()).containsExactly("a.A#sort[1]", "b.B#sort[1]");
    }

    @Test
    void statsOverPasses() {
        double[] values = {4, 1, 3, 2};
        assertThat(Stat.MIN.of(values)).isEqualTo(1);
        assertThat(Stat.MAX.of(values)).isEqualTo(4);
        assertThat(Stat.MEAN.of(values)).isEqualTo(2.5);
        assertThat(Stat.MEDIAN.of(values)).isEqualTo(2.5);
        assertThat(Stat.MEDIAN.of(new double[] {3, 1, 2})).isEqualTo(2);
        assertThat(Stat.STDDEV.of(values)).isCloseTo(1.2910, within(1e-4));
        assertThat(Stat.STDDEV.of(new double[] {7})).isZero();
    }

    @Test
    void badInputsNameTheFileAndTheProblem(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("missing.json");
        Path malformed = Files.writeString(dir.resolve("malformed.json"), "{\"benchmarks\": [\n{\"name\": ");
        Path notARun = Files.writeString(dir.resolve("config.json"), "{\"name\": \"x\"}");
        Path empty = Files.writeString(dir.resolve("empty.json"), "");
        Path emptyDir = Files.createDirectory(dir.resolve("nothing"));

        assertThatThrownBy(() -> Runs.load(List.of(missing), List.of()))
                .isInstanceOf(RunFileException.class).hasMessage(missing + ": no such file");
        assertThatThrownBy(() -> Runs.load(List.of(malformed), List.of()))
                .hasMessageStartingWith(malformed + ": malformed JSON at line 2").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> Runs.load(List.of(notARun), List.of()))
                .hasMessage(notARun + ": not a benchmark run (no \"benchmarks\" array)");
        assertThatThrownBy(() -> Runs.load(List.of(empty), List.of()))
                .hasMessage(empty + ": empty file, not a benchmark run");
        assertThatThrownBy(() -> Runs.load(List.of(emptyDir), List.of()))
                .hasMessage(emptyDir + ": no saved runs (NNNN_*.json) in this directory");
        assertThatThrownBy(() -> Runs.load(List.of(Fixtures.run("baseline.json")), List.of("a", "b")))
                .hasMessage("--label: 2 labels for 1 runs");
    }
}
