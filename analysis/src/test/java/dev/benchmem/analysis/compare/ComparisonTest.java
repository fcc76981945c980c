package dev.benchmem.analysis.compare;

import dev.benchmem.core.Metric;
import dev.benchmem.core.Change;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.benchmem.analysis.Fixtures;
import dev.benchmem.analysis.LongTable;
import dev.benchmem.analysis.Stat;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {
    private final LongTable walkthrough = Fixtures.load("baseline.json", "candidate.json");
    private final LongTable edge = Fixtures.load("edge-before.json", "edge-after.json");

    private static List<String> ids(DeltaTable table) {
        return table.rows().stream().map(DeltaRow::id).toList();
    }

    @Test
    void runsSideBySideOrderedByNameWithNumbersByValue() {
        List<DeltaTable> tables = Comparison.tables(walkthrough, Metric.PEAK, CompareOptions.defaults());

        assertThat(tables).hasSize(1);
        DeltaTable peak = tables.get(0);
        assertThat(peak.columns()).containsExactly("baseline", "candidate");
        assertThat(peak.compares()).isTrue();
        assertThat(ids(peak)).containsExactly("test_sort[10000]", "test_sort[50000]", "test_sort[200000]", "test_sort[500000]");
        assertThat(peak.rows().get(3).values()).containsExactly(4_000_016, 4_000_016);
    }

    @Test
    void sortByValueOrChange() {
        CompareOptions byValue = new CompareOptions(Stat.MIN, SortOrder.VALUE, null, null);
        CompareOptions byChange = new CompareOptions(Stat.MIN, SortOrder.CHANGE, null, null);

        assertThat(ids(Comparison.tables(walkthrough, Metric.TIME, byValue).get(0)))
                .containsExactly("test_sort[500000]", "test_sort[200000]", "test_sort[50000]", "test_sort[10000]");
        // +4.2%, -0.0%, -1.2%, -1.6%
        assertThat(ids(Comparison.tables(walkthrough, Metric.TIME, byChange).get(0)))
                .containsExactly("test_sort[500000]", "test_sort[200000]", "test_sort[50000]", "test_sort[10000]");
        // growth from zero ranks first, rows without a change last
        assertThat(ids(Comparison.tables(edge, Metric.PEAK, byChange).get(0)))
                .containsExactly("sort[array-100]", "sort[list-100]", "sort[array-10]", "sort[list-10]", "sort[tree-100]");
    }

    @Test
    void missingIdsAndZeroBaselines() {
        DeltaTable peak = Comparison.tables(edge, Metric.PEAK, CompareOptions.defaults()).get(0);

        assertThat(ids(peak)).containsExactly("sort[array-10]", "sort[array-100]", "sort[list-10]", "sort[list-100]", "sort[tree-100]");
        assertThat(peak.rows().get(0).change()).isEqualTo(new Change(Change.Kind.PERCENT, 0));
        assertThat(peak.rows().get(1).change().kind()).isEqualTo(Change.Kind.FROM_ZERO);
        assertThat(peak.rows().get(2).candidate()).isNaN();
        assertThat(peak.rows().get(2).change().kind()).isEqualTo(Change.Kind.MISSING);
        assertThat(peak.rows().get(3).change().percent()).isCloseTo(10.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(peak.rows().get(4).baseline()).isNaN();
    }

    @Test
    void statPicksTheFigureOverPasses() {
        DeltaTable max = Comparison.tables(edge, Metric.PEAK, new CompareOptions(Stat.MAX, SortOrder.NAME, null, null)).get(0);

        assertThat(max.rows().get(3).baseline()).isEqualTo(10240);
        assertThat(max.stat()).isEqualTo(Stat.MAX);
    }

    @Test
    void groupByMakesOneTablePerDimValue() {
        List<DeltaTable> tables = Comparison.tables(edge, Metric.PEAK, new CompareOptions(Stat.MIN, SortOrder.NAME, "n", null));

        assertThat(tables).extracting(t -> t.section().label()).containsExactly("n=10", "n=100");
        assertThat(ids(tables.get(0))).containsExactly("sort[array-10]", "sort[list-10]");
        assertThat(ids(tables.get(1))).containsExactly("sort[array-100]", "sort[list-100]", "sort[tree-100]");
    }

    @Test
    void pivotComparesAlongADimInsideEachRun() {
        List<DeltaTable> tables = Comparison.tables(edge, Metric.PEAK, new CompareOptions(Stat.MIN, SortOrder.NAME, null, "impl"));

        assertThat(tables).extracting(t -> t.section().label()).containsExactly("run=edge-before", "run=edge-after");
        DeltaTable before = tables.get(0);
        assertThat(before.columns()).containsExactly("array", "list", "tree");
        assertThat(ids(before)).containsExactly("sort[10]", "sort[100]");
        assertThat(before.rows().get(1).values()).containsExactly(0, 10000, Double.NaN);
        assertThat(tables.get(1).rows().get(1).values()).containsExactly(512, 11000, 20480);
    }

    @Test
    void unknownDimIsRejected() {
        assertThatThrownBy(() -> Comparison.tables(edge, Metric.PEAK, new CompareOptions(Stat.MIN, SortOrder.NAME, "size", null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown key 'size' (use fullname, name, func, group, module, class, param:NAME, "
                        + "or a dim: impl, n, jdk, node.class, node.method, node.group)");
    }
}
