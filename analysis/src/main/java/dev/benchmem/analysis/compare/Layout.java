package dev.benchmem.analysis.compare;

import java.util.List;

/** How delta tables are laid out for people; every layout reads the same {@link DeltaTable}s. */
public enum Layout {
    /** Ids down, runs across, the change of the last against the first: one table per metric and statistic. */
    DELTA,
    /** {@code --stat all}: statistics across, one row per id and run, the reference's multipliers against the best run. */
    SPREAD,
    /** {@code --diff}: one row per id and metric, the first run's value, then the change of each later run. */
    DIFF;

    List<Grid> grids(List<DeltaTable> tables) {
        return switch (this) {
            case DELTA -> tables.stream().map(DeltaLayout::grid).toList();
            case SPREAD -> SpreadLayout.grids(tables);
            case DIFF -> DiffLayout.grids(tables);
        };
    }
}
