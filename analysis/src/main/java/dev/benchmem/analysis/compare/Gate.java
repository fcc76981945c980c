package dev.benchmem.analysis.compare;

import dev.benchmem.analysis.LongTable;
import dev.benchmem.analysis.Metric;
import dev.benchmem.analysis.Stat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The CI gate: every id whose metric grew beyond a threshold, last run against first. */
public final class Gate {
    private Gate() {
    }

    /**
     * Checks {@code thresholds} on the first and last of {@code runs}.
     *
     * @param stat the statistic compared (the same as the table shows)
     * @return the regressions, in threshold order, then by id; empty when the gate passes
     * @throws IllegalArgumentException when fewer than two runs are given, or a threshold's
     *                                  metric is in neither the first nor the last run
     */
    public static List<Regression> check(LongTable runs, Stat stat, List<Threshold> thresholds) {
        if (runs.runLabels().size() < 2) {
            throw new IllegalArgumentException("--fail-on needs two runs or more (the first is the baseline, the last the candidate)");
        }
        CompareOptions options = new CompareOptions(stat, SortOrder.NAME, null, null);
        Map<Metric, List<DeltaRow>> rows = new EnumMap<>(Metric.class);
        List<Regression> regressions = new ArrayList<>();
        for (Threshold t : thresholds) {
            List<DeltaRow> metricRows = rows.computeIfAbsent(t.metric(),
                    m -> Comparison.tables(runs, m, options).get(0).rows());
            if (metricRows.stream().allMatch(r -> Double.isNaN(r.baseline()) && Double.isNaN(r.candidate()))) {
                throw new IllegalArgumentException("--fail-on " + t.text() + ": neither the first nor the last run has "
                        + t.metric().key());
            }
            for (DeltaRow r : metricRows) {
                if (t.exceededBy(r.baseline(), r.candidate())) {
                    regressions.add(new Regression(r.id(), t.metric(), r.baseline(), r.candidate(), t));
                }
            }
        }
        return regressions;
    }
}
