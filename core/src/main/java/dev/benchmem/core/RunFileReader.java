package dev.benchmem.core;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The one reader of run files, for every module: benchmem's, pytest-benchmark's ({@code
 * --benchmark-json} or its storage) and pytest-benchmem's (memory per pass in {@code
 * extra_info.benchmem}, or as scalars in older files).
 *
 * <p>What a file does not hold stays absent: no memory is a null {@link BenchmarkResult#memory()},
 * a series or statistic the file lacks is empty, NaN or {@link TimingStats#ABSENT}, a file saved
 * without {@code stats.data} has empty data, JSON null reads as absent. What it holds but
 * malformed is a {@link RunFileException} in one line naming the file, the benchmark and the
 * field: {@code bad.json: benchmark 'a[1]': stats.min is "fast", expected a number}. Python's
 * bare {@code NaN} and {@code Infinity} read as numbers. Every benchmark read has outcome
 * {@link Outcome#PASSED} (the schema has no outcome).
 *
 * <p>It streams (no tree): a run of 10,000 benchmarks holds hundreds of thousands of timed
 * rounds, and reading them is most of what {@code benchmem compare} waits for; {@link
 * #read(Path, boolean, Consumer)} can check the rounds without converting them.
 */
public final class RunFileReader {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build();

    private final String input;
    private final JsonValueReader values;
    private final JsonParser parser;
    private final boolean rounds;
    /** Where each benchmark goes as it is read: into the run, or to a caller's own view of it. */
    private final Consumer<BenchmarkResult> each;

    private RunFileReader(String input, JsonParser parser, boolean rounds, Consumer<BenchmarkResult> each) {
        this.input = input;
        this.values = new JsonValueReader(parser);
        this.parser = parser;
        this.rounds = rounds;
        this.each = each;
    }

    /** Reads every value of {@code file}. */
    public static RunFile read(Path file) {
        return parse(file, true, null);
    }

    /**
     * Reads {@code file} but hands each benchmark to {@code each} as soon as it is read, in file
     * order, instead of keeping it: the run returned has no benchmarks. For a caller that keeps
     * its own view of each benchmark, so that a large run is not held twice.
     *
     * @param rounds false to leave out the timed rounds ({@code stats.data}) of every benchmark
     *               whose stats block gives its minimum: they are checked, not kept, and {@link
     *               TimingStats#dataLeftOut()} says so. For readers of the statistics alone (a
     *               comparison), as converting the rounds is most of the reading.
     */
    public static RunFile read(Path file, boolean rounds, Consumer<BenchmarkResult> each) {
        return parse(file, rounds, Objects.requireNonNull(each, "each"));
    }

    /** {@code each} null keeps the benchmarks in the run. */
    private static RunFile parse(Path file, boolean rounds, Consumer<BenchmarkResult> each) {
        String input = file.toString();
        try (InputStream in = Files.newInputStream(file); JsonParser parser = JSON.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new RunFileException(input, "empty file, not a benchmark run");
            }
            if (first != JsonToken.START_OBJECT) {
                throw new RunFileException(input, "not a benchmark run (expected a JSON object)");
            }
            return new RunFileReader(input, parser, rounds, each).run();
        } catch (IOException e) {
            throw RunFileException.reading(input, e);
        }
    }

    private RunFile run() throws IOException {
        List<BenchmarkResult> benchmarks = null;
        Map<String, Object> machine = Map.of();
        Map<String, Object> commit = Map.of();
        String datetime = null;
        String version = null;
        try {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "benchmarks" -> benchmarks = value == JsonToken.VALUE_NULL ? null : benchmarks(value);
                    case "machine_info" -> machine = values.object(field, value);
                    case "commit_info" -> commit = values.object(field, value);
                    case "datetime" -> datetime = values.text(field, value);
                    case "version" -> version = values.text(field, value);
                    default -> parser.skipChildren();
                }
            }
        } catch (JsonValueReader.Malformed e) {
            throw new RunFileException(input, e.getMessage());
        }
        if (benchmarks == null) {
            throw new RunFileException(input, "not a benchmark run (no \"benchmarks\" array)");
        }
        return new RunFile(machine, commit, benchmarks, datetime == null ? "" : datetime,
                version == null ? "" : version);
    }

    private List<BenchmarkResult> benchmarks(JsonToken start) throws IOException {
        if (start != JsonToken.START_ARRAY) {
            throw values.malformed("benchmarks", start, "a list");
        }
        BenchmarkReader reader = new BenchmarkReader(input, values, rounds);
        List<BenchmarkResult> benchmarks = new ArrayList<>();
        int index = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            index++;
            if (token != JsonToken.START_OBJECT) {
                throw new RunFileException(input, "benchmark #" + index + " is not an object");
            }
            BenchmarkResult b = reader.read(index);
            if (each == null) {
                benchmarks.add(b);
            } else {
                each.accept(b);
            }
        }
        return benchmarks;
    }
}
