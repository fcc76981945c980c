package dev.benchmem.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link RunFile} as pytest-benchmark's {@code --benchmark-json}: the same keys in the
 * same order, laid out as Python's {@code json.dumps(indent=4)}. Memory passes go to {@code
 * extra_info.benchmem} as {@code {"peak_bytes": [...], "total_bytes": [...], "allocations":
 * [...]}}, then {@code rss_bytes} and {@code retained_bytes} where measured, and any other keys (read from a file, or the harness's own). Benchmarks without
 * timing stats (failed before their rounds, or skipped) are left out, as pytest-benchmark leaves them out: every entry of its schema has {@code stats}.
 */
public final class RunFileWriter {

    private static final ObjectWriter JSON = pythonStyle(JsonMapper.builder()
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII).build());

    private final boolean includeData;

    private RunFileWriter(boolean includeData) {
        this.includeData = includeData;
    }

    /** Writes each round's time ({@code stats.data}), as {@code --benchmark-json} does. */
    public static RunFileWriter withData() {
        return new RunFileWriter(true);
    }

    /** Leaves {@code stats.data} out, as {@code --benchmark-save} does by default. */
    public static RunFileWriter withoutData() {
        return new RunFileWriter(false);
    }

    /** Writes {@code run} to {@code path} atomically (temporary file, then rename). */
    public void write(RunFile run, Path path) throws IOException {
        AtomicFile.write(path, bytes(run));
    }

    /** The JSON text of {@code run}. */
    public String toJson(RunFile run) {
        return new String(bytes(run), StandardCharsets.UTF_8);
    }

    private byte[] bytes(RunFile run) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(run, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Streams the bytes of {@link #toJson} (UTF-8) to {@code out}, which stays open: for a reader
     * that hashes or compresses them (the history database) without holding the text twice. The
     * text is ASCII (non-ASCII characters are escaped). Every other form of the run file is made
     * here, so all are the same bytes.
     */
    public void write(RunFile run, OutputStream out) throws IOException {
        JSON.writeValue(out, tree(run));
        out.write('\n');
    }

    private Map<String, Object> tree(RunFile run) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("machine_info", run.machineInfo());
        root.put("commit_info", run.commitInfo());
        List<Object> benchmarks = new ArrayList<>();
        for (BenchmarkResult b : run.benchmarks()) {
            if (b.stats() != null) {
                benchmarks.add(benchmark(b));
            }
        }
        root.put("benchmarks", benchmarks);
        root.put("datetime", run.datetime());
        root.put("version", run.version());
        return root;
    }

    private Map<String, Object> benchmark(BenchmarkResult b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("group", b.group());
        m.put("name", b.name());
        m.put("fullname", b.fullname());
        m.put("params", b.params().isEmpty() ? null : b.params());
        m.put("param", b.param());
        Map<String, Object> extra = new LinkedHashMap<>(b.extraInfo());
        if (b.memory() != null) {
            Map<String, Object> memory = new LinkedHashMap<>();
            for (Metric metric : Metric.memory()) {
                if (b.memory().has(metric)) {
                    memory.put(metric.seriesKey(), b.memory().series(metric));
                }
            }
            memory.putAll(b.memory().otherSeries());
            extra.put(BenchmarkResult.BENCHMEM_KEY, memory);
        }
        m.put("extra_info", extra);
        m.put("options", b.options());
        m.put("stats", stats(b.stats()));
        return m;
    }

    /** pytest-benchmark's {@code Metadata.as_dict} order; a statistic the file read did not give stays out. */
    private Map<String, Object> stats(TimingStats s) {
        Map<String, Object> m = new LinkedHashMap<>();
        time(m, "min", s.min());
        time(m, "max", s.max());
        time(m, "mean", s.mean());
        time(m, "stddev", s.stddev());
        count(m, "rounds", s.rounds());
        time(m, "median", s.median());
        time(m, "iqr", s.iqr());
        time(m, "q1", s.q1());
        time(m, "q3", s.q3());
        count(m, "iqr_outliers", s.iqrOutliers());
        count(m, "stddev_outliers", s.stddevOutliers());
        if (s.outliers() != null) {
            m.put("outliers", s.outliers());
        }
        time(m, "ld15iqr", s.ld15iqr());
        time(m, "hd15iqr", s.hd15iqr());
        time(m, "ops", s.ops());
        time(m, "total", s.total());
        if (includeData) {
            m.put("data", s.data());
        }
        count(m, "iterations", s.iterations());
        return m;
    }

    private static void time(Map<String, Object> m, String key, double value) {
        if (!Double.isNaN(value)) {
            m.put(key, value);
        }
    }

    private static void count(Map<String, Object> m, String key, long value) {
        if (value != TimingStats.ABSENT) {
            m.put(key, value);
        }
    }

    /** 4-space indents, {@code "key": value}, one array element per line, {@code {}} empty. */
    private static ObjectWriter pythonStyle(ObjectMapper mapper) {
        DefaultIndenter indenter = new DefaultIndenter("    ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return mapper.writer(printer).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }
}
