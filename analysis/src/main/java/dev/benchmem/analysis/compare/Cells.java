package dev.benchmem.analysis.compare;

import dev.benchmem.core.Metric;
import dev.benchmem.core.Units;
import dev.benchmem.core.Change;
import dev.benchmem.analysis.Stat;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * The text of table cells, as the reference prints them: time in seconds to four significant
 * digits ({@code 5.029e-05}), bytes in one unit per table with two decimals, counts as integers,
 * changes as signed percents with one decimal, {@code —} where a value is missing.
 */
final class Cells {
    static final String MISSING = "\u2014";

    private Cells() {
    }

    /** The display unit of tables of one metric: seconds for time, else from their largest value. */
    static Units.Unit unit(List<DeltaTable> tables) {
        if (tables.get(0).metric() == Metric.TIME) {
            return Units.seconds(1);
        }
        double max = 0;
        for (DeltaTable table : tables) {
            for (DeltaRow row : table.rows()) {
                for (double v : row.values()) {
                    if (!Double.isNaN(v) && !Double.isInfinite(v)) {
                        max = Math.max(max, Math.abs(v));
                    }
                }
            }
        }
        return Units.of(tables.get(0).metric(), max);
    }

    /**
     * E.g. {@code peak (MiB)}, {@code time (s, median)}, {@code allocations}, then the section;
     * without {@code unitAndStat} the metric alone ({@code peak — n=10}).
     */
    static String title(DeltaTable table, Units.Unit unit, boolean unitAndStat) {
        if (!unitAndStat) {
            return table.section().isAll() ? table.metric().key() : table.metric().key() + " \u2014 " + table.section().label();
        }
        String qualifier = unit.symbol();
        if (table.stat() != Stat.MIN) {
            qualifier = qualifier.isEmpty() ? table.stat().key() : qualifier + ", " + table.stat().key();
        }
        String title = qualifier.isEmpty() ? table.metric().key() : table.metric().key() + " (" + qualifier + ")";
        return table.section().isAll() ? title : title + " \u2014 " + table.section().label();
    }

    static String value(Metric metric, Units.Unit unit, double raw) {
        if (Double.isNaN(raw)) {
            return MISSING;
        }
        switch (metric.quantity()) {
            case SECONDS:
                return Units.significant(unit.scale(raw), 4);
            case BYTES:
                return Units.fixed(unit.scale(raw), unit.size() == 1 ? 0 : 2);
            default:
                return Units.fixed(raw, 0);
        }
    }
}
