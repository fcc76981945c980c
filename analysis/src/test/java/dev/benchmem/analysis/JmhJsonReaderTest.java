package dev.benchmem.analysis;

import dev.benchmem.core.Metric;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class JmhJsonReaderTest {

    @Test
    void averageTimeInSecondsAndAllocationNormAsAllocated() {
        LongTable runs = Runs.load(List.of(Fixtures.run("jmh-avgt.json")), List.of());

        assertThat(runs.metrics()).containsExactlyInAnyOrder(Metric.TIME, Metric.ALLOCATED);
        assertThat(runs.dims()).startsWith("n", "kind");
        assertThat(runs.isNumeric("n")).isTrue();
        assertThat(runs.isNumeric("kind")).isFalse();
        Table time = runs.summarize(Metric.TIME, Stat.MIN);
        assertThat(time.stringColumn("id").asList())
                .containsExactly("SortBench.sort[10000-reversed]", "SortBench.sort[200000-reversed]", "SortBench.copy");
        assertThat(time.stringColumn("fullname").get(0)).isEqualTo("com.example.SortBench.sort[10000-reversed]");
        assertThat(time.doubleColumn("value").get(0)).isCloseTo(50.5e-6, within(1e-12));
        assertThat(time.intColumn("passes").get(0)).isEqualTo(6);
        assertThat(time.doubleColumn("value").get(2)).isCloseTo(118e-9, within(1e-15));
        Table allocated = runs.summarize(Metric.ALLOCATED, Stat.MEAN);
        // the pre-1.36 name with a middle dot is read too
        assertThat(allocated.doubleColumn("value").asList()).containsExactly(80016.0, 1600016.0, 24.0);
        Table rows = runs.table();
        assertThat(rows.stringColumn("node.class").get(0)).isEqualTo("com.example.SortBench");
        assertThat(rows.stringColumn("node.method").get(0)).isEqualTo("sort");
    }

    @Test
    void throughputIsInverted() {
        LongTable runs = Runs.load(List.of(Fixtures.run("jmh-thrpt.json")), List.of());

        Table time = runs.summarize(Metric.TIME, Stat.MAX);
        // 20 ops/ms is 50 us per op; 25 ops/ms is 40 us
        assertThat(time.doubleColumn("value").get(0)).isCloseTo(50e-6, within(1e-15));
        assertThat(time.doubleColumn("min").get(0)).isCloseTo(40e-6, within(1e-15));
    }

    @Test
    void sampleHistogramsAndNonFiniteStrings() {
        LongTable runs = Runs.load(List.of(Fixtures.run("jmh-sample-ss.json")), List.of());

        // two modes of one benchmark: the mode becomes a dim and part of the id
        assertThat(runs.dims()).startsWith("n", "mode");
        Table time = runs.summarize(Metric.TIME, Stat.MEAN);
        assertThat(time.stringColumn("id").asList()).containsExactly("SortBench.sort[10000-sample]", "SortBench.sort[10000-ss]");
        // per-iteration means of the histogram: (0.5*3 + 1.0) / 4 = 0.625 ms and 1.0 ms
        assertThat(time.doubleColumn("value").get(0)).isCloseTo(0.8125e-3, within(1e-12));
        // "NaN" is dropped, "Infinity" kept
        assertThat(time.intColumn("passes").get(1)).isEqualTo(2);
        assertThat(time.doubleColumn("max").get(1)).isInfinite();
        assertThat(time.doubleColumn("min").get(1)).isEqualTo(0.002);
    }
}
