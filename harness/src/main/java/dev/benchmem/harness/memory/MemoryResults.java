package dev.benchmem.harness.memory;

import dev.benchmem.core.AtomicFile;
import dev.benchmem.core.MemoryPasses;
import dev.benchmem.core.Metric;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the memory-pass JVM hands back to the parent: per benchmark fullname, its passes or the
 * error that stopped them. Collected while the child runs, written once at its end.
 */
public final class MemoryResults {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, MemoryPasses> passes = new ConcurrentHashMap<>();
    private final Map<String, String> errors = new ConcurrentHashMap<>();
    /** Profiled benchmarks, full name to name, in the order they ran. */
    private final Map<String, String> profiled = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>());
    /** Where the memory-pass JVM staged its profiles (set by the parent when it reads the results). */
    private Path profileStaging;

    public void record(String fullname, MemoryPasses measured) {
        passes.put(fullname, measured);
    }

    public void recordError(String fullname, String message) {
        errors.put(fullname, message);
    }

    /** In the memory-pass JVM: the benchmark's profile is staged. */
    public void recordProfile(String fullname, String name) {
        profiled.put(fullname, name);
    }

    /** The full names of the benchmarks profiled, in the order they ran. */
    public List<String> profiled() {
        synchronized (profiled) {
            return List.copyOf(profiled.keySet());
        }
    }

    /** The name of a profiled benchmark. */
    public String name(String fullname) {
        return profiled.get(fullname);
    }

    /** The staging directory of the profiles, null before the parent read the results. */
    public Path profileStaging() {
        return profileStaging;
    }

    public Optional<MemoryPasses> passes(String fullname) {
        return Optional.ofNullable(passes.get(fullname));
    }

    public Optional<String> error(String fullname) {
        return Optional.ofNullable(errors.get(fullname));
    }

    /** The fullnames measured, in no particular order. */
    public java.util.Set<String> measured() {
        return java.util.Set.copyOf(passes.keySet());
    }

    public int size() {
        return passes.size() + errors.size();
    }

    /** Writes the results to {@code file} atomically (core's {@link AtomicFile}). */
    public void write(Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode measured = root.putObject("passes");
        passes.forEach((name, p) -> {
            ObjectNode node = measured.putObject(name);
            for (Metric metric : Metric.memory()) {
                if (p.has(metric)) {
                    p.series(metric).forEach(node.putArray(metric.seriesKey())::add);
                }
            }
            node.set("other", JSON.valueToTree(p.otherSeries()));
        });
        ObjectNode failed = root.putObject("errors");
        errors.forEach(failed::put);
        ObjectNode profiles = root.putObject("profiles");
        synchronized (profiled) {
            profiled.forEach(profiles::put);
        }
        AtomicFile.writeBytes(file, out -> JSON.writeValue(out, root));
    }

    public static MemoryResults read(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        MemoryResults results = new MemoryResults();
        root.path("passes").fields().forEachRemaining(e -> {
            JsonNode node = e.getValue();
            MemoryPasses passes = new MemoryPasses(longs(node.path(Metric.PEAK.seriesKey())),
                    longs(node.path(Metric.ALLOCATED.seriesKey())), longs(node.path(Metric.ALLOCATIONS.seriesKey())));
            for (Metric optional : List.of(Metric.RSS, Metric.RETAINED)) {
                if (node.has(optional.seriesKey())) {
                    passes = passes.with(optional, longs(node.path(optional.seriesKey())));
                }
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> other = JSON.convertValue(node.path("other"), LinkedHashMap.class);
            results.record(e.getKey(), passes.withOtherSeries(other));
        });
        root.path("errors").fields().forEachRemaining(e -> results.recordError(e.getKey(), e.getValue().asText()));
        root.path("profiles").fields().forEachRemaining(e -> results.recordProfile(e.getKey(), e.getValue().asText()));
        results.profileStaging = ProfileFolder.staging(file);
        return results;
    }

    private static List<Long> longs(JsonNode array) {
        List<Long> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asLong()));
        return List.copyOf(values);
    }
}
