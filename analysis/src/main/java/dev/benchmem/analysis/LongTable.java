package dev.benchmem.analysis;

import dev.benchmem.core.Metric;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Loaded runs as one long table: one row per (run, benchmark id, metric, pass), the seam that
 * compare tables and every plot are built from.
 *
 * <p>Columns of {@link #table()}: {@code run} (label), {@code run_order} (0-based),
 * {@code id} (e.g. {@code sort[10000]}), {@code fullname}, {@code group}, one column per
 * {@linkplain #dims() dim} (a {@code DoubleColumn} when every value is a number, else a
 * {@code StringColumn}), {@code metric} ({@link Metric#key()}), {@code pass} (0-based) and
 * {@code value} (seconds, bytes or counts). Memory rows are the memory passes; time rows are
 * the timed rounds when the file saved them, else one row holding the minimum.
 *
 * <p>An id is the benchmark's {@code name}; where two benchmarks of one run share a name
 * (two classes with a {@code sort[10000]}), their {@code fullname}s are the ids instead.
 */
public final class LongTable {
    /** Structural dims, offered (e.g. to group by) but never chosen automatically. */
    public static final String NODE_CLASS = "node.class";
    public static final String NODE_METHOD = "node.method";
    public static final String NODE_GROUP = "node.group";

    private final List<RunRecord> runs;
    private final List<String> labels;
    private final List<String[]> ids;
    private final List<String> dims;
    private final Set<String> numericDims;
    private final Set<Metric> metrics;
    private Table table;

    LongTable(List<RunRecord> runs, List<String> labels) {
        this.runs = List.copyOf(runs);
        this.labels = List.copyOf(labels);
        this.ids = new ArrayList<>(runs.size());
        Set<String> userDims = new LinkedHashSet<>();
        Map<String, Boolean> numeric = new HashMap<>();
        EnumSet<Metric> present = EnumSet.noneOf(Metric.class);
        for (RunRecord run : runs) {
            ids.add(ids(run.benchmarks()));
            for (BenchmarkRecord b : run.benchmarks()) {
                present.addAll(b.series().keySet());
                for (Map.Entry<String, Object> d : b.dims().entrySet()) {
                    userDims.add(d.getKey());
                    numeric.merge(d.getKey(), d.getValue() instanceof Double, Boolean::logicalAnd);
                }
            }
        }
        List<String> all = new ArrayList<>(userDims);
        all.addAll(List.of(NODE_CLASS, NODE_METHOD, NODE_GROUP));
        this.dims = Collections.unmodifiableList(all);
        Set<String> numericNames = new LinkedHashSet<>();
        numeric.forEach((k, v) -> {
            if (v) {
                numericNames.add(k);
            }
        });
        this.numericDims = Collections.unmodifiableSet(numericNames);
        this.metrics = Collections.unmodifiableSet(present);
    }

    private static String[] ids(List<BenchmarkRecord> benchmarks) {
        // One map operation per benchmark in the usual case of unique names: runs hold
        // tens of thousands of benchmarks and this runs before every answer.
        Map<String, String> fullnameOf = new HashMap<>(benchmarks.size() * 2);
        Set<String> shared = new HashSet<>();
        boolean repeated = false;
        for (BenchmarkRecord b : benchmarks) {
            String previous = fullnameOf.put(b.name(), b.fullname());
            if (previous != null) {
                repeated |= previous.equals(b.fullname());
                shared.add(b.name());
            }
        }
        String[] ids = new String[benchmarks.size()];
        for (int i = 0; i < ids.length; i++) {
            BenchmarkRecord b = benchmarks.get(i);
            ids[i] = !shared.isEmpty() && shared.contains(b.name()) ? b.fullname() : b.name();
        }
        if (repeated) {
            // The same benchmark twice in one run: number the repeats so every id is unique.
            Map<String, Integer> used = new HashMap<>();
            for (int i = 0; i < ids.length; i++) {
                int n = used.merge(ids[i], 1, Integer::sum);
                ids[i] = n == 1 ? ids[i] : ids[i] + " #" + n;
            }
        }
        return ids;
    }

    /** The run labels in load order. */
    public List<String> runLabels() {
        return labels;
    }

    /** User dims (params, then scalar extra_info) in first-seen order, then the structural ones. */
    public List<String> dims() {
        return dims;
    }

    /** True when every value of {@code dim} is a number (its columns are {@code DoubleColumn}s). */
    public boolean isNumeric(String dim) {
        return numericDims.contains(dim);
    }

    /** The metrics that at least one benchmark of one run carries. */
    public Set<Metric> metrics() {
        return metrics;
    }

    /** The long table itself (built on first use, then shared: do not modify it). */
    public synchronized Table table() {
        if (table == null) {
            table = buildTable();
        }
        return table;
    }

    private Table buildTable() {
        // Loading skipped the timed rounds (statistics stand in for them); the rows need them.
        List<RunRecord> complete = new ArrayList<>(runs.size());
        for (RunRecord run : runs) {
            complete.add(RunFiles.withRounds(run));
        }
        int rows = 0;
        for (RunRecord run : complete) {
            for (BenchmarkRecord b : run.benchmarks()) {
                for (double[] values : b.series().values()) {
                    rows += values.length;
                }
            }
        }
        RowSink sink = new RowSink(rows);
        for (int r = 0; r < complete.size(); r++) {
            List<BenchmarkRecord> benchmarks = complete.get(r).benchmarks();
            for (int i = 0; i < benchmarks.size(); i++) {
                BenchmarkRecord b = benchmarks.get(i);
                for (Map.Entry<Metric, double[]> s : b.series().entrySet()) {
                    double[] values = s.getValue();
                    for (int pass = 0; pass < values.length; pass++) {
                        sink.add(r, ids.get(r)[i], b, s.getKey().key(), pass, values[pass]);
                    }
                }
            }
        }
        return sink.table("runs");
    }

    /**
     * One row per (run, id) that has {@code metric}: {@code run}, {@code run_order}, {@code id},
     * {@code fullname}, {@code group}, the dims, then {@code value} ({@code stat} over the
     * passes, or over the rounds from the file's own statistics for time), {@code min},
     * {@code max} and {@code passes} (how many values the statistic is over).
     */
    public Table summarize(Metric metric, Stat stat) {
        int rows = 0;
        for (RunRecord run : runs) {
            for (BenchmarkRecord b : run.benchmarks()) {
                rows += b.series().containsKey(metric) ? 1 : 0;
            }
        }
        RowSink sink = new RowSink(rows);
        for (int r = 0; r < runs.size(); r++) {
            List<BenchmarkRecord> benchmarks = runs.get(r).benchmarks();
            for (int i = 0; i < benchmarks.size(); i++) {
                BenchmarkRecord b = benchmarks.get(i);
                SeriesStats stats = b.series().containsKey(metric) ? b.stats(metric) : null;
                if (stats != null) {
                    sink.addSummary(r, ids.get(r)[i], b, stats.get(stat), stats);
                }
            }
        }
        return sink.table(metric.key() + " " + stat.key());
    }

    /** Collects rows column by column into arrays, then wraps them as Tablesaw columns once. */
    private final class RowSink {
        private final String[] run;
        private final int[] runOrder;
        private final String[] id;
        private final String[] fullname;
        private final String[] group;
        private final Object[][] dimValues;
        private final String[] metric;
        private final int[] pass;
        private final double[] value;
        private final double[] min;
        private final double[] max;
        private final int[] passes;
        private int n;
        private boolean summary;

        RowSink(int rows) {
            run = new String[rows];
            runOrder = new int[rows];
            id = new String[rows];
            fullname = new String[rows];
            group = new String[rows];
            dimValues = new Object[dims.size()][rows];
            metric = new String[rows];
            pass = new int[rows];
            value = new double[rows];
            min = new double[rows];
            max = new double[rows];
            passes = new int[rows];
        }

        void add(int r, String benchmarkId, BenchmarkRecord b, String metricKey, int passIndex, double v) {
            metric[n] = metricKey;
            pass[n] = passIndex;
            value[n] = v;
            common(r, benchmarkId, b);
        }

        void addSummary(int r, String benchmarkId, BenchmarkRecord b, double v, SeriesStats stats) {
            summary = true;
            value[n] = v;
            min[n] = stats.min();
            max[n] = stats.max();
            passes[n] = stats.count();
            common(r, benchmarkId, b);
        }

        private void common(int r, String benchmarkId, BenchmarkRecord b) {
            run[n] = labels.get(r);
            runOrder[n] = r;
            id[n] = benchmarkId;
            fullname[n] = b.fullname();
            group[n] = b.group() == null ? "" : b.group();
            for (int d = 0; d < dims.size(); d++) {
                dimValues[d][n] = dimValue(b, dims.get(d));
            }
            n++;
        }

        private Object dimValue(BenchmarkRecord b, String dim) {
            switch (dim) {
                case NODE_CLASS:
                    return b.nodeClass();
                case NODE_METHOD:
                    return b.nodeMethod();
                case NODE_GROUP:
                    return b.group();
                default:
                    return b.dims().get(dim);
            }
        }

        Table table(String name) {
            List<Column<?>> columns = new ArrayList<>();
            columns.add(StringColumn.create("run", run));
            columns.add(IntColumn.create("run_order", runOrder));
            columns.add(StringColumn.create("id", id));
            columns.add(StringColumn.create("fullname", fullname));
            columns.add(StringColumn.create("group", group));
            for (int d = 0; d < dims.size(); d++) {
                columns.add(dimColumn(dims.get(d), dimValues[d]));
            }
            if (summary) {
                columns.add(DoubleColumn.create("value", value));
                columns.add(DoubleColumn.create("min", min));
                columns.add(DoubleColumn.create("max", max));
                columns.add(IntColumn.create("passes", passes));
            } else {
                columns.add(StringColumn.create("metric", metric));
                columns.add(IntColumn.create("pass", pass));
                columns.add(DoubleColumn.create("value", value));
            }
            return Table.create(name, columns);
        }

        private Column<?> dimColumn(String dim, Object[] values) {
            if (numericDims.contains(dim)) {
                double[] numbers = new double[values.length];
                for (int i = 0; i < numbers.length; i++) {
                    numbers[i] = values[i] == null ? Double.NaN : (Double) values[i];
                }
                return DoubleColumn.create(dim, numbers);
            }
            String[] text = new String[values.length];
            for (int i = 0; i < text.length; i++) {
                text[i] = values[i] == null ? "" : DimValues.format(values[i]);
            }
            return StringColumn.create(dim, text);
        }
    }
}
