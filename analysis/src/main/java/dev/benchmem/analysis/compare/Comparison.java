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
import java.util.HashMap;
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
        for (String dim : options.labels()) {
            requireDim(runs, dim);
        }
        if (options.pivot() != null) {
            requireDim(runs, options.pivot());
        }
        List<GroupKey> keys = options.groupBy() == null ? List.of() : GroupKey.parse(options.groupBy(), runs);
        Comparison c = new Comparison(runs, metric, options);
        return options.pivot() != null ? c.pivoted(options.pivot()) : c.sideBySide(keys);
    }

    private static void requireDim(LongTable runs, String dim) {
        if (!runs.dims().contains(dim)) {
            throw new IllegalArgumentException("unknown dim '" + dim + "' (dims: " + String.join(", ", runs.dims()) + ")");
        }
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

    private List<DeltaTable> sideBySide(List<GroupKey> keys) {
        int width = runs.runLabels().size();
        IntColumn order = summary.intColumn("run_order");
        StringColumn ids = summary.stringColumn("id");
        DoubleColumn values = summary.doubleColumn("value");
        Map<List<String>, Map<String, Cells>> sections = new HashMap<>();
        for (int i = 0; i < summary.rowCount(); i++) {
            List<String> section = sectionOf(keys, i);
            Cells row = sections.computeIfAbsent(section, k -> new LinkedHashMap<>())
                    .computeIfAbsent(ids.get(i), k -> new Cells(width, options.labels().size()));
            row.put(order.getInt(i), values.getDouble(i), labelTexts(i));
        }
        List<List<String>> ordered = new ArrayList<>(sections.keySet());
        ordered.sort(sectionOrder(keys));
        List<String> names = keys.stream().map(GroupKey::name).toList();
        List<DeltaTable> tables = new ArrayList<>(Math.max(1, ordered.size()));
        for (List<String> sectionValues : ordered) {
            DeltaTable.Section section = DeltaTable.Section.ALL;
            if (!keys.isEmpty()) {
                List<String> parts = new ArrayList<>(keys.size());
                for (int k = 0; k < keys.size(); k++) {
                    parts.add(keys.get(k).part(sectionValues.get(k)));
                }
                section = new DeltaTable.Section(names, sectionValues, String.join(" ", parts));
            }
            tables.add(table(section, runs.runLabels(), sections.get(sectionValues)));
        }
        if (tables.isEmpty()) {
            tables.add(table(DeltaTable.Section.ALL, runs.runLabels(), Map.of()));
        }
        return tables;
    }

    private List<String> sectionOf(List<GroupKey> keys, int row) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<String> values = new ArrayList<>(keys.size());
        for (GroupKey k : keys) {
            values.add(k.value(summary, row));
        }
        return values;
    }

    /** Sections by their first key's order, then the next key's ... */
    private static Comparator<List<String>> sectionOrder(List<GroupKey> keys) {
        return (a, b) -> {
            for (int k = 0; k < keys.size(); k++) {
                int c = keys.get(k).order().compare(a.get(k), b.get(k));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
    }

    /** The label columns' texts of summary row {@code row}. */
    private String[] labelTexts(int row) {
        String[] texts = new String[options.labels().size()];
        for (int l = 0; l < texts.length; l++) {
            texts[l] = dimText(summary.column(options.labels().get(l)), row);
        }
        return texts;
    }

    /** A row being filled: its value and label texts in each column. */
    private static final class Cells {
        private final double[] values;
        private final String[][] labels;

        Cells(int width, int labelCount) {
            values = missing(width);
            labels = new String[labelCount][width];
            for (String[] l : labels) {
                Arrays.fill(l, NO_VALUE);
            }
        }

        void put(int column, double value, String[] labelTexts) {
            values[column] = value;
            for (int l = 0; l < labelTexts.length; l++) {
                labels[l][column] = labelTexts[l];
            }
        }

        DeltaRow row(String id) {
            List<List<String>> texts = new ArrayList<>(labels.length);
            for (String[] l : labels) {
                texts.add(Arrays.asList(l));
            }
            return new DeltaRow(id, values, texts);
        }
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
        List<Map<String, Cells>> perRun = new ArrayList<>();
        runs.runLabels().forEach(l -> perRun.add(new LinkedHashMap<>()));
        IntColumn order = summary.intColumn("run_order");
        DoubleColumn values = summary.doubleColumn("value");
        for (int i = 0; i < summary.rowCount(); i++) {
            String label = pivotRowLabel(i, rest, severalClasses);
            Cells row = perRun.get(order.getInt(i)).computeIfAbsent(label, k -> new Cells(columns.size(), options.labels().size()));
            row.put(columnIndex.get(dimText(pivotColumn, i)), values.getDouble(i), labelTexts(i));
        }
        List<DeltaTable> tables = new ArrayList<>();
        for (int r = 0; r < perRun.size(); r++) {
            DeltaTable.Section section = perRun.size() == 1 ? DeltaTable.Section.ALL
                    : DeltaTable.Section.of("run", runs.runLabels().get(r));
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

    private DeltaTable table(DeltaTable.Section section, List<String> columns, Map<String, Cells> rows) {
        List<DeltaRow> list = new ArrayList<>(rows.size());
        rows.forEach((id, cells) -> list.add(cells.row(id)));
        list.sort(order(options.sort()));
        return new DeltaTable(metric, options.stat(), section, options.labels(), columns, list);
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

    private static String dimText(Column<?> column, int row) {
        return GroupKey.dimText(column, row);
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
