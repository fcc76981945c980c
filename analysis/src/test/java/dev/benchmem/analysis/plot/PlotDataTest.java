package dev.benchmem.analysis.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class PlotDataTest {

    private final Table table = LongTables.withDims(List.of("n"), List.of("kind"))
            .passes("base", 0, "a[1]", Map.of("n", 1.0, "kind", "x"), "peak", 30, 10, 20)
            .passes("base", 0, "b[2]", Map.of("n", 2.0), "peak", 5)
            .passes("cand", 1, "a[1]", Map.of("n", 1.0, "kind", "x"), "peak", 12)
            .passes("cand", 1, "a[1]", Map.of("n", 1.0, "kind", "x"), "time", 0.5)
            .build();

    @Test
    void foldsPassesToTheMinimumWithTheRange() {
        PlotData data = PlotData.of(table, "peak");
        assertThat(data.runs).containsExactly("base", "cand");
        assertThat(data.dims).containsExactly("n", "kind");
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
        PlotData.Series b = PlotData.of(table, "peak").series.get(1);
        assertThat(b.in(0)).isTrue();
        assertThat(b.in(1)).isFalse();
        assertThat(b.dims()).doesNotContainKey("kind");
        assertThat(PlotData.of(table, "peak").inBoth(0, 1)).extracting(PlotData.Series::id).containsExactly("a[1]");
    }

    @Test
    void runOrderNotRowOrderOrdersRuns() {
        Table reversed = LongTables.withDims(List.of(), List.of())
                .passes("second", 1, "a", Map.of(), "peak", 2)
                .passes("first", 0, "a", Map.of(), "peak", 1)
                .build();
        PlotData data = PlotData.of(reversed, "peak");
        assertThat(data.runs).containsExactly("first", "second");
        assertThat(data.series.get(0).value()).containsExactly(1, 2);
    }

    @Test
    void anAbsentMetricNamesThePresentOnes() {
        assertThatThrownBy(() -> PlotData.of(table, "allocations"))
                .isInstanceOf(PlotException.class)
                .hasMessage("metric 'allocations' is absent from the runs (present: peak, time)");
    }

    @Test
    void anUnknownDimListsTheDims() {
        assertThatThrownBy(() -> PlotData.of(table, "peak").requireDim("size", "--facet"))
                .hasMessage("--facet: no dim 'size' in the runs (dims: n, kind)");
    }

    @Test
    void integralDimValuesPrintWithoutAFraction() {
        assertThat(PlotData.format(10000.0)).isEqualTo("10000");
        assertThat(PlotData.format(0.5)).isEqualTo("0.5");
        assertThat(PlotData.format("x")).isEqualTo("x");
    }
}
