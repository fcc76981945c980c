package dev.benchmem.analysis.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * One metric of a long table, folded to one {@link Series} per benchmark id: the headline
 * (minimum over passes) and the pass range per run, with the id's dim values.
 */
final class PlotData {

    private static final String METRIC = "metric";
    private static final String GROUP = "group";

    final String metric;
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

    private PlotData(String metric, List<String> runs, List<String> dims, Set<String> numericDims, List<Series> series) {
        this.metric = metric;
        this.runs = List.copyOf(runs);
        this.dims = List.copyOf(dims);
        this.numericDims = Set.copyOf(numericDims);
        this.series = List.copyOf(series);
    }

    /** Reads {@code metric} from a long table with the columns of {@code Runs.load(...).table()}. */
    static PlotData of(Table table, String metric) {
        List<String> runs = runLabels(table);
        List<String> names = table.columnNames();
        List<String> dims = names.subList(names.indexOf(GROUP) + 1, names.indexOf(METRIC));
        Set<String> numeric = new LinkedHashSet<>();
        for (String dim : dims) {
            if (table.column(dim) instanceof NumericColumn<?>) {
                numeric.add(dim);
            }
        }
        StringColumn metrics = table.stringColumn(METRIC);
        if (!metrics.contains(metric)) {
            throw new PlotException("metric '" + metric + "' is absent from the runs (present: "
                    + String.join(", ", metrics.asList().stream().distinct().toList()) + ")");
        }
        return new PlotData(metric, runs, dims, numeric, fold(table, metric, runs.size(), dims));
    }

    private static List<String> runLabels(Table table) {
        Map<Integer, String> byOrder = new TreeMap<>();
        IntColumn order = table.intColumn("run_order");
        StringColumn run = table.stringColumn("run");
        for (int r = 0; r < table.rowCount(); r++) {
            byOrder.putIfAbsent(order.getInt(r), run.get(r));
        }
        return new ArrayList<>(byOrder.values());
    }

    private static List<Series> fold(Table table, String metric, int runCount, List<String> dims) {
        StringColumn metrics = table.stringColumn(METRIC);
        StringColumn ids = table.stringColumn("id");
        IntColumn order = table.intColumn("run_order");
        NumericColumn<?> values = table.numberColumn("value");
        Map<Integer, Integer> runIndex = runIndex(order);
        Map<String, Builder> byId = new LinkedHashMap<>();
        for (int r = 0; r < table.rowCount(); r++) {
            if (!metrics.get(r).equals(metric)) {
                continue;
            }
            int row = r;
            Builder b = byId.computeIfAbsent(ids.get(r), id -> new Builder(id, dimValues(table, dims, row), runCount));
            b.add(runIndex.get(order.getInt(r)), values.getDouble(r));
        }
        return byId.values().stream().map(Builder::build).toList();
    }

    private static Map<Integer, Integer> runIndex(IntColumn order) {
        Map<Integer, Integer> index = new LinkedHashMap<>();
        order.unique().asList().stream().sorted().forEach(o -> index.put(o, index.size()));
        return index;
    }

    private static Map<String, Object> dimValues(Table table, List<String> dims, int row) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String dim : dims) {
            Column<?> column = table.column(dim);
            if (!column.isMissing(row)) {
                values.put(dim, column instanceof NumericColumn<?> n ? n.getDouble(row) : column.getString(row));
            }
        }
        return values;
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

    private static final class Builder {
        final String id;
        final Map<String, Object> dims;
        final double[] min;
        final double[] max;
        final int[] passes;

        Builder(String id, Map<String, Object> dims, int runs) {
            this.id = id;
            this.dims = dims;
            min = new double[runs];
            max = new double[runs];
            passes = new int[runs];
            Arrays.fill(min, Double.NaN);
            Arrays.fill(max, Double.NaN);
        }

        void add(int run, double value) {
            if (Double.isNaN(value)) {
                return;
            }
            min[run] = passes[run] == 0 ? value : Math.min(min[run], value);
            max[run] = passes[run] == 0 ? value : Math.max(max[run], value);
            passes[run]++;
        }

        Series build() {
            return new Series(id, Collections.unmodifiableMap(dims), min.clone(), min, max, passes);
        }
    }
}
