package dev.benchmem.analysis.compare;

import dev.benchmem.core.Gate;
import dev.benchmem.core.Metric;
import dev.benchmem.core.Regression;
import dev.benchmem.core.Threshold;
import dev.benchmem.core.Units;
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
     * The CI gate ({@code --fail-on}) with plain thresholds: every id whose metric grew beyond a
     * threshold, the last of {@code runs} against the first, by the rule of {@link Gate#check}.
     *
     * @see #gate
     */
    public static List<Regression> regressions(LongTable runs, Stat stat, List<Threshold> thresholds) {
        return gate(runs, stat, thresholds.stream().map(t -> new GateRule(t, Double.NaN)).toList(), null).regressions();
    }

    /**
     * The CI gate ({@code --fail-on}): every id whose metric grew beyond a rule's threshold, by the
     * rule of {@link Gate#check}: the last of {@code runs} against the first, or with {@code pivot}
     * (one run) the dim's last value against its first, as the reference's
     * {@code find_pivot_regressions}. A rule with a significance level also needs the rank test
     * on the two sides' timed rounds to say they differ at that level, the candidate slower.
     *
     * @param stat the statistic compared (the same as the table shows)
     * @return the regressions, in rule order, then by id, and what the rank test cleared
     * @throws IllegalArgumentException when there is nothing to compare (fewer than two runs;
     *     with a pivot, several runs or fewer than two values of the dim), a rule's metric is on
     *     neither side, or a tested id has too few rounds for the test to reach its level
     */
    public static GateOutcome gate(LongTable runs, Stat stat, List<GateRule> rules, String pivot) {
        int count = runs.runLabels().size();
        if (pivot == null && count < 2) {
            throw new IllegalArgumentException("--fail-on needs two runs or more (the first is the baseline, the last the "
                    + "candidate), or one run with --pivot DIM (the dim's first value against its last)");
        }
        if (pivot != null && count != 1) {
            throw new IllegalArgumentException("--fail-on with --pivot gates one run (the first value of " + pivot
                    + " against the last), not " + count);
        }
        CompareOptions options = new CompareOptions(stat, SortOrder.NAME, null, pivot);
        Map<Metric, DeltaTable> tables = new EnumMap<>(Metric.class);
        Map<Integer, Map<String, double[]>> rounds = new HashMap<>();
        List<Regression> regressions = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (GateRule rule : rules) {
            Threshold t = rule.threshold();
            DeltaTable table = tables.computeIfAbsent(t.metric(), m -> tables(runs, m, options).get(0));
            if (pivot != null && table.columns().size() < 2) {
                throw new IllegalArgumentException("--fail-on with --pivot " + pivot + " needs two values of " + pivot
                        + " to compare; the run has " + String.join(", ", table.columns()));
            }
            if (table.rows().stream().allMatch(r -> Double.isNaN(r.baseline()) && Double.isNaN(r.candidate()))) {
                throw new IllegalArgumentException("--fail-on " + t.text() + ": neither the first nor the last "
                        + (pivot == null ? "run" : "value of " + pivot) + " has " + t.metric().key());
            }
            List<Regression> over = Gate.check(t, table.rows().stream()
                    .map(r -> new Gate.Pair(r.id(), r.baseline(), r.candidate())).toList());
            if (!rule.tested()) {
                regressions.addAll(over);
                continue;
            }
            Map<String, DeltaRow> byId = new HashMap<>();
            table.rows().forEach(r -> byId.put(r.id(), r));
            List<String> cleared = new ArrayList<>();
            for (Regression r : over) {
                DeltaRow row = byId.get(r.id());
                int last = table.columns().size() - 1;
                double[] before = rounds(runs, rounds, 0, row.source(0));
                double[] after = rounds(runs, rounds, pivot == null ? count - 1 : 0, row.source(last));
                if (RankTest.smallestP(before.length, after.length) >= rule.significance()) {
                    throw new IllegalArgumentException("--fail-on " + t.text() + ": " + r.id() + " has " + before.length
                            + " and " + after.length + " timed rounds; a rank test on so few can never reach p < "
                            + rule.significance() + " (the run files must carry their rounds, stats.data)");
                }
                RankTest.Result test = RankTest.of(before, after);
                if (test.p() < rule.significance() && test.candidateSlower()) {
                    regressions.add(r);
                } else {
                    cleared.add(r.id() + " p=" + Units.significant(test.p(), 2));
                }
            }
            if (!cleared.isEmpty()) {
                // One id a line, as the regressions are listed: many ids on one line outgrow a terminal.
                notes.add(t.text() + ": " + cleared.size() + (cleared.size() == 1 ? " id" : " ids") + " over the threshold "
                        + "but not slower by the rank test (p >= " + Units.significant(rule.significance(), 2) + "), "
                        + "not counted:\n  " + String.join("\n  ", cleared));
            }
        }
        return new GateOutcome(regressions, notes);
    }

    /** The timed rounds of benchmark {@code id} in run {@code run}, from the long table (read once per run). */
    private static double[] rounds(LongTable runs, Map<Integer, Map<String, double[]>> cache, int run, String id) {
        Map<String, double[]> byId = cache.computeIfAbsent(run, r -> {
            Table rows = runs.table();
            IntColumn order = rows.intColumn("run_order");
            StringColumn metric = rows.stringColumn("metric");
            StringColumn ids = rows.stringColumn("id");
            DoubleColumn values = rows.doubleColumn("value");
            Map<String, List<Double>> lists = new HashMap<>();
            for (int i = 0; i < rows.rowCount(); i++) {
                if (order.getInt(i) == r && metric.get(i).equals(Metric.TIME.key())) {
                    lists.computeIfAbsent(ids.get(i), k -> new ArrayList<>()).add(values.getDouble(i));
                }
            }
            Map<String, double[]> arrays = new HashMap<>();
            lists.forEach((k, v) -> arrays.put(k, v.stream().mapToDouble(Double::doubleValue).toArray()));
            return arrays;
        });
        return byId.getOrDefault(id, new double[0]);
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
        /** For a pivot, the benchmark id behind each column ({@link #NO_VALUE} where none); null otherwise. */
        private String[] sources;

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

        void source(int column, String id) {
            if (sources == null) {
                sources = new String[values.length];
                Arrays.fill(sources, NO_VALUE);
            }
            sources[column] = id;
        }

        DeltaRow row(String id) {
            List<List<String>> texts = new ArrayList<>(labels.length);
            for (String[] l : labels) {
                texts.add(Arrays.asList(l));
            }
            return new DeltaRow(id, values, texts, sources == null ? List.of() : Arrays.asList(sources));
        }
    }

    private List<DeltaTable> pivoted(String pivot) {
        Column<?> pivotColumn = summary.column(pivot);
        // Benchmarks without the dim have nothing to compare along it: they are left out.
        List<String> columns = new ArrayList<>(distinctSorted(pivotColumn));
        columns.remove(NO_VALUE);
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
        Set<String> classes = new HashSet<>();
        StringColumn nodeClass = summary.stringColumn(LongTable.NODE_CLASS);
        for (int i = 0; i < summary.rowCount(); i++) {
            if (columnIndex.containsKey(dimText(pivotColumn, i))) {
                classes.add(nodeClass.get(i));
            }
        }
        boolean severalClasses = classes.size() > 1;
        List<Map<String, Cells>> perRun = new ArrayList<>();
        runs.runLabels().forEach(l -> perRun.add(new LinkedHashMap<>()));
        IntColumn order = summary.intColumn("run_order");
        DoubleColumn values = summary.doubleColumn("value");
        for (int i = 0; i < summary.rowCount(); i++) {
            Integer column = columnIndex.get(dimText(pivotColumn, i));
            if (column == null) {
                continue;
            }
            String label = pivotRowLabel(i, rest, severalClasses);
            Cells row = perRun.get(order.getInt(i)).computeIfAbsent(label, k -> new Cells(columns.size(), options.labels().size()));
            row.put(column, values.getDouble(i), labelTexts(i));
            row.source(column, summary.stringColumn("id").get(i));
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
