package dev.benchmem.analysis.plot;

import dev.benchmem.core.Metric;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.benchmem.analysis.LongTable;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlotDataTest {

    @TempDir
    Path dir;
    private LongTable runs;

    @BeforeEach
    void save() {
        runs = SavedRuns.in(dir)
                .add("base", "a[1]", Map.of("n", 1, "kind", "x"), Metric.PEAK, 30, 10, 20)
                .add("base", "b[2]", Map.of("n", 2), Metric.PEAK, 5)
                .add("cand", "a[1]", Map.of("n", 1, "kind", "x"), Metric.PEAK, 12)
                .add("cand", "a[1]", Map.of("n", 1, "kind", "x"), Metric.TIME, 0.5)
                .load();
    }

    @Test
    void foldsPassesToTheMinimumWithTheRange() {
        PlotData data = PlotData.of(runs, Metric.PEAK);
        assertThat(data.runs).containsExactly("base", "cand");
        assertThat(data.dims).startsWith("kind", "n");
        assertThat(data.numericDims).containsExactly("n");
        PlotData.Series a = data.series.get(0);
        assertThat(a.id()).isEqualTo("a[1]");
        assertThat(a.value()).containsExactly(10, 12);
        assertThat(a.min()).containsExactly(10, 12);
        assertThat(a.max()).containsExactly(30, 12);
        assertThat(a.passes()).containsExactly(3, 1);
        assertThat(a.dims()).containsEntry("n", 1.0).containsEntry("kind", "x");
    }

    @Test
    void anIdMissingFromARunIsNaNThere() {
        PlotData data = PlotData.of(runs, Metric.PEAK);
        PlotData.Series b = data.series.get(1);
        assertThat(b.in(0)).isTrue();
        assertThat(b.in(1)).isFalse();
        assertThat(b.dims()).doesNotContainKey("kind");
        assertThat(data.inBoth(0, 1)).extracting(PlotData.Series::id).containsExactly("a[1]");
    }

    @Test
    void anAbsentMetricNamesThePresentOnes() {
        assertThatThrownBy(() -> PlotData.of(runs, Metric.ALLOCATIONS))
                .isInstanceOf(PlotException.class)
                .hasMessage("metric 'allocations' is absent from the runs (present: time, peak)");
    }

    @Test
    void anUnknownDimListsTheDims() {
        assertThatThrownBy(() -> PlotData.of(runs, Metric.PEAK).requireDim("size", "--facet"))
                .hasMessage("--facet: no dim 'size' in the runs (dims: kind, n, node.class, node.method, node.group)");
    }

    @Test
    void integralDimValuesPrintWithoutAFraction() {
        assertThat(PlotData.format(10000.0)).isEqualTo("10000");
        assertThat(PlotData.format(0.5)).isEqualTo("0.5");
        assertThat(PlotData.format("x")).isEqualTo("x");
    }
}
