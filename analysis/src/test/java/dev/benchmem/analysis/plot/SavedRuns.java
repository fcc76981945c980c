package dev.benchmem.analysis.plot;

import dev.benchmem.core.Metric;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.benchmem.analysis.LongTable;
import dev.benchmem.analysis.Runs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes benchmem run files (pytest-benchmark schema, memory in {@code extra_info.benchmem})
 * into a directory and loads them with {@link Runs#load}, as the CLI does.
 */
final class SavedRuns {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Metric, String> MEMORY = Map.of(
            Metric.PEAK, "peak_bytes", Metric.ALLOCATED, "total_bytes", Metric.ALLOCATIONS, "allocations");

    private final Path dir;
    private final Map<String, Map<String, ObjectNode>> runs = new LinkedHashMap<>();

    private SavedRuns(Path dir) {
        this.dir = dir;
    }

    static SavedRuns in(Path dir) {
        return new SavedRuns(dir);
    }

    /** Adds {@code values} (passes, or rounds for time) of {@code metric} to benchmark {@code name}. */
    SavedRuns add(String run, String name, Map<String, ?> params, Metric metric, double... values) {
        ObjectNode b = runs.computeIfAbsent(run, r -> new LinkedHashMap<>()).computeIfAbsent(name, n -> {
            ObjectNode node = JSON.createObjectNode();
            node.put("group", (String) null).put("name", n).put("fullname", "com.example.Bench#" + n);
            node.set("params", JSON.valueToTree(new TreeMap<>(params))); // a fixed dim order
            return node;
        });
        ArrayNode series = metric == Metric.TIME
                ? b.with("stats").put("min", min(values)).putArray("data")
                : b.with("extra_info").with("benchmem").putArray(MEMORY.get(metric));
        for (double v : values) {
            series.add(v);
        }
        return this;
    }

    LongTable load() {
        return load(List.of());
    }

    LongTable load(List<String> labels) {
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, Map<String, ObjectNode>> run : runs.entrySet()) {
                ObjectNode root = JSON.createObjectNode();
                root.putArray("benchmarks").addAll(run.getValue().values());
                Path file = dir.resolve(run.getKey() + ".json");
                JSON.writeValue(file.toFile(), root);
                files.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Runs.load(files, labels);
    }

    private static double min(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
        }
        return min;
    }

    /** The reference's sort suite: sort[n] for 4 sizes, peak ~8n bytes, moved per run. */
    static LongTable sortRuns(Path dir, String... runs) {
        SavedRuns saved = in(dir);
        int[] sizes = {10_000, 50_000, 200_000, 500_000};
        for (int r = 0; r < runs.length; r++) {
            for (int n : sizes) {
                String id = "sort[" + n + "]";
                double growth = 1 + 0.1 * r * (n == 500_000 ? 3 : n == 10_000 ? -1 : 1);
                saved.add(runs[r], id, Map.of("n", n), Metric.PEAK, 8.0 * n * growth, 8.0 * n * growth + 1024);
                saved.add(runs[r], id, Map.of("n", n), Metric.TIME, 5e-9 * n * Math.log(n) * growth);
            }
        }
        return saved.load();
    }
}
