package dev.benchmem.analysis.compare;

import dev.benchmem.analysis.Stat;
import java.util.List;

/**
 * How to build delta tables.
 *
 * @param stat    the statistic over each benchmark's passes (rounds for time)
 * @param sort    row order
 * @param groupBy {@code --group-by} keys, comma separated ({@code class,param:n}): one table per
 *                combination of their values; null for none
 * @param pivot   a dim whose values become the columns, compared inside each run; null for none
 * @param labels  {@code extra:NAME} label columns: dims (extra_info values, params) shown per row
 */
public record CompareOptions(Stat stat, SortOrder sort, String groupBy, String pivot, List<String> labels) {

    /** Minimum (the headline figure), by name, one table. */
    public static CompareOptions defaults() {
        return new CompareOptions(Stat.MIN, SortOrder.NAME, null, null);
    }

    /** Without label columns. */
    public CompareOptions(Stat stat, SortOrder sort, String groupBy, String pivot) {
        this(stat, sort, groupBy, pivot, List.of());
    }

    public CompareOptions {
        if (groupBy != null && pivot != null) {
            throw new IllegalArgumentException("--group-by and --pivot cannot be combined");
        }
        labels = List.copyOf(labels);
    }

    /** These options with another statistic. */
    public CompareOptions withStat(Stat other) {
        return new CompareOptions(other, sort, groupBy, pivot, labels);
    }
}
