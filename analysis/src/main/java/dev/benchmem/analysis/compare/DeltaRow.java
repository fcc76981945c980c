package dev.benchmem.analysis.compare;

import dev.benchmem.core.Change;
import java.util.Arrays;

/**
 * One id of a delta table: its value in each column (NaN where the id is absent).
 *
 * @param id     the row label: a benchmark id, or for a pivot the id without the pivot dim
 * @param values raw values (seconds, bytes, counts), one per column of the table
 */
public record DeltaRow(String id, double[] values) {

    public DeltaRow {
        values = values.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /** The value in {@code column} (NaN when absent). */
    public double value(int column) {
        return values[column];
    }

    /** The first column's value. */
    public double baseline() {
        return values[0];
    }

    /** The last column's value. */
    public double candidate() {
        return values[values.length - 1];
    }

    /** Last against first. */
    public Change change() {
        return Change.of(baseline(), candidate());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeltaRow && ((DeltaRow) o).id.equals(id) && Arrays.equals(((DeltaRow) o).values, values);
    }

    @Override
    public int hashCode() {
        return 31 * id.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return id + Arrays.toString(values);
    }
}
