package dev.benchmem.harness.memory;

import dev.benchmem.core.MemoryPasses;
import dev.benchmem.core.Metric;
import dev.benchmem.core.JsonValues;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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
     * Jackson's streaming API, not an object mapper: making a mapper and its first document
     * loads some 350 classes, 0.25 s of a starting memory-pass JVM's way to its first passes
     * (and of the parent's while it waits for them).
     */
    private static final JsonFactory JSON = new JsonFactory();

    private final Map<String, MemoryPasses> passes = new ConcurrentHashMap<>();
    private final Map<String, String> errors = new ConcurrentHashMap<>();
    /** Profiled benchmarks, full name to name, in the order they ran. */
    private final Map<String, String> profiled = Collections.synchronizedMap(new LinkedHashMap<>());
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
        append("passes", fullname, json -> writePasses(json, measured));
    }

    public void recordError(String fullname, String message) {
        errors.put(fullname, message);
        append("errors", fullname, json -> json.writeString(message));
    }

    /** In the memory-pass JVM: the benchmark's profile is staged. */
    public void recordProfile(String fullname, String name) {
        profiled.put(fullname, name);
        append("profiles", fullname, json -> json.writeString(name));
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

    /** Writes one value of a record. */
    @FunctionalInterface
    private interface Value {
        void write(JsonGenerator json) throws IOException;
    }

    /**
     * Appends one record, a results document with one entry ({@code {"passes": {fullname: ...}}}),
     * as one line (in the child; nothing without a journal).
     */
    private synchronized void append(String kind, String fullname, Value value) {
        if (appendTo == null) {
            return;
        }
        try {
            StringWriter line = new StringWriter();
            try (JsonGenerator json = JSON.createGenerator(line)) {
                json.writeStartObject();
                json.writeObjectFieldStart(kind);
                json.writeFieldName(fullname);
                value.write(json);
                json.writeEndObject();
                json.writeEndObject();
            }
            Files.write(appendTo, (line + "\n").getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write memory results to " + appendTo + ": " + e.getMessage(), e);
        }
    }

    private static void writePasses(JsonGenerator json, MemoryPasses p) throws IOException {
        json.writeStartObject();
        for (Metric metric : Metric.memory()) {
            if (p.has(metric)) {
                json.writeFieldName(metric.seriesKey());
                JsonValues.write(json, p.series(metric));
            }
        }
        json.writeFieldName("other");
        JsonValues.write(json, p.otherSeries());
        json.writeEndObject();
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
                take(line);
            }
        }
        readUpTo += complete;
    }

    /** Takes in one results document (a journal line holds one entry). */
    private void take(String line) throws IOException {
        try (JsonParser json = JSON.createParser(line)) {
            for (Map.Entry<String, Object> kind : JsonValues.readObjectBody(nextObject(json)).entrySet()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> entries = (Map<String, Object>) kind.getValue();
                switch (kind.getKey()) {
                    case "passes" -> entries.forEach((fullname, node) -> passes.put(fullname, passesOf(node)));
                    case "errors" -> entries.forEach((fullname, message) -> errors.put(fullname, (String) message));
                    case "profiles" -> entries.forEach((fullname, name) -> profiled.put(fullname, (String) name));
                    default -> throw new IOException("unknown record in the memory results: " + kind.getKey());
                }
            }
        }
    }

    private static JsonParser nextObject(JsonParser json) throws IOException {
        if (json.nextToken() != JsonToken.START_OBJECT) {
            throw new IOException("a memory results line is not an object");
        }
        return json;
    }

    /** The passes of one journal entry, read as plain values. */
    @SuppressWarnings("unchecked")
    private static MemoryPasses passesOf(Object node) {
        Map<String, Object> fields = (Map<String, Object>) node;
        MemoryPasses measured = new MemoryPasses(longs(fields.get(Metric.PEAK.seriesKey())),
                longs(fields.get(Metric.ALLOCATED.seriesKey())), longs(fields.get(Metric.ALLOCATIONS.seriesKey())));
        for (Metric optional : List.of(Metric.RSS, Metric.RETAINED)) {
            if (fields.containsKey(optional.seriesKey())) {
                measured = measured.with(optional, longs(fields.get(optional.seriesKey())));
            }
        }
        Object other = fields.get("other");
        return measured.withOtherSeries(other == null ? Map.of() : (Map<String, Object>) other);
    }

    private static List<Long> longs(Object array) {
        List<Long> values = new ArrayList<>();
        if (array != null) {
            ((List<?>) array).forEach(v -> values.add(((Number) v).longValue()));
        }
        return List.copyOf(values);
    }
}
