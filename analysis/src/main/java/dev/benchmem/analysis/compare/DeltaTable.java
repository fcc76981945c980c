package dev.benchmem.analysis.compare;

import dev.benchmem.core.Metric;
import dev.benchmem.analysis.Stat;
import java.util.List;

/**
 * Values of one metric, ids down and runs (or pivot values) across; with two or more columns
 * the last is compared against the first.
 *
 * @param section    which slice this table holds ({@link Section#ALL} unless grouped or pivoted)
 * @param columns    column names: run labels, or the pivot dim's values
 */
public record DeltaTable(Metric metric, Stat stat, Section section, List<String> columns, List<DeltaRow> rows) {

    /**
     * A slice of the rows: the value of a dim for {@code --group-by}, the run for {@code --pivot}.
     *
     * @param key   the dim name or {@code "run"}; empty for {@link #ALL}
     * @param value the slice's value as text
     */
    public record Section(String key, String value) {
        /** The whole table. */
        public static final Section ALL = new Section("", "");

        /** True for {@link #ALL}. */
        public boolean isAll() {
            return key.isEmpty();
        }

        /** {@code key=value} for titles, e.g. {@code n=10000}. */
        public String label() {
            return isAll() ? "" : key + "=" + value;
        }
    }

    public DeltaTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** True when the table compares (two columns or more) and so has a change column. */
    public boolean compares() {
        return columns.size() > 1;
    }
}
