package dev.benchmem.cli;

import dev.benchmem.analysis.LongTable;
import dev.benchmem.analysis.Stat;
import dev.benchmem.analysis.compare.CompareOptions;
import dev.benchmem.analysis.compare.Comparison;
import dev.benchmem.analysis.compare.CsvTables;
import dev.benchmem.analysis.compare.DeltaTable;
import dev.benchmem.analysis.compare.ExportFormat;
import dev.benchmem.analysis.compare.GateOutcome;
import dev.benchmem.analysis.compare.GateRule;
import dev.benchmem.analysis.compare.Layout;
import dev.benchmem.analysis.compare.SortOrder;
import dev.benchmem.analysis.compare.TableFormat;
import dev.benchmem.core.Metric;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code benchmem compare}: the delta table of two or more runs, CSV and dashboard exports, and the CI gate. */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        description = {
            "One run: a per-id table. Two or more: the runs side by side with the change of the last against the first.",
            "With --fail-on, exits 1 when an id grew beyond a threshold (last run against first, or with --pivot the "
                    + "dim's last value against its first)."},
        footer = {"", "Thresholds: METRIC:N%% (decimals allowed), or METRIC:N with a unit: B KiB MiB GiB for peak and "
                + "allocated, s ms us ns for time, a bare count for allocations. Only growth counts. time:N%%@LEVEL "
                + "also needs a Mann-Whitney U test on the timed rounds to say they differ at LEVEL.",
            "", "  benchmem compare main.json pr.json --fail-on peak:10%% --fail-on allocations:5%%",
            "  benchmem compare main.json pr.json --fail-on time:5%%@0.01",
            "  benchmem compare main.json pr.json --stat all",
            "  benchmem compare v1.json v2.json v3.json --diff --columns time,peak,allocations",
            "  benchmem compare pr.json --format bencher > bmf.json"})
public final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RunInputs inputs;

    @Mixin
    MetricOption metricOption;

    @Option(names = "--stat", paramLabel = "STAT", converter = Converters.StatChoiceConverter.class,
            description = "Statistic over each benchmark's passes (rounds for time): min, max, mean, median, stddev, "
                    + "or all (every statistic side by side, the reference's multipliers against the best run; default: min).")
    List<Stat> stats = List.of(Stat.MIN);

    @Option(names = "--diff",
            description = "One row per id and metric: the first run's value, then the signed change of each later run "
                    + "(red growth, green shrinking on a terminal).")
    boolean diff;

    @Option(names = "--sort", paramLabel = "ORDER",
            description = "Row order: name (numbers in ids by value), value (largest in the last run first) or change (default: name).")
    SortOrder sort = SortOrder.NAME;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = {"text, md (Markdown, for a pull-request comment or a job summary), or a dashboard's JSON of the "
                    + "last run: github-action-benchmark (customSmallerIsBetter) or bencher (Bencher Metric Format); default: text."})
    Format format = Format.TEXT;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the raw numbers (seconds, bytes, counts) and the change in percent to FILE.")
    Path csv;

    @Option(names = "--group-by", paramLabel = "KEYS",
            description = {"One table per value of the keys, separated by commas: fullname, name, func, group, module, class, "
                    + "param:NAME, or a dim (a param, an extra_info value, node.class, node.method, node.group)."})
    String groupBy;

    @Option(names = "--pivot", paramLabel = "DIM", description = "Compare along a dim inside each run: its values become the columns.")
    String pivot;

    @Option(names = "--fail-on", paramLabel = "METRIC:THRESHOLD", converter = Converters.GateRuleConverter.class,
            description = "Exit 1 when an id grows beyond the threshold, e.g. peak:10%%, peak:5MiB, time:2ms, allocations:100, "
                    + "time:5%%@0.01 (and the rounds differ by a rank test at 0.01). Repeatable.")
    List<GateRule> failOn = new ArrayList<>();

    @Option(names = "--significance", paramLabel = "LEVEL", converter = Converters.LevelConverter.class,
            description = "The rank test's level for every time threshold without its own @LEVEL, e.g. 0.01.")
    Double significance;

    /** The output formats by their command-line names: tables for people, JSON for dashboards. */
    enum Format {
        TEXT("text", TableFormat.TEXT, null),
        MD("md", TableFormat.MARKDOWN, null),
        GITHUB_ACTION_BENCHMARK("github-action-benchmark", null, ExportFormat.GITHUB_ACTION_BENCHMARK),
        BENCHER("bencher", null, ExportFormat.BENCHER);

        final String key;
        final TableFormat tableFormat;
        final ExportFormat exportFormat;

        Format(String key, TableFormat tableFormat, ExportFormat exportFormat) {
            this.key = key;
            this.tableFormat = tableFormat;
            this.exportFormat = exportFormat;
        }
    }

    /** {@code --format}: a format's command-line name. */
    static final class FormatConverter extends Converters.Parsing<Format> {
        FormatConverter() {
            super(key -> {
                for (Format f : Format.values()) {
                    if (f.key.equalsIgnoreCase(key.strip())) {
                        return f;
                    }
                }
                throw new IllegalArgumentException("unknown format '" + key + "' (expected text, md, github-action-benchmark, bencher)");
            });
        }
    }

    @Override
    public Integer call() {
        if (groupBy != null && pivot != null) {
            throw new ParameterException(spec.commandLine(), "--group-by and --pivot cannot be combined");
        }
        if (significance != null && failOn.stream().noneMatch(r -> r.threshold().metric() == Metric.TIME)) {
            throw new ParameterException(spec.commandLine(), "--significance applies to time thresholds: add --fail-on time:N%");
        }
        if (format.exportFormat != null && (diff || stats.size() > 1 || pivot != null)) {
            throw new ParameterException(spec.commandLine(), "--format " + format.key
                    + " exports one value per id and metric: not with --diff, --stat all or --pivot");
        }
        LongTable runs = inputs.load();
        List<Metric> metrics = metricOption.metrics(runs, List.of(Metric.TIME, Metric.PEAK));
        CompareOptions options = new CompareOptions(stats.get(0), sort, groupBy, pivot, metricOption.labels(runs));
        List<DeltaTable> tables = new ArrayList<>();
        for (Metric metric : metrics) {
            for (Stat stat : stats) {
                try {
                    tables.addAll(Comparison.tables(runs, metric, options.withStat(stat)));
                } catch (IllegalArgumentException e) {
                    throw new ParameterException(spec.commandLine(), (groupBy != null ? "--group-by " : "--pivot ") + e.getMessage());
                }
            }
        }
        if (diff && !tables.isEmpty() && !tables.get(0).compares()) {
            throw new ParameterException(spec.commandLine(), "--diff needs two runs or more, or one run with --pivot over a dim "
                    + "with two values or more");
        }
        GateOutcome outcome = gate(runs);
        if (csv != null) {
            writeCsv(tables);
        }
        // Printed last, so that an error (always one line on stderr) comes without a partial table.
        PrintWriter out = spec.commandLine().getOut();
        if (format.exportFormat != null) {
            out.print(format.exportFormat.render(tables));
        } else {
            Layout layout = diff ? Layout.DIFF : stats.size() > 1 ? Layout.SPREAD : Layout.DELTA;
            boolean colour = format == Format.TEXT && spec.commandLine().getColorScheme().ansi().enabled();
            out.print(format.tableFormat.render(tables, layout, colour));
        }
        if (!failOn.isEmpty()) {
            // Beside a JSON export the verdict goes to stderr, leaving stdout the document alone.
            PrintWriter verdict = format.exportFormat != null ? spec.commandLine().getErr() : out;
            TableFormat words = format.tableFormat != null ? format.tableFormat : TableFormat.TEXT;
            outcome.notes().forEach(verdict::println);
            verdict.print(words.renderRegressions(outcome.regressions()));
            verdict.flush();
        }
        out.flush();
        return outcome.regressions().isEmpty() ? 0 : 1;
    }

    private GateOutcome gate(LongTable runs) {
        if (failOn.isEmpty()) {
            return new GateOutcome(List.of(), List.of());
        }
        double level = significance == null ? Double.NaN : significance;
        List<GateRule> rules = failOn.stream().map(r -> r.withDefaultSignificance(level)).toList();
        return Comparison.gate(runs, stats.get(0), rules, pivot);
    }

    private void writeCsv(List<DeltaTable> tables) {
        try {
            CsvTables.write(csv, tables);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("--csv " + csv + ": no such directory", e);
        } catch (AccessDeniedException e) {
            throw new IllegalArgumentException("--csv " + csv + ": permission denied", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("--csv " + csv + ": cannot write (" + e.getMessage() + ")", e);
        }
    }
}
