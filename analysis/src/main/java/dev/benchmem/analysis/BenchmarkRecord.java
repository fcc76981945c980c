package dev.benchmem.analysis;

import dev.benchmem.core.Metric;
import java.util.Map;

/**
 * One benchmark of one run as a reader found it, before ids and columns are assigned.
 *
 * @param dims      user dims in file order: values are {@code Double}, {@code String} or {@code Boolean}
 * @param series    per-pass (memory) or per-round (time) values of each metric present, never empty
 * @param timeStats the file's own time statistics when it has them (pytest-benchmark's stats
 *                  block), else null and time statistics come from the series
 */
record BenchmarkRecord(String name, String fullname, String group, String nodeClass, String nodeMethod,
                       Map<String, Object> dims, Map<Metric, double[]> series, SeriesStats timeStats) {

    /** Statistics of {@code metric}, or null when this benchmark lacks it. */
    SeriesStats stats(Metric metric) {
        if (metric == Metric.TIME && timeStats != null) {
            return timeStats;
        }
        double[] values = series.get(metric);
        return values == null ? null : SeriesStats.of(values);
    }
}
