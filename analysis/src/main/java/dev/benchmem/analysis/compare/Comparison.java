package dev.benchmem.analysis.compare;

import dev.benchmem.core.Gate;
import dev.benchmem.core.Metric;
import dev.benchmem.core.Regression;
import dev.benchmem.core.Threshold;
import dev.benchmem.analysis.Stat;
import java.util.EnumMap;
import dev.benchmem.analysis.DimValues;
import dev.benchmem.analysis.LongTable;
import dev.benchmem.analysis.NaturalOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Builds delta tables from {@link LongTable#summarize}: runs side by side, or with
 * {@code pivot} the values of one dim side by side inside each run.
 */
public final class Comparison {
    /** Where a row lacks the dim it is grouped by. */
    static final String NO_VALUE = "\u2014";

    private final LongTable runs;
    private final Table summary;
    private final Metric metric;
    private final CompareOptions options;

    private Comparison(LongTable runs, Metric metric, CompareOptions options) {
        this.runs = runs;
        this.metric = metric;
        this.options = options;
        this.summary = runs.summarize(metric, options.stat());
    }

    /**
     * The tables for {@code metric}: one, or one per value of {@code groupBy}, or with
     * {@code pivot} one per run.
     *
     * @throws IllegalArgumentException when {@code groupBy} or {@code pivot} is not a dim
     */
    public static List<DeltaTable> tables(LongTable runs, Metric metric, CompareOptions options) {
        for (String dim : Arrays.asList(options.groupBy(), options.pivot())) {
            if (dim != null && !runs.dims().contains(dim)) {
                throw new IllegalArgumentException("unknown dim '" + dim + "' (dims: " + String.join(", ", runs.dims()) + ")");
            }
        }
        Comparison c = new Comparison(runs, metric, options);
        return options.pivot() != null ? c.pivoted(options.pivot()) : c.sideBySide(options.groupBy());
    }

    /**
     * The CI gate ({@code --fail-on}): every id whose metric grew beyond a threshold, the last of
     * {@code runs} against the first, by the rule of {@link Gate#check}.
     *
     * @param stat the statistic compared (the same as the table shows)
     * @return the regressions, in threshold order, then by id; empty when the gate passes
     * @throws IllegalArgumentException when fewer than two runs are given, or a threshold's
     *                                  metric is in neither the first nor the last run
     */
    public static List<Regression> regressions(LongTable runs, Stat stat, List<Threshold> thresholds) {
        if (runs.runLabels().size() < 2) {
            throw new IllegalArgumentException("--fail-on needs two runs or more (the first is the baseline, the last the candidate)");
        }
        CompareOptions options = new CompareOptions(stat, SortOrder.NAME, null, null);
        Map<Metric, List<DeltaRow>> rows = new EnumMap<>(Metric.class);
        List<Regression> regressions = new ArrayList<>();
        for (Threshold t : thresholds) {
            List<DeltaRow> metricRows = rows.computeIfAbsent(t.metric(),
                    m -> tables(runs, m, options).get(0).rows());
            if (metricRows.stream().allMatch(r -> Double.isNaN(r.baseline()) && Double.isNaN(r.candidate()))) {
                throw new IllegalArgumentException("--fail-on " + t.text() + ": neither the first nor the last run has "
                        + t.metric().key());
            }
            regressions.addAll(Gate.check(t, metricRows.stream()
                    .map(r -> new Gate.Pair(r.id(), r.baseline(), r.candidate())).toList()));
        }
        return regressions;
    }

    private List<DeltaTable> sideBySide(String groupBy) {
        int width = runs.runLabels().size();
        IntColumn order = summary.intColumn("run_order");
        StringColumn ids = summary.stringColumn("id");
        DoubleColumn values = summary.doubleColumn("value");
        Map<String, Map<String, double[]>> sections = sections(groupBy);
        for (int i = 0; i < summary.rowCount(); i++) {
            String section = groupBy == null ? "" : dimText(summary.column(groupBy), i);
            double[] row = sections.get(section).computeIfAbsent(ids.get(i), k -> missing(width));
            row[order.getInt(i)] = values.getDouble(i);
        }
        List<DeltaTable> tables = new ArrayList<>(sections.size());
        sections.forEach((value, rows) -> tables.add(table(
                groupBy == null ? DeltaTable.Section.ALL : new DeltaTable.Section(groupBy, value),
                runs.runLabels(), rows)));
        return tables;
    }

    /** Section values in order (numbers by value, text naturally, missing last), each with its rows. */
    private Map<String, Map<String, double[]>> sections(String dim) {
        Map<String, Map<String, double[]>> sections = new LinkedHashMap<>();
        if (dim == null) {
            sections.put("", new LinkedHashMap<>());
            return sections;
        }
        for (String value : distinctSorted(summary.column(dim))) {
            sections.put(value, new LinkedHashMap<>());
        }
        return sections;
    }

    private List<DeltaTable> pivoted(String pivot) {
        Column<?> pivotColumn = summary.column(pivot);
        List<String> columns = distinctSorted(pivotColumn);
        Map<String, Integer> columnIndex = new LinkedHashMap<>();
        columns.forEach(c -> columnIndex.put(c, columnIndex.size()));
        // Rows are labelled by the other user dims that vary (a constant extra_info value
        // such as the JDK version would only lengthen every label).
        List<String> rest = new ArrayList<>();
        for (String dim : runs.dims()) {
            if (!dim.equals(pivot) && !dim.startsWith("node.") && distinctSorted(summary.column(dim)).size() > 1) {
                rest.add(dim);
            }
        }
        boolean severalClasses = distinctSorted(summary.column(LongTable.NODE_CLASS)).size() > 1;
        List<Map<String, double[]>> perRun = new ArrayList<>();
        runs.runLabels().forEach(l -> perRun.add(new LinkedHashMap<>()));
        IntColumn order = summary.intColumn("run_order");
        DoubleColumn values = summary.doubleColumn("value");
        for (int i = 0; i < summary.rowCount(); i++) {
            String label = pivotRowLabel(i, rest, severalClasses);
            double[] row = perRun.get(order.getInt(i)).computeIfAbsent(label, k -> missing(columns.size()));
            row[columnIndex.get(dimText(pivotColumn, i))] = values.getDouble(i);
        }
        List<DeltaTable> tables = new ArrayList<>();
        for (int r = 0; r < perRun.size(); r++) {
            DeltaTable.Section section = perRun.size() == 1 ? DeltaTable.Section.ALL
                    : new DeltaTable.Section("run", runs.runLabels().get(r));
            tables.add(table(section, columns, perRun.get(r)));
        }
        return tables;
    }

    /** The method and the values of the other varying dims: {@code sort[reversed]} when pivoting on {@code n}. */
    private String pivotRowLabel(int row, List<String> otherDims, boolean withClass) {
        String method = summary.stringColumn(LongTable.NODE_METHOD).get(row);
        if (method.isEmpty()) {
            method = summary.stringColumn("id").get(row);
        }
        if (withClass) {
            String cls = summary.stringColumn(LongTable.NODE_CLASS).get(row);
            method = cls.substring(Math.max(cls.lastIndexOf('.'), cls.lastIndexOf(':')) + 1) + "." + method;
        }
        List<String> parts = new ArrayList<>();
        for (String dim : otherDims) {
            String text = dimText(summary.column(dim), row);
            if (!text.equals(NO_VALUE)) {
                parts.add(text);
            }
        }
        return parts.isEmpty() ? method : method + "[" + String.join("-", parts) + "]";
    }

    private DeltaTable table(DeltaTable.Section section, List<String> columns, Map<String, double[]> rows) {
        List<DeltaRow> list = new ArrayList<>(rows.size());
        rows.forEach((id, values) -> list.add(new DeltaRow(id, values)));
        list.sort(order(options.sort()));
        return new DeltaTable(metric, options.stat(), section, columns, list);
    }

    static Comparator<DeltaRow> order(SortOrder sort) {
        Comparator<DeltaRow> byName = Comparator.comparing(DeltaRow::id, NaturalOrder.INSTANCE);
        switch (sort) {
            case VALUE:
                return Comparator.comparingDouble((DeltaRow r) -> nanLast(r.candidate())).reversed().thenComparing(byName);
            case CHANGE:
                return Comparator.comparingDouble((DeltaRow r) -> r.change().sortKey()).reversed().thenComparing(byName);
            default:
                return byName;
        }
    }

    private static double nanLast(double v) {
        return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
    }

    private static double[] missing(int width) {
        double[] row = new double[width];
        Arrays.fill(row, Double.NaN);
        return row;
    }

    /** A dim cell as text; {@link #NO_VALUE} when the benchmark lacks the dim. */
    private static String dimText(Column<?> column, int row) {
        if (column instanceof DoubleColumn) {
            double d = ((DoubleColumn) column).getDouble(row);
            return Double.isNaN(d) ? NO_VALUE : DimValues.format(d);
        }
        String s = ((StringColumn) column).get(row);
        return s.isEmpty() ? NO_VALUE : s;
    }

    private static List<String> distinctSorted(Column<?> column) {
        Set<String> seen = new HashSet<>();
        Map<Object, String> sorted = column instanceof DoubleColumn
                ? new TreeMap<>() : new TreeMap<>((a, b) -> NaturalOrder.INSTANCE.compare((String) a, (String) b));
        boolean missingSeen = false;
        for (int i = 0; i < column.size(); i++) {
            String text = dimText(column, i);
            if (text.equals(NO_VALUE)) {
                missingSeen = true;
            } else if (seen.add(text)) {
                sorted.put(column instanceof DoubleColumn ? (Object) ((DoubleColumn) column).getDouble(i) : text, text);
            }
        }
        List<String> out = new ArrayList<>(sorted.values());
        if (missingSeen) {
            out.add(NO_VALUE);
        }
        return out;
    }
}
