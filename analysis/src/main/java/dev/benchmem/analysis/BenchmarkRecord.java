package dev.benchmem.analysis;

import dev.benchmem.core.BenchmarkResult;
import dev.benchmem.core.MemoryPasses;
import dev.benchmem.core.Metric;
import dev.benchmem.core.TimingStats;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One benchmark of one run as the long table takes it: its series per metric and its dims.
 *
 * @param dims      user dims in file order: values are {@code Double}, {@code String} or {@code Boolean}
 * @param series    per-pass (memory) or per-round (time) values of each metric present, never empty
 * @param timeStats the file's own time statistics when it has them (pytest-benchmark's stats
 *                  block), else null and time statistics come from the series
 */
record BenchmarkRecord(String name, String fullname, String group, String nodeClass, String nodeMethod,
                       Map<String, Object> dims, Map<Metric, double[]> series, SeriesStats timeStats) {

    /**
     * A benchmark of a run file: time from its stats block (the rounds when read, else the
     * minimum), memory per pass, dims from its scalar params then scalar extra info.
     */
    static BenchmarkRecord of(BenchmarkResult b) {
        Map<Metric, double[]> series = new EnumMap<>(Metric.class);
        SeriesStats timeStats = null;
        TimingStats s = b.stats();
        if (s != null) {
            double[] data = s.hasData() ? s.data() : NO_ROUNDS;
            if (!Double.isNaN(s.min())) {
                // Rounds not saved (or not read yet): one value, the minimum (the figure the reference compares).
                series.put(Metric.TIME, data.length > 0 ? data : new double[] {s.min()});
                timeStats = SeriesStats.of(s.min(), s.max(), s.mean(), s.median(), s.stddev(),
                        s.rounds() > 0 ? s.rounds() : Math.max(1, data.length));
            } else if (data.length > 0) {
                series.put(Metric.TIME, data);
                timeStats = SeriesStats.of(data);
            }
        }
        MemoryPasses memory = b.memory();
        if (memory != null) {
            for (Metric metric : MEMORY) {
                if (memory.has(metric)) {
                    series.put(metric, doubles(memory.series(metric)));
                }
            }
        }
        String[] node = node(b.fullname());
        return new BenchmarkRecord(b.name(), b.fullname(), b.group(), node[0], node[1],
                dims(b.params(), b.extraInfo()), series, timeStats);
    }

    /** Statistics of {@code metric}, or null when this benchmark lacks it. */
    SeriesStats stats(Metric metric) {
        if (metric == Metric.TIME && timeStats != null) {
            return timeStats;
        }
        double[] values = series.get(metric);
        return values == null ? null : SeriesStats.of(values);
    }

    private static final double[] NO_ROUNDS = {};
    /** The memory metrics as an array: iterated once per benchmark of every run. */
    private static final Metric[] MEMORY = Metric.memory().toArray(new Metric[0]);

    private static double[] doubles(List<Long> values) {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }

    /** Scalar params, then scalar extra info (params win a name clash); lists and maps are never dims. */
    private static Map<String, Object> dims(Map<String, Object> params, Map<String, Object> extra) {
        if (params.isEmpty() && extra.isEmpty()) {
            return Collections.emptyMap();
        }
        Map<String, Object> dims = new LinkedHashMap<>();
        params.forEach((k, v) -> putScalar(dims, k, v));
        extra.forEach((k, v) -> putScalar(dims, k, v));
        return dims;
    }

    private static void putScalar(Map<String, Object> dims, String key, Object value) {
        Object scalar = value instanceof Number n ? (Object) n.doubleValue()
                : value instanceof String || value instanceof Boolean ? value : null;
        if (scalar != null) {
            dims.putIfAbsent(key, scalar);
        }
    }

    /**
     * {class, method} from a fullname: {@code com.example.SortBench#sort[10000]} (benchmem) or
     * {@code tests/test_sort.py::TestSort::test_sort[10000]} (pytest); parameters dropped.
     */
    static String[] node(String fullname) {
        int bracket = fullname.indexOf('[');
        String base = bracket < 0 ? fullname : fullname.substring(0, bracket);
        int hash = base.lastIndexOf('#');
        if (hash >= 0) {
            return new String[] {base.substring(0, hash), base.substring(hash + 1)};
        }
        int colons = base.lastIndexOf("::");
        if (colons >= 0) {
            return new String[] {base.substring(0, colons), base.substring(colons + 2)};
        }
        return new String[] {null, base};
    }
}
