package dev.benchmem.cli;

import dev.benchmem.core.Metric;
import dev.benchmem.analysis.LongTable;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Mixin: {@code --metric}, defaulting to peak when the runs carry memory, else time. */
public final class MetricOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--metric", paramLabel = "METRIC", split = ",", converter = Converters.MetricConverter.class,
            description = "time, peak, allocated or allocations (default: peak when the runs carry memory, "
                    + "else time). compare takes several, separated by commas (one table each); plot draws one.")
    List<Metric> metrics = new ArrayList<>();

    /** The metrics asked for, or the default; each must be in at least one run. */
    public List<Metric> resolve(LongTable runs) {
        if (metrics.isEmpty()) {
            return List.of(runs.metrics().contains(Metric.PEAK) ? Metric.PEAK : Metric.TIME);
        }
        for (Metric m : metrics) {
            if (!runs.metrics().contains(m)) {
                throw new ParameterException(mixee.commandLine(), "--metric " + m.key() + ": no run has " + m.key()
                        + " (these runs have: " + String.join(", ", runs.metrics().stream().map(Metric::key).toList()) + ")");
            }
        }
        return List.copyOf(new java.util.LinkedHashSet<>(metrics));
    }

    /** For commands that show one metric: the one asked for (several is a usage error), or the default. */
    public Metric resolveOne(LongTable runs) {
        List<Metric> resolved = resolve(runs);
        if (resolved.size() > 1) {
            throw new ParameterException(mixee.commandLine(), "--metric: give one metric here, not " + resolved.size());
        }
        return resolved.get(0);
    }
}
