package dev.benchmem.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads pytest-benchmark's JSON schema, which benchmem and pytest-benchmem write too: memory
 * per pass in {@code extra_info.benchmem}, or as scalars in older pytest-benchmem files.
 */
final class BenchmarkJsonReader {
    /** Memory keys, in {@code extra_info.benchmem} (per-pass lists) or, in older files, {@code extra_info} scalars. */
    private static final Map<String, Metric> MEMORY_KEYS = Map.of(
            "peak_bytes", Metric.PEAK,
            "total_bytes", Metric.ALLOCATED,
            "allocated_bytes", Metric.ALLOCATED,
            "allocations", Metric.ALLOCATIONS);
    private static final String MEMORY_FIELD = "benchmem";

    private BenchmarkJsonReader() {
    }

    static RunRecord read(String input, String stem, JsonNode root) {
        JsonNode list = root.get("benchmarks");
        if (list == null || !list.isArray()) {
            throw new RunFileException(input, "not a benchmark run (no \"benchmarks\" array)");
        }
        List<BenchmarkRecord> benchmarks = new ArrayList<>(list.size());
        int index = 0;
        for (JsonNode b : list) {
            index++;
            if (!b.isObject()) {
                throw new RunFileException(input, "benchmark #" + index + " is not an object");
            }
            BenchmarkRecord record = benchmark(input, index, b);
            if (!record.series().isEmpty() || record.timeStats() != null) {
                benchmarks.add(record);
            }
        }
        return new RunRecord(input, stem, JsonValues.text(root.get("datetime")), benchmarks);
    }

    private static BenchmarkRecord benchmark(String input, int index, JsonNode b) {
        String name = JsonValues.text(b.get("name"));
        if (name == null) {
            throw new RunFileException(input, "benchmark #" + index + " has no \"name\"");
        }
        String fullname = JsonValues.text(b.get("fullname"));
        if (fullname == null) {
            fullname = name;
        }
        Map<Metric, double[]> series = new EnumMap<>(Metric.class);
        SeriesStats timeStats = time(b.get("stats"), series);
        JsonNode extra = b.get("extra_info");
        memory(extra, series);
        String[] node = node(fullname);
        return new BenchmarkRecord(name, fullname, JsonValues.text(b.get("group")), node[0], node[1],
                dims(b.get("params"), extra), series, timeStats);
    }

    /** The stats block as statistics (null without one); its per-round {@code data} into {@code series}. */
    private static SeriesStats time(JsonNode stats, Map<Metric, double[]> series) {
        if (stats == null || !stats.isObject()) {
            return null;
        }
        double[] data = JsonValues.doubles(stats.get("data"));
        if (data.length > 0) {
            series.put(Metric.TIME, data);
        }
        double min = JsonValues.number(stats.get("min"));
        if (Double.isNaN(min)) {
            return data.length > 0 ? SeriesStats.of(data) : null;
        }
        JsonNode rounds = stats.get("rounds");
        int count = rounds != null && rounds.isNumber() ? rounds.intValue() : Math.max(1, data.length);
        SeriesStats read = new SeriesStats(min, JsonValues.number(stats.get("max")),
                JsonValues.number(stats.get("mean")), JsonValues.number(stats.get("median")),
                JsonValues.number(stats.get("stddev")), count);
        if (data.length == 0) {
            // No per-round data saved: one row, the minimum (the figure the reference compares).
            series.put(Metric.TIME, new double[] {min});
        }
        return read;
    }

    private static void memory(JsonNode extra, Map<Metric, double[]> series) {
        if (extra == null || !extra.isObject()) {
            return;
        }
        JsonNode benchmem = extra.get(MEMORY_FIELD);
        JsonNode source = benchmem != null && benchmem.isObject() ? benchmem : extra;
        for (Map.Entry<String, Metric> key : MEMORY_KEYS.entrySet()) {
            double[] values = JsonValues.doubles(source.get(key.getKey()));
            if (values.length > 0 && !series.containsKey(key.getValue())) {
                series.put(key.getValue(), values);
            }
        }
    }

    /** Scalar params, then scalar extra_info (params win a name clash); memory keys are not dims. */
    private static Map<String, Object> dims(JsonNode params, JsonNode extra) {
        Map<String, Object> dims = new LinkedHashMap<>();
        addScalars(params, dims, Set.of());
        addScalars(extra, dims, MEMORY_KEYS.keySet());
        return dims.isEmpty() ? Collections.emptyMap() : dims;
    }

    private static void addScalars(JsonNode object, Map<String, Object> dims, Set<String> skip) {
        if (object == null || !object.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Object value = JsonValues.scalar(e.getValue());
            if (value != null && !skip.contains(e.getKey())) {
                dims.putIfAbsent(e.getKey(), value);
            }
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
