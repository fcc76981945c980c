package dev.benchmem.analysis.plot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Builds long tables with the column layout of {@code LongTable.table()} (CONTRACTS §4): run,
 * run_order, id, fullname, group, one column per dim, metric, pass, value.
 */
final class LongTables {

    private final List<String> numericDims;
    private final List<String> stringDims;
    private final List<Object[]> rows = new ArrayList<>();

    private LongTables(List<String> numericDims, List<String> stringDims) {
        this.numericDims = numericDims;
        this.stringDims = stringDims;
    }

    static LongTables withDims(List<String> numericDims, List<String> stringDims) {
        return new LongTables(numericDims, stringDims);
    }

    /** One row; {@code dims} maps dim name to a Double or String (absent = missing). */
    LongTables row(String run, int order, String id, Map<String, Object> dims, String metric, int pass, double value) {
        rows.add(new Object[] {run, order, id, dims, metric, pass, value});
        return this;
    }

    /** Rows for {@code id} in one run: every pass of {@code metric}. */
    LongTables passes(String run, int order, String id, Map<String, Object> dims, String metric, double... values) {
        for (int p = 0; p < values.length; p++) {
            row(run, order, id, dims, metric, p, values[p]);
        }
        return this;
    }

    @SuppressWarnings("unchecked")
    Table build() {
        StringColumn run = StringColumn.create("run");
        IntColumn order = IntColumn.create("run_order");
        StringColumn id = StringColumn.create("id");
        StringColumn fullname = StringColumn.create("fullname");
        StringColumn group = StringColumn.create("group");
        Map<String, Column<?>> dims = new LinkedHashMap<>();
        numericDims.forEach(d -> dims.put(d, DoubleColumn.create(d)));
        stringDims.forEach(d -> dims.put(d, StringColumn.create(d)));
        StringColumn metric = StringColumn.create("metric");
        IntColumn pass = IntColumn.create("pass");
        DoubleColumn value = DoubleColumn.create("value");
        for (Object[] r : rows) {
            run.append((String) r[0]);
            order.append((Integer) r[1]);
            id.append((String) r[2]);
            fullname.append("com.example.Bench#" + r[2]);
            group.append("");
            Map<String, Object> values = (Map<String, Object>) r[3];
            for (Map.Entry<String, Column<?>> d : dims.entrySet()) {
                Object v = values.get(d.getKey());
                if (d.getValue() instanceof DoubleColumn c) {
                    if (v == null) c.appendMissing(); else c.append(((Number) v).doubleValue());
                } else {
                    StringColumn c = (StringColumn) d.getValue();
                    if (v == null) c.appendMissing(); else c.append((String) v);
                }
            }
            metric.append((String) r[4]);
            pass.append((Integer) r[5]);
            value.append((Double) r[6]);
        }
        Table table = Table.create("runs", run, order, id, fullname, group);
        dims.values().forEach(table::addColumns);
        return table.addColumns(metric, pass, value);
    }

    /** The reference's sort suite: sort[n] for 4 sizes, peak = 8n bytes scaled per run. */
    static Table sortRuns(String... runs) {
        LongTables t = withDims(List.of("n"), List.of("node.method"));
        int[] sizes = {10_000, 50_000, 200_000, 500_000};
        for (int r = 0; r < runs.length; r++) {
            for (int n : sizes) {
                Map<String, Object> dims = Map.of("n", (double) n, "node.method", "sort");
                String id = "sort[" + n + "]";
                double growth = 1 + 0.1 * r * (n == 500_000 ? 3 : n == 10_000 ? -1 : 1);
                t.passes(runs[r], r, id, dims, "peak", 8.0 * n * growth, 8.0 * n * growth + 1024);
                t.passes(runs[r], r, id, dims, "time", 5e-9 * n * Math.log(n) * growth);
            }
        }
        return t.build();
    }
}
