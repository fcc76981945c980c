package dev.benchmem.analysis.compare;

import dev.benchmem.analysis.DimValues;
import dev.benchmem.analysis.LongTable;
import dev.benchmem.analysis.NaturalOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * One key of {@code --group-by}, in the reference's grammar (pytest-benchmark's): {@code fullname},
 * {@code name}, {@code func}, {@code group}, {@code module}, {@code class}, {@code param:NAME};
 * or a bare dim name (a param, a scalar extra_info value, {@code node.class} ...). Keys compose
 * with commas: {@code --group-by class,param:n} is one table per class and size.
 *
 * <p>For Java benchmarks {@code module} is the package and {@code class} the simple class name;
 * for pytest node ids ({@code test_x.py::TestSort::test_sort[10]}) the file and the innermost class.
 */
final class GroupKey {
    /** The reference's spellings, in its order, for messages. */
    static final String SPELLINGS = "fullname, name, func, group, module, class, param:NAME";

    private enum Kind { FULLNAME, NAME, FUNC, GROUP, MODULE, CLASS, DIM }

    private final Kind kind;
    private final String name;
    private final boolean numeric;

    private GroupKey(Kind kind, String name, boolean numeric) {
        this.kind = kind;
        this.name = name;
        this.numeric = numeric;
    }

    /**
     * The keys of {@code spec} (comma separated).
     *
     * @throws IllegalArgumentException naming the unknown key, the spellings and the dims
     */
    static List<GroupKey> parse(String spec, LongTable runs) {
        List<GroupKey> keys = new ArrayList<>();
        for (String raw : spec.split(",", -1)) {
            String key = raw.strip();
            keys.add(switch (key) {
                case "fullname" -> new GroupKey(Kind.FULLNAME, key, false);
                case "name" -> new GroupKey(Kind.NAME, key, false);
                case "func" -> new GroupKey(Kind.FUNC, key, false);
                case "group" -> new GroupKey(Kind.GROUP, key, false);
                case "module" -> new GroupKey(Kind.MODULE, key, false);
                case "class" -> new GroupKey(Kind.CLASS, key, false);
                default -> dim(key.startsWith("param:") ? key.substring("param:".length()) : key, key, runs);
            });
        }
        return keys;
    }

    private static GroupKey dim(String dim, String written, LongTable runs) {
        if (!runs.dims().contains(dim)) {
            throw new IllegalArgumentException("unknown key '" + written + "' (use " + SPELLINGS
                    + ", or a dim: " + String.join(", ", runs.dims()) + ")");
        }
        return new GroupKey(Kind.DIM, dim, runs.isNumeric(dim));
    }

    /** The key's name: a CSV column header, e.g. {@code fullname}, {@code n}. */
    String name() {
        return name;
    }

    /** The row's value as text; {@link Comparison#NO_VALUE} when the benchmark has none. */
    String value(Table summary, int row) {
        String text = switch (kind) {
            case FULLNAME -> summary.stringColumn("fullname").get(row);
            case NAME -> summary.stringColumn("id").get(row);
            case FUNC -> summary.stringColumn(LongTable.NODE_METHOD).get(row);
            case GROUP -> summary.stringColumn("group").get(row);
            case MODULE -> module(summary.stringColumn(LongTable.NODE_CLASS).get(row));
            case CLASS -> simpleClass(summary.stringColumn(LongTable.NODE_CLASS).get(row));
            case DIM -> dimText(summary.column(name), row);
        };
        return text == null || text.isEmpty() ? Comparison.NO_VALUE : text;
    }

    /** The value as a table title shows it: {@code n=10000} for a dim, the value alone for the reference's keys. */
    String part(String value) {
        return kind == Kind.DIM ? name + "=" + value : value;
    }

    /** Orders this key's values: numbers by value, text naturally, missing last. */
    Comparator<String> order() {
        Comparator<String> present = numeric ? Comparator.comparingDouble(Double::parseDouble) : NaturalOrder.INSTANCE;
        return (a, b) -> {
            boolean ma = a.equals(Comparison.NO_VALUE);
            boolean mb = b.equals(Comparison.NO_VALUE);
            return ma || mb ? Boolean.compare(ma, mb) : present.compare(a, b);
        };
    }

    /** A dim cell as text; {@link Comparison#NO_VALUE} when the benchmark lacks the dim. */
    static String dimText(Column<?> column, int row) {
        if (column instanceof DoubleColumn) {
            double d = ((DoubleColumn) column).getDouble(row);
            return Double.isNaN(d) ? Comparison.NO_VALUE : DimValues.format(d);
        }
        String s = ((StringColumn) column).get(row);
        return s.isEmpty() ? Comparison.NO_VALUE : s;
    }

    /** {@code test_x.py} of {@code test_x.py::TestSort}; {@code com.example} of {@code com.example.SortBench}. */
    private static String module(String nodeClass) {
        if (nodeClass == null || nodeClass.isEmpty()) {
            return "";
        }
        int colons = nodeClass.indexOf("::");
        if (colons >= 0 || nodeClass.endsWith(".py")) {
            return colons >= 0 ? nodeClass.substring(0, colons) : nodeClass;
        }
        int dot = nodeClass.lastIndexOf('.');
        return dot < 0 ? "" : nodeClass.substring(0, dot);
    }

    /** {@code TestSort} of {@code test_x.py::TestSort}; {@code SortBench} of {@code com.example.SortBench}. */
    private static String simpleClass(String nodeClass) {
        if (nodeClass == null || nodeClass.isEmpty()) {
            return "";
        }
        int colons = nodeClass.lastIndexOf("::");
        if (colons >= 0) {
            return nodeClass.substring(colons + 2);
        }
        return nodeClass.endsWith(".py") ? "" : nodeClass.substring(nodeClass.lastIndexOf('.') + 1);
    }
}
