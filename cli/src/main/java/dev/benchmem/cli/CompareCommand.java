package dev.benchmem.cli;

import dev.benchmem.core.Metric;
import dev.benchmem.core.Threshold;
import dev.benchmem.core.Regression;
import dev.benchmem.analysis.LongTable;
import dev.benchmem.analysis.Stat;
import dev.benchmem.analysis.compare.CompareOptions;
import dev.benchmem.analysis.compare.Comparison;
import dev.benchmem.analysis.compare.CsvTables;
import dev.benchmem.analysis.compare.DeltaTable;
import dev.benchmem.analysis.compare.SortOrder;
import dev.benchmem.analysis.compare.TableFormat;
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

/** {@code benchmem compare}: the delta table of two or more runs, CSV for other tools, and the CI gate. */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        description = {
            "One run: a per-id table. Two or more: the runs side by side with the change of the last against the first.",
            "With --fail-on, exits 1 when an id grew beyond a threshold (last run against first)."},
        footer = {"", "Thresholds: METRIC:N%% (decimals allowed), or METRIC:N with a unit: B KiB MiB GiB for peak and "
                + "allocated, s ms us ns for time, a bare count for allocations. Only growth counts.",
            "", "  benchmem compare main.json pr.json --fail-on peak:10%% --fail-on allocations:5%%"})
public final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RunInputs inputs;

    @Mixin
    MetricOption metricOption;

    @Option(names = "--stat", paramLabel = "STAT", converter = Converters.StatConverter.class,
            description = "Statistic over each benchmark's passes (rounds for time): min, max, mean, median, stddev (default: min).")
    Stat stat = Stat.MIN;

    @Option(names = "--sort", paramLabel = "ORDER",
            description = "Row order: name (numbers in ids by value), value (largest in the last run first) or change (default: name).")
    SortOrder sort = SortOrder.NAME;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or md (Markdown, for a pull-request comment or a job summary; default: text).")
    Format format = Format.TEXT;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the raw numbers (seconds, bytes, counts) and the change in percent to FILE.")
    Path csv;

    @Option(names = "--group-by", paramLabel = "KEYS",
            description = {"One table per value of the keys, separated by commas: fullname, name, func, group, module, class, "
                    + "param:NAME, or a dim (a param, an extra_info value, node.class, node.method, node.group)."})
    String groupBy;

    @Option(names = "--pivot", paramLabel = "DIM", description = "Compare along a dim inside each run: its values become the columns.")
    String pivot;

    @Option(names = "--fail-on", paramLabel = "METRIC:THRESHOLD", converter = Converters.ThresholdConverter.class,
            description = "Exit 1 when an id grows beyond the threshold, e.g. peak:10%%, peak:5MiB, time:2ms, allocations:100. Repeatable.")
    List<Threshold> failOn = new ArrayList<>();

    /** The text formats by their command-line names. */
    enum Format {
        TEXT(TableFormat.TEXT), MD(TableFormat.MARKDOWN);

        final TableFormat tableFormat;

        Format(TableFormat tableFormat) {
            this.tableFormat = tableFormat;
        }
    }

    @Override
    public Integer call() {
        if (groupBy != null && pivot != null) {
            throw new ParameterException(spec.commandLine(), "--group-by and --pivot cannot be combined");
        }
        LongTable runs = inputs.load();
        List<Metric> metrics = metricOption.metrics(runs, List.of(Metric.TIME, Metric.PEAK));
        CompareOptions options = new CompareOptions(stat, sort, groupBy, pivot, metricOption.labels(runs));
        List<DeltaTable> tables = new ArrayList<>();
        for (Metric metric : metrics) {
            try {
                tables.addAll(Comparison.tables(runs, metric, options));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), (groupBy != null ? "--group-by " : "--pivot ") + e.getMessage());
            }
        }
        List<Regression> regressions = failOn.isEmpty() ? List.of() : Comparison.regressions(runs, stat, failOn);
        if (csv != null) {
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
        // Printed last, so that an error (always one line on stderr) comes without a partial table.
        PrintWriter out = spec.commandLine().getOut();
        out.print(format.tableFormat.render(tables));
        if (!failOn.isEmpty()) {
            out.print(format.tableFormat.renderRegressions(regressions));
        }
        out.flush();
        return regressions.isEmpty() ? 0 : 1;
    }
}
