package dev.benchmem.analysis.compare;

import dev.benchmem.core.Change;
import java.util.Arrays;
import java.util.List;

/**
 * One id of a delta table: its value in each column (NaN where the id is absent), and the
 * value of each label column in each column.
 *
 * @param id     the row label: a benchmark id, or for a pivot the id without the pivot dim
 * @param values raw values (seconds, bytes, counts), one per column of the table
 * @param labels per label column of the table, its text in each column ({@code —} where absent)
 * @param sources for a pivot, the benchmark id behind each column; empty when every column is {@code id}
 */
public record DeltaRow(String id, double[] values, List<List<String>> labels, List<String> sources) {

    public DeltaRow {
        values = values.clone();
        labels = labels.stream().map(List::copyOf).toList();
        sources = List.copyOf(sources);
    }

    /** A row whose columns are all benchmark {@code id}. */
    public DeltaRow(String id, double[] values, List<List<String>> labels) {
        this(id, values, labels, List.of());
    }

    /** A row without label columns. */
    public DeltaRow(String id, double[] values) {
        this(id, values, List.of());
    }

    /** The benchmark id behind {@code column}: {@code id}, or for a pivot the id that holds the pivot value. */
    public String source(int column) {
        return sources.isEmpty() ? id : sources.get(column);
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

    /**
     * Label column {@code label} as one cell of the runs-across table: the value, or the
     * values in column order joined by {@code →} where they differ.
     */
    public String labelText(int label) {
        List<String> texts = labels.get(label).stream().filter(t -> !t.equals(Comparison.NO_VALUE)).distinct().toList();
        return texts.isEmpty() ? Comparison.NO_VALUE : String.join("\u2192", texts);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeltaRow r && r.id.equals(id) && Arrays.equals(r.values, values) && r.labels.equals(labels);
    }

    @Override
    public int hashCode() {
        return 31 * id.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return id + Arrays.toString(values) + (labels.isEmpty() ? "" : labels.toString());
    }
}
