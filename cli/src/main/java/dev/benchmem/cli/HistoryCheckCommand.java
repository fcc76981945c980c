package dev.benchmem.cli;

import dev.benchmem.core.Metric;
import dev.benchmem.history.ChangeCheck;
import dev.benchmem.history.HistoryStore;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code benchmem history check}: the latest run against the noise band of the runs before it. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Flags ids whose value in the latest run is outside the noise band of the WINDOW runs",
            "before it: median ± 3 scaled MADs (1.4826 × median absolute deviation), never narrower than",
            "--min-change of the median. Above the band is a regression (exit 1)."},
        footer = {"", "Exit codes: 0 no regression, 1 regression, 2 usage or input error."})
public final class HistoryCheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    HistoryDb db;

    @Option(names = "--metric", paramLabel = "METRIC", converter = Converters.MetricConverter.class,
            description = "time, peak, allocated, allocations, rss or retained (default: peak).")
    Metric metric = Metric.PEAK;

    @Option(names = "--window", paramLabel = "N", description = "Runs before the latest that make the band (default: 20).")
    int window = 20;

    @Option(names = "--min-change", paramLabel = "PCT",
            description = "The band's least half-width, in percent of the median (default: 5).")
    double minChangePercent = 5;

    @Option(names = "--branch", paramLabel = "BRANCH", description = "Only runs of this branch (default: all).")
    String branch;

    @Override
    public Integer call() {
        ChangeCheck check = new ChangeCheck(metric, window, minChangePercent / 100);
        List<ChangeCheck.Verdict> verdicts;
        try (HistoryStore store = db.open()) {
            verdicts = check.check(store, branch);
        }
        PrintWriter out = spec.commandLine().getOut();
        long regressions = 0;
        for (ChangeCheck.Verdict v : verdicts) {
            if (v.status() != ChangeCheck.Status.OK) {
                regressions += v.status() == ChangeCheck.Status.REGRESSION ? 1 : 0;
                out.printf("%s %s: %s %.6g vs median %.6g of %d runs (band %.6g..%.6g, %+.1f%%)%s%n",
                        v.status().name().toLowerCase(java.util.Locale.ROOT), v.id(), metric.key(), v.latest(),
                        v.median(), v.history(), v.low(), v.high(), 100 * v.change(),
                        v.commitId() == null ? "" : " at " + v.commitId());
            }
        }
        out.printf("history check (%s, window %d): %d ids, %d regressions%n", metric.key(), window, verdicts.size(),
                regressions);
        out.flush();
        return regressions > 0 ? 1 : 0;
    }
}
