package dev.benchmem.harness.memory;

import dev.benchmem.core.MemoryPasses;
import dev.benchmem.core.Metric;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * What the memory-pass JVM hands back to the parent: per benchmark fullname, its passes or the
 * error that stopped them, and the profiles it staged.
 *
 * <p>The child keeps them in a journal: each record is appended to the results file as one
 * line, in one write, as soon as it is made, so that the parent can take a benchmark's passes
 * while the child goes on with the next ones ({@link #readMore()}). A line is a JSON object
 * shaped as a whole results document with one entry; a line without its end (a child killed
 * mid-write) is never read. The file is the two processes' channel, not a user's file: it
 * lives in the temporary directory and is deleted once read.
 */
public final class MemoryResults {

    /**
     * The mapper, made on first use: making one loads some 350 classes (0.3-0.4 s beside a
     * starting memory-pass JVM), which the parent needs only once it reads the child's results,
     * not while it discovers its tests.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private final Map<String, MemoryPasses> passes = new ConcurrentHashMap<>();
    private final Map<String, String> errors = new ConcurrentHashMap<>();
    /** Profiled benchmarks, full name to name, in the order they ran. */
    private final Map<String, String> profiled = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>());
    /** In the child, the journal every record is appended to; null elsewhere. */
    private final Path appendTo;
    /** In the parent, the child's journal these results are read from; null elsewhere. */
    private final Path readFrom;
    /** How much of {@link #readFrom} has been read (complete lines only). */
    private long readUpTo;
    /** Where the memory-pass JVM staged its profiles (set by the parent when it reads the results). */
    private Path profileStaging;

    /** Results kept in memory only. */
    public MemoryResults() {
        this(null, null);
    }

    private MemoryResults(Path appendTo, Path readFrom) {
        this.appendTo = appendTo;
        this.readFrom = readFrom;
    }

    /**
     * In the memory-pass JVM: results that append every record to {@code file}, created now
     * (empty: the child measured nothing yet) so that the parent tells a child that wrote
     * none from one that never got this far.
     */
    public static MemoryResults journal(Path file) throws IOException {
        Files.write(file, new byte[0]);
        return new MemoryResults(file, null);
    }

    public void record(String fullname, MemoryPasses measured) {
        passes.put(fullname, measured);
        append(root -> root.putObject("passes").set(fullname, toJson(measured)));
    }

    public void recordError(String fullname, String message) {
        errors.put(fullname, message);
        append(root -> root.putObject("errors").put(fullname, message));
    }

    /** In the memory-pass JVM: the benchmark's profile is staged. */
    public void recordProfile(String fullname, String name) {
        profiled.put(fullname, name);
        append(root -> root.putObject("profiles").put(fullname, name));
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

    /** Appends one record, a results document with one entry, as one line (in the child; nothing without a journal). */
    private synchronized void append(Consumer<ObjectNode> entry) {
        if (appendTo == null) {
            return;
        }
        ObjectNode root = Json.MAPPER.createObjectNode();
        entry.accept(root);
        try {
            byte[] line = (Json.MAPPER.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
            Files.write(appendTo, line, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write memory results to " + appendTo + ": " + e.getMessage(), e);
        }
    }

    private static ObjectNode toJson(MemoryPasses p) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        for (Metric metric : Metric.memory()) {
            if (p.has(metric)) {
                p.series(metric).forEach(node.putArray(metric.seriesKey())::add);
            }
        }
        node.set("other", Json.MAPPER.valueToTree(p.otherSeries()));
        return node;
    }

    /** In the parent: the results in the child's journal {@code file}, read so far as it is complete. */
    public static MemoryResults read(Path file) throws IOException {
        MemoryResults results = new MemoryResults(null, file);
        results.profileStaging = ProfileFolder.staging(file);
        results.readMore();
        return results;
    }

    /** In the parent: takes in the lines the child completed since the last read (nothing for results not read from a journal). */
    public synchronized void readMore() throws IOException {
        if (readFrom == null) {
            return;
        }
        byte[] added;
        try (SeekableByteChannel channel = Files.newByteChannel(readFrom)) {
            long size = channel.size();
            if (size <= readUpTo) {
                return;
            }
            ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(size - readUpTo));
            channel.position(readUpTo);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // until the size seen above
            }
            added = Arrays.copyOf(buffer.array(), buffer.position());
        }
        int complete = added.length;
        while (complete > 0 && added[complete - 1] != '\n') {
            complete--;
        }
        for (String line : new String(added, 0, complete, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isEmpty()) {
                take(Json.MAPPER.readTree(line));
            }
        }
        readUpTo += complete;
    }

    /** Takes in one results document (a journal line holds one entry). */
    private void take(JsonNode root) {
        root.path("passes").fields().forEachRemaining(e -> {
            JsonNode node = e.getValue();
            MemoryPasses measured = new MemoryPasses(longs(node.path(Metric.PEAK.seriesKey())),
                    longs(node.path(Metric.ALLOCATED.seriesKey())), longs(node.path(Metric.ALLOCATIONS.seriesKey())));
            for (Metric optional : List.of(Metric.RSS, Metric.RETAINED)) {
                if (node.has(optional.seriesKey())) {
                    measured = measured.with(optional, longs(node.path(optional.seriesKey())));
                }
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> other = Json.MAPPER.convertValue(node.path("other"), LinkedHashMap.class);
            passes.put(e.getKey(), measured.withOtherSeries(other));
        });
        root.path("errors").fields().forEachRemaining(e -> errors.put(e.getKey(), e.getValue().asText()));
        root.path("profiles").fields().forEachRemaining(e -> profiled.put(e.getKey(), e.getValue().asText()));
    }

    private static List<Long> longs(JsonNode array) {
        List<Long> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asLong()));
        return List.copyOf(values);
    }
}
