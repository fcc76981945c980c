package dev.benchmem.harness.report;

import dev.benchmem.core.BenchmarkResult;
import dev.benchmem.core.Outcome;
import dev.benchmem.core.Terminal;
import dev.benchmem.core.Units;
import dev.benchmem.core.TimingStats;
import dev.benchmem.core.Metric;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * The run's table, one per group: pytest-benchmark's timing columns (its widths, number
 * format, unit chosen from the data, and {@code (ratio)} to the group's best), then a {@code
 * │} and the memory columns of the reference ({@code peak (MiB)}, {@code allocated (MiB)},
 * {@code allocs}, then {@code rss} where some benchmark measured it and {@code retained} where
 * some benchmark left bytes alive; the
 * headline = minimum over the passes), a footer saying the memory comes
 * from a separate pass. When a metric's passes disagree for some benchmark, a {@code
 * <metric>·max} column follows it, so the spread is visible. Benchmarks without timing stats
 * are not shown; those without memory show {@code —} on the memory side.
 *
 * <p>Colour as pytest-benchmark's: group title and rule yellow, each column's best green and
 * worst red, a failed benchmark's name inverted red; {@link Builder#color} decides, and
 * {@link #autoColor()} is on for a terminal, off when piped or {@code NO_COLOR} is set.
 */
public final class TerminalTable {

    /** pytest-benchmark's default {@code --benchmark-columns}. */
    public static final List<String> DEFAULT_COLUMNS = List.of("min", "max", "mean", "stddev",
            "median", "iqr", "outliers", "ops", "rounds", "iterations");
    /** The sort keys pytest-benchmark accepts ({@code --benchmark-sort}); default {@code min}. */
    public static final List<String> SORT_KEYS =
            List.of("min", "max", "mean", "stddev", "name", "fullname");
    /** The line under a table with memory columns. */
    public static final String MEMORY_FOOTER =
            "memory (right of │): a separate, untimed pass, not the timed rounds";

    private static final Set<String> COUNT_COLUMNS = Set.of("outliers", "rounds", "iterations");
    private static final Map<String, String> LABELS = labels();
    private static final int RATIO_WIDTH = 10;

    private final List<String> columns;
    private final String sort;
    private final List<Metric> memoryColumns;
    private final Ansi ansi;

    private TerminalTable(Builder b) {
        this.columns = b.columns;
        this.sort = b.sort;
        this.memoryColumns = b.memoryColumns;
        this.ansi = new Ansi(b.color);
    }

    /** Defaults: every timing column, sort by min, the memory columns of {@link #memoryColumns}, colour off. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether colour should be on: a terminal, {@code NO_COLOR} unset (or {@code FORCE_COLOR}). */
    public static boolean autoColor() {
        return Ansi.auto(System.getenv());
    }

    /**
     * Parses {@code --benchmark-columns}: comma-separated, case-insensitive; a one-line error
     * like pytest-benchmark's for unknown names.
     */
    public static List<String> parseColumns(String spec) {
        List<String> out = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        for (String c : spec.split(",")) {
            String name = c.strip().toLowerCase(Locale.ROOT);
            (DEFAULT_COLUMNS.contains(name) ? out : bad).add(name);
        }
        if (!bad.isEmpty()) {
            throw new IllegalArgumentException("Invalid column name(s): " + String.join(", ", bad)
                    + ". The only valid column names are: " + String.join(", ", DEFAULT_COLUMNS));
        }
        return List.copyOf(out);
    }

    /** Parses {@code --benchmark-memory-columns}: {@code peak,allocated,allocations,rss,retained}. */
    public static List<Metric> parseMemoryColumns(String spec) {
        List<Metric> out = new ArrayList<>();
        for (String c : spec.split(",")) {
            out.add(Metric.parseMemory(c));
        }
        return List.copyOf(out);
    }

    /** The tables of every group, in group-name order (ungrouped first). */
    public String render(List<BenchmarkResult> results) {
        Map<String, List<BenchmarkResult>> groups = new TreeMap<>();
        for (BenchmarkResult r : results) {
            if (r.stats() != null) {
                groups.computeIfAbsent(Objects.requireNonNullElse(r.group(), ""), g -> new ArrayList<>())
                        .add(r);
            }
        }
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, List<BenchmarkResult>> g : groups.entrySet()) {
            if (out.length() > 0) {
                out.append('\n');
            }
            String group = g.getValue().get(0).group();
            List<BenchmarkResult> rows = sorted(g.getValue());
            List<Metric> memory = memoryColumns(g.getValue());
            GroupTable table = new GroupTable(group, rows, memory, null);
            Units.Unit larger = table.largerTimeUnit();
            // Wider than the terminal (times from nanoseconds to milliseconds, long ids): the next
            // larger unit, when the best keeps four significant digits there (750.7619 ns as
            // 0.7508 us), takes four characters off every number. pytest-benchmark always takes
            // the best's unit.
            if (table.width() > Terminal.COLUMNS && larger != null) {
                GroupTable narrower = new GroupTable(group, rows, memory, larger);
                table = narrower.width() < table.width() ? narrower : table;
            }
            table.render(out);
        }
        return out.toString();
    }

    /**
     * The columns asked for, else the reference's three ({@code peak, allocated, allocs}) and
     * the metrics that say something for this group: {@code rss} where a benchmark measured it
     * (isolated passes, asked for), {@code retained} where a benchmark left bytes alive. A column
     * of zeros would only widen the table past a 120-column terminal.
     */
    private List<Metric> memoryColumns(List<BenchmarkResult> group) {
        return memoryColumns != null ? memoryColumns : Metric.memory().stream()
                .filter(m -> group.stream().anyMatch(r -> r.memory() != null && r.memory().has(m)
                        && (m != Metric.RETAINED || r.memory().headline(m) > 0)))
                .toList();
    }

    private List<BenchmarkResult> sorted(List<BenchmarkResult> rows) {
        Comparator<BenchmarkResult> order = switch (sort) {
            case "name" -> Comparator.comparing(BenchmarkResult::name);
            case "fullname" -> Comparator.comparing(BenchmarkResult::fullname);
            default -> Comparator.comparingDouble(r -> stat(sort).applyAsDouble(r.stats()));
        };
        return rows.stream().sorted(order).toList();
    }

    private static ToDoubleFunction<TimingStats> stat(String column) {
        return switch (column) {
            case "min" -> TimingStats::min;
            case "max" -> TimingStats::max;
            case "mean" -> TimingStats::mean;
            case "stddev" -> TimingStats::stddev;
            case "median" -> TimingStats::median;
            case "iqr" -> TimingStats::iqr;
            case "ops" -> TimingStats::ops;
            default -> throw new IllegalArgumentException("not a numeric column: " + column);
        };
    }

    /** One group's table. */
    private final class GroupTable {
        private final String group;
        private final List<BenchmarkResult> rows;
        private final boolean solo;
        private final Map<String, Double> best = new LinkedHashMap<>();
        private final Map<String, Double> worst = new LinkedHashMap<>();
        private final Units.Unit timeUnit;
        /** The time, in seconds, that pytest-benchmark takes the unit from. */
        private final double unitBasis;
        private final Units.Unit opsUnit;
        private final List<MemoryColumn> memory;

        /** @param timeUnit the unit of the times; null: pytest-benchmark's, from the best of the sort column */
        GroupTable(String group, List<BenchmarkResult> rows, List<Metric> memoryColumns, Units.Unit timeUnit) {
            this.group = group;
            this.rows = rows;
            this.solo = rows.size() == 1;
            for (String c : List.of("min", "max", "mean", "median", "iqr", "stddev", "ops")) {
                ToDoubleFunction<TimingStats> f = stat(c);
                double lo = rows.stream().mapToDouble(r -> f.applyAsDouble(r.stats())).min().orElseThrow();
                double hi = rows.stream().mapToDouble(r -> f.applyAsDouble(r.stats())).max().orElseThrow();
                best.put(c, c.equals("ops") ? hi : lo);
                worst.put(c, c.equals("ops") ? lo : hi);
            }
            // pytest-benchmark: the best of the sort column; by name, the first row's min.
            String unitKey = sort.equals("name") || sort.equals("fullname") ? null : sort;
            this.unitBasis = unitKey == null ? rows.get(0).stats().min() : best.get(unitKey);
            this.timeUnit = timeUnit != null ? timeUnit : Units.timePrefix(unitBasis);
            this.opsUnit = Units.operationsPrefix(worst.get("ops"));
            this.memory = MemoryColumn.of(memoryColumns, rows);
        }

        /** The next larger time unit if the best keeps four significant digits in it (0.1000 or more); else null. */
        Units.Unit largerTimeUnit() {
            if (timeUnit.size() >= 1 || timeUnit.scale(unitBasis) < 100) {
                return null;
            }
            return Units.timePrefix(timeUnit.size() * 1000);
        }

        /** Characters in a row of this table: its header's. */
        int width() {
            return header(widths()).length();
        }

        private Map<String, Integer> widths() {
            Map<String, Integer> widths = new LinkedHashMap<>();
            widths.put("name", 3 + Math.max(nameLabel().length(),
                    rows.stream().mapToInt(r -> r.name().length()).max().orElse(0)));
            for (String c : columns) {
                int cells = rows.stream().mapToInt(r -> plainCell(r, c).length()).max().orElse(0);
                widths.put(c, 2 + Math.max(label(c).length(), cells));
            }
            return widths;
        }

        private String nameLabel() {
            return "Name (time in " + timeUnit.symbol() + "s)";
        }

        private String header(Map<String, Integer> widths) {
            int padding = solo ? 0 : RATIO_WIDTH;
            StringBuilder header = new StringBuilder(pad(nameLabel(), widths.get("name")));
            for (String c : columns) {
                header.append(lpad(label(c), widths.get(c)));
                if (!COUNT_COLUMNS.contains(c)) {
                    header.append(" ".repeat(padding));
                }
            }
            if (!memory.isEmpty()) {
                header.append(dividerFor(padding));
                memory.forEach(m -> header.append("  ").append(lpad(m.header(), m.width())));
            }
            return header.toString();
        }

        void render(StringBuilder out) {
            Map<String, Integer> widths = widths();
            int padding = solo ? 0 : RATIO_WIDTH;
            String header = header(widths);
            String divider = dividerFor(padding);
            String title = "benchmark" + (group == null ? "" : " '" + group + "'") + ": "
                    + rows.size() + " tests";
            out.append(ansi.style(title, Ansi.YELLOW)).append('\n');
            out.append(header).append('\n');
            out.append(ansi.style("─".repeat(header.length()), Ansi.YELLOW)).append('\n');
            for (BenchmarkResult r : rows) {
                boolean failed = r.outcome() == Outcome.FAILED;
                out.append(failed ? ansi.style(pad(r.name(), widths.get("name")), Ansi.RED, Ansi.INVERT)
                        : pad(r.name(), widths.get("name")));
                for (String c : columns) {
                    out.append(cell(r, c, widths.get(c), padding));
                }
                if (!memory.isEmpty()) {
                    out.append(ansi.style(divider, Ansi.DIM));
                    memory.forEach(m -> out.append("  ").append(m.cell(r, solo, ansi)));
                }
                out.append('\n');
            }
            if (!memory.isEmpty()) {
                out.append('\n').append(ansi.style(MEMORY_FOOTER, Ansi.DIM)).append('\n');
            }
        }

        private String label(String column) {
            if (column.equals("ops") && !opsUnit.symbol().isEmpty()) {
                return "OPS (" + opsUnit.symbol() + "ops/s)";
            }
            return LABELS.get(column);
        }

        /** After a ratio column its padding already separates; after a count column add one. */
        private String dividerFor(int padding) {
            boolean ratioLast = !columns.isEmpty()
                    && !COUNT_COLUMNS.contains(columns.get(columns.size() - 1));
            return padding > 0 && ratioLast ? "│" : " │";
        }

        private String plainCell(BenchmarkResult r, String c) {
            TimingStats s = r.stats();
            return switch (c) {
                case "outliers" -> s.outliers();
                case "rounds" -> Integer.toString(s.rounds());
                case "iterations" -> Long.toString(s.iterations());
                case "ops" -> Units.grouped(opsUnit.scale(s.ops()), 4);
                default -> Units.grouped(timeUnit.scale(stat(c).applyAsDouble(s)), 4);
            };
        }

        private String cell(BenchmarkResult r, String c, int width, int padding) {
            String text = lpad(plainCell(r, c), width);
            if (COUNT_COLUMNS.contains(c)) {
                return text;
            }
            double value = stat(c).applyAsDouble(r.stats());
            text += pad(ratio(best.get(c), value, padding), padding);
            if (solo) {
                return ansi.style(text, Ansi.BOLD);
            }
            String colour = value == best.get(c) ? Ansi.GREEN : value == worst.get(c) ? Ansi.RED : null;
            return colour == null ? ansi.style(text, Ansi.BOLD) : ansi.style(text, colour, Ansi.BOLD);
        }
    }

    /** pytest-benchmark's {@code compute_baseline_scale}. */
    static String ratio(double best, double value, int width) {
        if (width == 0) {
            return "";
        }
        if (value == best) {
            return " (1.0)";
        }
        double scale = best != 0 ? Math.abs(value / best) : Double.POSITIVE_INFINITY;
        if (scale > 1000) {
            return Double.isInfinite(scale) ? " (inf)" : " (>1000.0)";
        }
        return " (" + Units.fixed(scale, 2) + ")";
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    static String lpad(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    private static Map<String, String> labels() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("min", "Min");
        m.put("max", "Max");
        m.put("mean", "Mean");
        m.put("stddev", "StdDev");
        m.put("median", "Median");
        m.put("iqr", "IQR");
        m.put("outliers", "Outliers");
        m.put("ops", "OPS");
        m.put("rounds", "Rounds");
        m.put("iterations", "Iterations");
        return m;
    }

    /** Builds a {@link TerminalTable}. */
    public static final class Builder {
        private List<String> columns = DEFAULT_COLUMNS;
        private String sort = "min";
        /** Null: in each group, the reference's three and what says something for the group ({@link #memoryColumns}). */
        private List<Metric> memoryColumns;
        private boolean color;

        private Builder() {}

        /** Timing columns in order, from {@link #DEFAULT_COLUMNS}. */
        public Builder columns(List<String> columns) {
            this.columns = parseColumns(String.join(",", columns));
            return this;
        }

        /** One of {@link #SORT_KEYS}. */
        public Builder sort(String sort) {
            String s = sort.strip().toLowerCase(Locale.ROOT);
            if (!SORT_KEYS.contains(s)) {
                throw new IllegalArgumentException("Unacceptable value: '" + sort
                        + "'. Value for --benchmark-sort must be one of: " + String.join(", ", SORT_KEYS)
                        + ".");
            }
            this.sort = s;
            return this;
        }

        /** Memory metrics to show, in order. */
        public Builder memoryColumns(List<Metric> memoryColumns) {
            this.memoryColumns = List.copyOf(memoryColumns);
            return this;
        }

        public Builder color(boolean color) {
            this.color = color;
            return this;
        }

        public TerminalTable build() {
            return new TerminalTable(this);
        }
    }
}
