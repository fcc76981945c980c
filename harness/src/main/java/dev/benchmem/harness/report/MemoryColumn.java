package dev.benchmem.harness.report;

import dev.benchmem.core.BenchmarkResult;
import dev.benchmem.core.MemoryPasses;
import dev.benchmem.core.Units;
import dev.benchmem.core.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * A memory column of the terminal table: a metric's headline (minimum over the passes) or,
 * as a spread column, its maximum; the unit of a byte metric is chosen from the group's
 * largest value and shown in the header of the metric's first column. A row whose passes did
 * not measure the metric (rss outside isolated passes) shows {@code —}.
 */
record MemoryColumn(Metric metric, String header, ToLongFunction<MemoryPasses> value, Units.Unit unit,
        long best, long worst, int width) {

    /** The columns for {@code metrics} over {@code rows}; none when no row has memory. */
    static List<MemoryColumn> of(List<Metric> metrics, List<BenchmarkResult> rows) {
        List<MemoryColumn> columns = new ArrayList<>();
        if (rows.stream().allMatch(r -> r.memory() == null)) {
            return columns;
        }
        for (Metric metric : metrics) {
            List<MemoryPasses> measured = rows.stream().map(BenchmarkResult::memory)
                    .filter(m -> m != null && m.has(metric)).toList();
            long largest = measured.stream().mapToLong(m -> m.max(metric)).max().orElse(0);
            Units.Unit unit = metric.isBytes() ? Units.bytes(largest) : null;
            String header = metric.label() + (unit == null ? "" : " (" + unit.symbol() + ")");
            columns.add(column(metric, header, m -> m.headline(metric), unit, measured));
            // Only when some id's worst pass differs from its best at display precision: two
            // equal numbers side by side would suggest a spread that is not there.
            boolean spread = measured.stream()
                    .anyMatch(m -> !format(m.headline(metric), unit).equals(format(m.max(metric), unit)));
            if (spread) {
                columns.add(column(metric, metric.label() + "·max", m -> m.max(metric), unit, measured));
            }
        }
        return columns;
    }

    private static MemoryColumn column(Metric metric, String header, ToLongFunction<MemoryPasses> value,
            Units.Unit unit, List<MemoryPasses> measured) {
        long best = measured.stream().mapToLong(value).min().orElse(0);
        long worst = measured.stream().mapToLong(value).max().orElse(0);
        int width = header.length();
        for (MemoryPasses m : measured) {
            width = Math.max(width, format(value.applyAsLong(m), unit).length());
        }
        return new MemoryColumn(metric, header, value, unit, best, worst, width);
    }

    private static String format(long v, Units.Unit unit) {
        return unit == null ? Units.count(v) : Units.bytesIn(v, unit);
    }

    /** The cell of {@code row}, right-aligned; {@code —} without the metric; best green, worst red. */
    String cell(BenchmarkResult row, boolean solo, Ansi ansi) {
        if (row.memory() == null || !row.memory().has(metric)) {
            return TerminalTable.lpad("—", width);
        }
        long v = value.applyAsLong(row.memory());
        String text = TerminalTable.lpad(format(v, unit), width);
        if (solo || best == worst) {
            return text;
        }
        return v == best ? ansi.style(text, Ansi.GREEN) : v == worst ? ansi.style(text, Ansi.RED) : text;
    }
}
