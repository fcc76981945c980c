package dev.benchmem.cli;

import dev.benchmem.analysis.LongTable;
import dev.benchmem.analysis.compare.TableColumn;
import dev.benchmem.core.Metric;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Mixin: {@code --columns LIST} as the reference spells it, {@code --metric} its alias. Each
 * entry is a metric ({@code time}, {@code peak}, {@code allocated}, {@code allocations}, and
 * whatever else {@link Metric} has) or, for compare, {@code extra:NAME}: an extra_info label.
 */
public final class MetricOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = {"--columns", "--metric"}, paramLabel = "LIST", split = ",", converter = Converters.ColumnConverter.class,
            description = {"Metrics: time, peak, allocated, allocations, rss, retained (rss and retained where runs carry them); --metric is an alias.",
                "compare shows several, one table each, and extra:NAME, a label column with an extra_info value "
                        + "per row (default: time,peak, those the runs carry).",
                "plot draws one metric (default: peak when the runs carry memory, else time)."})
    List<TableColumn> columns = new ArrayList<>();

    /**
     * The metrics asked for, in order and without repeats; without any, those of {@code defaults}
     * that a run carries (the first metric a run carries when none does). Each metric asked for
     * must be in at least one run.
     */
    public List<Metric> metrics(LongTable runs, List<Metric> defaults) {
        return metrics(runs.metrics(), defaults);
    }

    /** {@link #metrics(LongTable, List)} over the metrics the runs carry, {@code present}. */
    private List<Metric> metrics(Set<Metric> present, List<Metric> defaults) {
        Set<Metric> asked = new LinkedHashSet<>();
        for (TableColumn c : columns) {
            if (!c.isLabel()) {
                if (!present.contains(c.metric())) {
                    throw new ParameterException(mixee.commandLine(), optionName() + " " + c.key() + ": no run has "
                            + c.key() + " (these runs have: " + String.join(", ", present.stream().map(Metric::key).toList()) + ")");
                }
                asked.add(c.metric());
            }
        }
        if (!asked.isEmpty()) {
            return List.copyOf(asked);
        }
        List<Metric> carried = defaults.stream().filter(present::contains).toList();
        if (!carried.isEmpty()) {
            return carried;
        }
        return List.of(present.stream().findFirst().orElse(Metric.TIME));
    }

    /** The {@code extra:NAME} label columns, in order; each must be a dim of at least one run. */
    public List<String> labels(LongTable runs) {
        Set<String> labels = new LinkedHashSet<>();
        for (TableColumn c : columns) {
            if (c.isLabel()) {
                if (!runs.dims().contains(c.extra()) || c.extra().startsWith("node.")) {
                    throw new ParameterException(mixee.commandLine(), optionName() + " " + c.key() + ": no run has an "
                            + "extra_info or param '" + c.extra() + "' (these runs have: " + userDims(runs) + ")");
                }
                labels.add(c.extra());
            }
        }
        return List.copyOf(labels);
    }

    /**
     * For commands that show one metric: the one asked for (several, or a label column, is a
     * usage error), or peak when the runs carry memory, else time.
     */
    public Metric resolveOne(LongTable runs) {
        return resolveOne(runs.metrics());
    }

    /** {@link #resolveOne(LongTable)} over the metrics the runs carry, {@code present} (a history database's). */
    public Metric resolveOne(Set<Metric> present) {
        for (TableColumn c : columns) {
            if (c.isLabel()) {
                throw new ParameterException(mixee.commandLine(), optionName() + " " + c.key()
                        + ": label columns are for compare; give one metric here");
            }
        }
        List<Metric> resolved = metrics(present, List.of(Metric.PEAK, Metric.TIME));
        if (columns.isEmpty()) {
            return resolved.get(0);
        }
        if (resolved.size() > 1) {
            throw new ParameterException(mixee.commandLine(), optionName() + ": give one metric here, not " + resolved.size());
        }
        return resolved.get(0);
    }

    /** {@code --metric} when the user typed the alias, else {@code --columns}: messages name what was typed. */
    private String optionName() {
        var parsed = mixee.commandLine().getParseResult();
        if (parsed != null) {
            for (String arg : parsed.originalArgs()) {
                if (arg.equals("--metric") || arg.startsWith("--metric=")) {
                    return "--metric";
                }
            }
        }
        return "--columns";
    }

    private static String userDims(LongTable runs) {
        List<String> dims = runs.dims().stream().filter(d -> !d.startsWith("node.")).toList();
        return dims.isEmpty() ? "none" : String.join(", ", dims);
    }
}
