package dev.benchmem.analysis.plot;

import dev.benchmem.core.Metric;
import dev.benchmem.analysis.LongTable;
import dev.benchmem.analysis.Stat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * One metric of the loaded runs, one {@link Series} per benchmark id: the headline (the
 * minimum over passes or rounds) and the range per run, with the id's dim values.
 */
final class PlotData {

    final Metric metric;
    final List<String> runs;
    final List<String> dims;
    final Set<String> numericDims;
    final List<Series> series;

    /** The values of one id: index = run order; NaN where the run lacks the id. */
    record Series(String id, Map<String, Object> dims, double[] value, double[] min, double[] max, int[] passes) {

        Object dim(String name) {
            return dims.get(name);
        }

        boolean in(int run) {
            return !Double.isNaN(value[run]);
        }
    }

    private PlotData(Metric metric, LongTable runs, List<Series> series) {
        this.metric = metric;
        this.runs = runs.runLabels();
        this.dims = runs.dims();
        this.numericDims = runs.dims().stream().filter(runs::isNumeric).collect(Collectors.toCollection(LinkedHashSet::new));
        this.series = List.copyOf(series);
    }

    /** {@code metric} from {@code runs}, or a {@link PlotException} naming the metrics present. */
    static PlotData of(LongTable runs, Metric metric) {
        if (!runs.metrics().contains(metric)) {
            throw new PlotException("metric '" + metric.key() + "' is absent from the runs (present: "
                    + (runs.metrics().isEmpty() ? "none"
                            : runs.metrics().stream().map(Metric::key).collect(Collectors.joining(", "))) + ")");
        }
        return new PlotData(metric, runs, fold(runs.summarize(metric, Stat.MIN), runs.runLabels().size(), runs.dims()));
    }

    private static List<Series> fold(Table summary, int runCount, List<String> dims) {
        StringColumn ids = summary.stringColumn("id");
        IntColumn order = summary.intColumn("run_order");
        DoubleColumn value = summary.doubleColumn("value");
        DoubleColumn min = summary.doubleColumn("min");
        DoubleColumn max = summary.doubleColumn("max");
        IntColumn passes = summary.intColumn("passes");
        List<Column<?>> dimColumns = dims.stream().<Column<?>>map(summary::column).toList();
        Map<String, Series> byId = new LinkedHashMap<>();
        for (int r = 0; r < summary.rowCount(); r++) {
            int row = r;
            Series s = byId.computeIfAbsent(ids.get(r), id -> empty(id, dimValues(dims, dimColumns, row), runCount));
            int run = order.getInt(r);
            s.value()[run] = value.getDouble(r);
            s.min()[run] = min.getDouble(r);
            s.max()[run] = max.getDouble(r);
            s.passes()[run] = passes.getInt(r);
        }
        return new ArrayList<>(byId.values());
    }

    private static Series empty(String id, Map<String, Object> dims, int runs) {
        double[] value = new double[runs];
        double[] min = new double[runs];
        double[] max = new double[runs];
        Arrays.fill(value, Double.NaN);
        Arrays.fill(min, Double.NaN);
        Arrays.fill(max, Double.NaN);
        return new Series(id, dims, value, min, max, new int[runs]);
    }

    /** The id's dim values; a blank string or NaN is a dim the id does not have. */
    private static Map<String, Object> dimValues(List<String> dims, List<Column<?>> columns, int row) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int d = 0; d < dims.size(); d++) {
            String dim = dims.get(d);
            Column<?> column = columns.get(d);
            if (column instanceof DoubleColumn numbers) {
                double v = numbers.getDouble(row);
                if (!Double.isNaN(v)) {
                    values.put(dim, v);
                }
            } else if (!column.getString(row).isEmpty()) {
                values.put(dim, column.getString(row));
            }
        }
        return Collections.unmodifiableMap(values);
    }

    /** Display text of a dim value: integral numbers without a fraction ({@code n=10000}). */
    static String format(Object value) {
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        return String.valueOf(value);
    }

    /** The series that both runs have: what a two-run view can compare. */
    List<Series> inBoth(int baseline, int candidate) {
        return series.stream().filter(s -> s.in(baseline) && s.in(candidate)).toList();
    }

    /** The largest headline value of any id in any run (0 when there is none). */
    double maxValue() {
        return series.stream().flatMapToDouble(s -> Arrays.stream(s.value()))
                .filter(Double::isFinite).max().orElse(0);
    }

    int last() {
        return runs.size() - 1;
    }

    /** @throws PlotException naming the dims that exist when {@code dim} is not one of them */
    void requireDim(String dim, String option) {
        if (!dims.contains(dim)) {
            throw new PlotException(option + ": no dim '" + dim + "' in the runs (dims: "
                    + (dims.isEmpty() ? "none" : String.join(", ", dims)) + ")");
        }
    }
}
