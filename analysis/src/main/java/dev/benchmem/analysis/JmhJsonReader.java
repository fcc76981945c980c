package dev.benchmem.analysis;

import dev.benchmem.core.Metric;
import dev.benchmem.core.NumberText;
import dev.benchmem.core.RunFileException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads JMH's {@code -rf json} result: the primary metric becomes {@code time} in seconds per
 * operation (throughput inverted), {@code gc.alloc.rate.norm} from {@code -prof gc} becomes
 * {@code allocated} bytes per operation; one value per measurement iteration (all forks).
 */
final class JmhJsonReader {
    private static final Map<String, Double> SECONDS = Map.of(
            "ns", 1e-9, "us", 1e-6, "\u00b5s", 1e-6, "ms", 1e-3, "s", 1.0,
            "min", 60.0, "hr", 3600.0, "day", 86400.0);
    private static final String ALLOC_NORM = "gc.alloc.rate.norm";

    private JmhJsonReader() {
    }

    /** True when {@code root} looks like a JMH result (an array of objects with "benchmark"). */
    static boolean accepts(JsonNode root) {
        return root.isArray() && root.size() > 0 && root.get(0).has("benchmark") && root.get(0).has("primaryMetric");
    }

    static RunRecord read(Path path, String input, String stem, JsonNode root) {
        Set<String> modes = new HashSet<>();
        root.forEach(r -> modes.add(String.valueOf(JmhValues.text(r.get("mode")))));
        boolean modeInName = modes.size() > 1;
        List<BenchmarkRecord> benchmarks = new ArrayList<>(root.size());
        int index = 0;
        for (JsonNode r : root) {
            index++;
            String benchmark = JmhValues.text(r.get("benchmark"));
            JsonNode primary = r.get("primaryMetric");
            if (benchmark == null || primary == null || !primary.isObject()) {
                throw new RunFileException(input, "JMH result #" + index + " has no \"benchmark\" or \"primaryMetric\"");
            }
            Map<Metric, double[]> series = new EnumMap<>(Metric.class);
            double[] time = time(input, benchmark, primary);
            if (time.length > 0) {
                series.put(Metric.TIME, time);
            }
            JsonNode secondary = r.get("secondaryMetrics");
            double[] allocated = allocated(secondary);
            if (allocated.length > 0) {
                series.put(Metric.ALLOCATED, allocated);
            }
            if (series.isEmpty()) {
                continue;
            }
            Map<String, Object> dims = params(r.get("params"));
            String mode = JmhValues.text(r.get("mode"));
            if (modeInName && mode != null) {
                dims = new LinkedHashMap<>(dims);
                dims.put("mode", mode);
            }
            List<String> idParts = new ArrayList<>();
            JsonNode params = r.get("params");
            if (params != null) {
                params.forEach(v -> idParts.add(v.asText()));
            }
            if (modeInName && mode != null) {
                idParts.add(mode);
            }
            benchmarks.add(record(benchmark, idParts, dims, series));
        }
        return new RunRecord(path, input, stem, null, benchmarks, true);
    }

    private static BenchmarkRecord record(String benchmark, List<String> idParts, Map<String, Object> dims,
                                          Map<Metric, double[]> series) {
        int dot = benchmark.lastIndexOf('.');
        String nodeClass = dot < 0 ? null : benchmark.substring(0, dot);
        String method = benchmark.substring(dot + 1);
        int classDot = nodeClass == null ? -1 : nodeClass.lastIndexOf('.');
        String shortName = nodeClass == null ? method : nodeClass.substring(classDot + 1) + "." + method;
        String suffix = idParts.isEmpty() ? "" : "[" + String.join("-", idParts) + "]";
        return new BenchmarkRecord(shortName + suffix, benchmark + suffix, null, nodeClass, method, dims, series, null);
    }

    /** Seconds per operation for every iteration; throughput inverted. */
    private static double[] time(String input, String benchmark, JsonNode primary) {
        String unit = JmhValues.text(primary.get("scoreUnit"));
        double[] raw = iterations(primary);
        if (unit == null) {
            throw new RunFileException(input, benchmark + ": primary metric has no \"scoreUnit\"");
        }
        boolean throughput = unit.startsWith("ops/");
        String timeUnit = throughput ? unit.substring(4) : unit.endsWith("/op") ? unit.substring(0, unit.length() - 3) : null;
        Double seconds = timeUnit == null ? null : SECONDS.get(timeUnit);
        if (seconds == null) {
            throw new RunFileException(input, benchmark + ": unknown score unit '" + unit + "'");
        }
        double[] out = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            out[i] = throughput ? seconds / raw[i] : raw[i] * seconds;
        }
        return out;
    }

    private static double[] allocated(JsonNode secondary) {
        if (secondary == null) {
            return new double[0];
        }
        // JMH before 1.36 prefixed profiler metrics with a middle dot.
        JsonNode metric = secondary.has(ALLOC_NORM) ? secondary.get(ALLOC_NORM) : secondary.get("\u00b7" + ALLOC_NORM);
        return metric == null ? new double[0] : iterations(metric);
    }

    /**
     * One value per iteration of every fork: {@code rawData}, or the mean of each iteration's
     * {@code rawDataHistogram} (sample mode), or else the {@code score} alone.
     */
    private static double[] iterations(JsonNode metric) {
        JsonNode histogram = metric.get("rawDataHistogram");
        if (histogram != null && histogram.isArray() && histogram.size() > 0) {
            List<Double> means = new ArrayList<>();
            for (JsonNode fork : histogram) {
                for (JsonNode iteration : fork) {
                    double sum = 0;
                    double count = 0;
                    for (JsonNode bin : iteration) {
                        double value = JmhValues.number(bin.get(0));
                        double n = JmhValues.number(bin.get(1));
                        sum += value * n;
                        count += n;
                    }
                    if (count > 0) {
                        means.add(sum / count);
                    }
                }
            }
            return means.stream().mapToDouble(Double::doubleValue).toArray();
        }
        double[] raw = JmhValues.doubles(metric.get("rawData"));
        return raw.length > 0 ? raw : JmhValues.doubles(metric.get("score"));
    }

    /** JMH writes every param as a string; numeric ones become numbers so they stay numeric dims. */
    private static Map<String, Object> params(JsonNode params) {
        if (params == null || !params.isObject() || params.size() == 0) {
            return Collections.emptyMap();
        }
        Map<String, Object> dims = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Object value = JmhValues.scalar(e.getValue());
            if (value instanceof String) {
                double number = NumberText.parse((String) value);
                value = Double.isFinite(number) ? (Object) number : value;
            }
            if (value != null) {
                dims.put(e.getKey(), value);
            }
        }
        return dims;
    }
}
