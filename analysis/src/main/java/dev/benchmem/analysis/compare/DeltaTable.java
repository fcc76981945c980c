package dev.benchmem.analysis.compare;

import dev.benchmem.analysis.Stat;
import dev.benchmem.core.Metric;
import java.util.List;

/**
 * Values of one metric and statistic, ids down and runs (or pivot values) across; with two or
 * more columns the last is compared against the first.
 *
 * @param section    which slice this table holds ({@link Section#ALL} unless grouped or pivoted)
 * @param labels     the {@code extra:NAME} label columns' names, whose values each row carries
 * @param columns    column names: run labels, or the pivot dim's values
 */
public record DeltaTable(Metric metric, Stat stat, Section section, List<String> labels, List<String> columns,
                         List<DeltaRow> rows) {

    /**
     * A slice of the rows: the values of the {@code --group-by} keys, or the run for {@code --pivot}.
     *
     * @param keys   the keys' names ({@code n}, {@code class}, or {@code run}); empty for {@link #ALL}
     * @param values the slice's value of each key, as text
     * @param label  how a title names the slice: {@code n=10000}, {@code SortBench n=10000}
     */
    public record Section(List<String> keys, List<String> values, String label) {
        /** The whole table. */
        public static final Section ALL = new Section(List.of(), List.of(), "");

        public Section {
            keys = List.copyOf(keys);
            values = List.copyOf(values);
        }

        /** One {@code key=value} slice, e.g. the run of a pivot. */
        public static Section of(String key, String value) {
            return new Section(List.of(key), List.of(value), key + "=" + value);
        }

        /** True for {@link #ALL}. */
        public boolean isAll() {
            return keys.isEmpty();
        }
    }

    public DeltaTable {
        labels = List.copyOf(labels);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** True when the table compares (two columns or more) and so has a change column. */
    public boolean compares() {
        return columns.size() > 1;
    }
}
