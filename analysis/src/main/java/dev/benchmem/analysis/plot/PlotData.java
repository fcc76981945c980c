package dev.benchmem.analysis.plot;

import dev.benchmem.core.Metric;
import dev.benchmem.analysis.LongTable;
import dev.benchmem.analysis.NaturalOrder;
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

    private PlotData(Metric metric, List<String> runs, List<String> dims, Set<String> numericDims, List<Series> series) {
        this.metric = metric;
        this.runs = List.copyOf(runs);
        this.dims = List.copyOf(dims);
        this.numericDims = Collections.unmodifiableSet(new LinkedHashSet<>(numericDims));
        this.series = List.copyOf(series);
    }

    /** The options' metric from {@code runs}, filtered by {@code --where}, then folded along {@code --pivot}. */
    static PlotData of(LongTable runs, PlotOptions options) {
        PlotData data = of(runs, options.metric()).where(options.where());
        return options.pivot().map(data::pivot).orElse(data);
    }

    /** {@code metric} from {@code runs}, or a {@link PlotException} naming the metrics present. */
    static PlotData of(LongTable runs, Metric metric) {
        if (!runs.metrics().contains(metric)) {
            throw new PlotException("metric '" + metric.key() + "' is absent from the runs (present: "
                    + (runs.metrics().isEmpty() ? "none"
                            : runs.metrics().stream().map(Metric::key).collect(Collectors.joining(", "))) + ")");
        }
        return new PlotData(metric, runs.runLabels(), runs.dims(),
                runs.dims().stream().filter(runs::isNumeric).collect(Collectors.toCollection(LinkedHashSet::new)),
                fold(runs.summarize(metric, Stat.MIN), runs.runLabels().size(), runs.dims()));
    }

    /**
     * The ids whose dims match every {@code dim=value}: by text ({@code layout=LIST}), or for a
     * number by value ({@code n=1e4} matches {@code n=10000}).
     */
    PlotData where(Map<String, String> filters) {
        List<Series> kept = series;
        for (Map.Entry<String, String> filter : filters.entrySet()) {
            String dim = filter.getKey();
            requireDim(dim, "--where");
            List<Series> before = kept;
            kept = kept.stream().filter(s -> matches(s.dim(dim), filter.getValue())).toList();
            if (kept.isEmpty()) {
                throw new PlotException("--where " + dim + "=" + filter.getValue() + ": no id matches ("
                        + dim + " has: " + String.join(", ", distinctValues(before, dim).stream().map(PlotData::format).toList()) + ")");
            }
        }
        return new PlotData(metric, runs, dims, numericDims, kept);
    }

    private static boolean matches(Object value, String wanted) {
        if (value == null) {
            return false;
        }
        if (format(value).equals(wanted)) {
            return true;
        }
        if (value instanceof Double d) {
            try {
                return d == Double.parseDouble(wanted.trim());
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return false;
    }

    /**
     * One run folded along {@code dim}: its values, in value order, become the runs
     * ({@code layout=ARRAY}, {@code layout=LIST}), and ids that differ only in it pair up (the
     * value is taken out of the id's parameters: {@code fill[LIST-100]} becomes {@code fill[100]}).
     */
    PlotData pivot(String dim) {
        if (runs.size() > 1) {
            throw new PlotException("--pivot folds one run along a dim; got " + runs.size()
                    + " runs (drop --pivot to compare the runs)");
        }
        requireDim(dim, "--pivot");
        List<Object> values = distinctValues(series, dim);
        if (values.size() < 2) {
            throw new PlotException("--pivot " + dim + ": needs two values or more to compare, the run has "
                    + (values.isEmpty() ? "none" : "only " + format(values.get(0))));
        }
        Map<Object, Integer> column = new LinkedHashMap<>();
        values.forEach(v -> column.put(v, column.size()));
        Map<String, Series> byId = new LinkedHashMap<>();
        for (Series s : series) {
            Object value = s.dim(dim);
            if (value == null) {
                continue;
            }
            Map<String, Object> rest = new LinkedHashMap<>(s.dims());
            rest.remove(dim);
            Series folded = byId.computeIfAbsent(withoutParam(s.id(), format(value)),
                    id -> empty(id, Collections.unmodifiableMap(rest), values.size()));
            int c = column.get(value);
            folded.value()[c] = s.value()[0];
            folded.min()[c] = s.min()[0];
            folded.max()[c] = s.max()[0];
            folded.passes()[c] = s.passes()[0];
        }
        List<String> remaining = dims.stream().filter(d -> !d.equals(dim)).toList();
        Set<String> numeric = new LinkedHashSet<>(numericDims);
        numeric.remove(dim);
        return new PlotData(metric, values.stream().map(v -> dim + "=" + format(v)).toList(), remaining, numeric,
                new ArrayList<>(byId.values()));
    }

    /** {@code fill[LIST-100]} without the parameter {@code LIST}; an id without it stays as it is. */
    static String withoutParam(String id, String param) {
        int open = id.indexOf('[');
        if (open < 0 || !id.endsWith("]")) {
            return id;
        }
        List<String> params = new ArrayList<>(Arrays.asList(id.substring(open + 1, id.length() - 1).split("-", -1)));
        if (!params.remove(param)) {
            return id;
        }
        return params.isEmpty() ? id.substring(0, open) : id.substring(0, open) + "[" + String.join("-", params) + "]";
    }

    /** The values {@code dim} takes in {@code series}: numbers by value, text in natural order. */
    private static List<Object> distinctValues(List<Series> series, String dim) {
        Set<Object> seen = new LinkedHashSet<>();
        series.forEach(s -> {
            if (s.dim(dim) != null) {
                seen.add(s.dim(dim));
            }
        });
        List<Object> values = new ArrayList<>(seen);
        values.sort((a, b) -> a instanceof Double x && b instanceof Double y
                ? Double.compare(x, y) : NaturalOrder.INSTANCE.compare(format(a), format(b)));
        return values;
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
