package dev.benchmem.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a run file written by benchmem, pytest-benchmark ({@code --benchmark-json} or its
 * storage) or pytest-benchmem. Files without memory read with null {@link
 * BenchmarkResult#memory()}; files saved without {@code stats.data} with empty data; a scalar
 * instead of a series under {@code extra_info.benchmem} reads as one pass. Every benchmark
 * read back has outcome {@link Outcome#PASSED} (the schema has no outcome).
 */
public final class RunFileReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] REQUIRED_STATS = {"min", "max", "mean", "stddev", "rounds",
            "median", "iqr", "q1", "q3", "iqr_outliers", "stddev_outliers", "ld15iqr", "hd15iqr",
            "total", "iterations"};

    private RunFileReader() {}

    /** Reads {@code file}; {@link RunFileException} names the file and what is wrong with it. */
    public static RunFile read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new RunFileException(file, "no such file");
        } catch (JsonProcessingException e) {
            throw new RunFileException(file, "not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new RunFileException(file, "cannot read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new RunFileException(file, "not a run file (expected a JSON object)");
        }
        JsonNode benchmarks = root.get("benchmarks");
        if (benchmarks == null || !benchmarks.isArray()) {
            throw new RunFileException(file, "not a run file (no \"benchmarks\" list)");
        }
        List<BenchmarkResult> results = new ArrayList<>();
        for (int i = 0; i < benchmarks.size(); i++) {
            results.add(benchmark(file, i, benchmarks.get(i)));
        }
        return new RunFile(object(root.get("machine_info")), object(root.get("commit_info")),
                results, text(root.get("datetime")), text(root.get("version")));
    }

    private static BenchmarkResult benchmark(Path file, int index, JsonNode b) {
        String where = "benchmarks[" + index + "]";
        if (!b.isObject()) {
            throw new RunFileException(file, where + " is not an object");
        }
        String name = requireText(file, where, b, "name");
        String fullname = requireText(file, where, b, "fullname");
        where += " (" + name + ")";
        Map<String, Object> extra = object(b.get("extra_info"));
        Object blob = extra.remove(BenchmarkResult.BENCHMEM_KEY);
        return BenchmarkResult.builder(name, fullname)
                .group(b.hasNonNull("group") ? b.get("group").asText() : null)
                .params(object(b.get("params")))
                .param(b.hasNonNull("param") ? b.get("param").asText() : null)
                .extraInfo(extra)
                .options(object(b.get("options")))
                .stats(stats(file, where, b.get("stats")))
                .memory(blob == null ? null : memory(file, where, b.get("extra_info").get("benchmem")))
                .build();
    }

    private static TimingStats stats(Path file, String where, JsonNode s) {
        if (s == null || !s.isObject()) {
            throw new RunFileException(file, where + ": no \"stats\" object");
        }
        for (String key : REQUIRED_STATS) {
            if (s.get(key) == null || !s.get(key).isNumber()) {
                throw new RunFileException(file, where + ": stats." + key + " missing or not a number");
            }
        }
        double[] data = new double[0];
        JsonNode d = s.get("data");
        if (d != null && d.isArray()) {
            data = new double[d.size()];
            for (int i = 0; i < data.length; i++) {
                data[i] = d.get(i).asDouble();
            }
        }
        double mean = s.get("mean").asDouble();
        // Files older than pytest-benchmark 3.1 have no "ops"; it is 1 / mean.
        double ops = s.hasNonNull("ops") ? s.get("ops").asDouble() : (mean == 0 ? 0 : 1 / mean);
        return new TimingStats(s.get("min").asDouble(), s.get("max").asDouble(), mean,
                s.get("stddev").asDouble(), s.get("rounds").asInt(), s.get("median").asDouble(),
                s.get("iqr").asDouble(), s.get("q1").asDouble(), s.get("q3").asDouble(),
                s.get("iqr_outliers").asInt(), s.get("stddev_outliers").asInt(),
                s.get("ld15iqr").asDouble(), s.get("hd15iqr").asDouble(), ops,
                s.get("total").asDouble(), s.get("iterations").asLong(), data);
    }

    private static MemoryPasses memory(Path file, String where, JsonNode blob) {
        if (!blob.isObject()) {
            throw new RunFileException(file, where + ": extra_info.benchmem is not an object");
        }
        Map<Metric, List<Long>> series = new java.util.EnumMap<>(Metric.class);
        for (Metric metric : Metric.memory()) {
            JsonNode n = blob.get(metric.seriesKey());
            if (n != null || !metric.isOptional()) {
                series.put(metric, series(file, where, metric.seriesKey(), n));
            }
        }
        Map<String, Object> other = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> f : blob.properties()) {
            if (Metric.bySeriesKey(f.getKey()).isEmpty()) {
                other.put(f.getKey(), value(f.getValue()));
            }
        }
        try {
            return new MemoryPasses(series.get(Metric.PEAK), series.get(Metric.ALLOCATED),
                    series.get(Metric.ALLOCATIONS), series.get(Metric.RSS), series.get(Metric.RETAINED), other);
        } catch (IllegalArgumentException e) {
            throw new RunFileException(file, where + ": extra_info.benchmem: " + e.getMessage());
        }
    }

    private static List<Long> series(Path file, String where, String seriesKey, JsonNode n) {
        String key = "extra_info.benchmem." + seriesKey;
        if (n == null || n.isNull()) {
            throw new RunFileException(file, where + ": " + key + " missing");
        }
        if (n.isNumber()) {
            return List.of(n.asLong());
        }
        if (!n.isArray()) {
            throw new RunFileException(file, where + ": " + key + " is not a list of numbers");
        }
        List<Long> values = new ArrayList<>();
        for (JsonNode v : n) {
            if (!v.isNumber()) {
                throw new RunFileException(file, where + ": " + key + " is not a list of numbers");
            }
            values.add(v.asLong());
        }
        return values;
    }

    private static String requireText(Path file, String where, JsonNode b, String key) {
        JsonNode n = b.get(key);
        if (n == null || !n.isTextual()) {
            throw new RunFileException(file, where + ": no \"" + key + "\"");
        }
        return n.asText();
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? "" : n.asText();
    }

    /** A JSON object as an ordered map of plain Java values; empty for null or non-objects. */
    private static Map<String, Object> object(JsonNode n) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (n != null && n.isObject()) {
            for (Map.Entry<String, JsonNode> f : n.properties()) {
                m.put(f.getKey(), value(f.getValue()));
            }
        }
        return m;
    }

    private static Object value(JsonNode n) {
        if (n.isObject()) {
            return object(n);
        }
        if (n.isArray()) {
            List<Object> list = new ArrayList<>();
            n.forEach(e -> list.add(value(e)));
            return list;
        }
        if (n.isNumber()) {
            return n.numberValue();
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        return n.isNull() ? null : n.asText();
    }
}
