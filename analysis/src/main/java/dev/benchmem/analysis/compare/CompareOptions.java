package dev.benchmem.analysis.compare;

import dev.benchmem.analysis.Stat;

/**
 * How to build delta tables.
 *
 * @param stat    the statistic over each benchmark's passes (rounds for time)
 * @param sort    row order
 * @param groupBy a dim: one table per value of it; null for none
 * @param pivot   a dim whose values become the columns, compared inside each run; null for none
 */
public record CompareOptions(Stat stat, SortOrder sort, String groupBy, String pivot) {

    /** Minimum (the headline figure), by name, one table. */
    public static CompareOptions defaults() {
        return new CompareOptions(Stat.MIN, SortOrder.NAME, null, null);
    }

    public CompareOptions {
        if (groupBy != null && pivot != null) {
            throw new IllegalArgumentException("--group-by and --pivot cannot be combined");
        }
    }
}
