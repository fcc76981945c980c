package dev.benchmem.analysis;

import dev.benchmem.core.Metric;
import dev.benchmem.core.RunFileException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads pytest-benchmark's JSON schema, which benchmem and pytest-benchmem write too: memory
 * per pass in {@code extra_info.benchmem}, or as scalars in older pytest-benchmem files.
 *
 * <p>Streams the file (no tree): run files carry every timed round, so a run of 10,000
 * benchmarks holds hundreds of thousands of numbers, and start-up to answer is what a
 * user of {@code benchmem compare} waits for.
 */
final class BenchmarkJsonReader {
    /**
     * Memory keys of older files, {@code extra_info} scalars; in {@code extra_info.benchmem}
     * every metric's series key ({@link Metric#seriesKey}) is read too.
     */
    private static final Map<String, Metric> MEMORY_KEYS = Map.of(
            "peak_bytes", Metric.PEAK,
            "total_bytes", Metric.ALLOCATED,
            "allocated_bytes", Metric.ALLOCATED,
            "allocations", Metric.ALLOCATIONS);
    private static final String MEMORY_FIELD = "benchmem";
    private static final JsonNodeFactory TEXT = JsonNodeFactory.instance;

    private final String input;
    private final JsonParser parser;
    private final boolean rounds;
    private boolean skippedRounds;
    /** A malformed value found where reading can go on to learn the benchmark's id. */
    private Malformed pending;

    private BenchmarkJsonReader(String input, JsonParser parser, boolean rounds) {
        this.input = input;
        this.parser = parser;
        this.rounds = rounds;
    }

    /**
     * Reads the run from {@code parser}, positioned on the root object's START_OBJECT.
     *
     * @param rounds whether to read every timed round ({@code stats.data}); a comparison needs
     *               only the stats block, and converting the rounds is most of the parsing
     */
    static RunRecord read(Path path, String input, String stem, JsonParser parser, boolean rounds) throws IOException {
        return new BenchmarkJsonReader(input, parser, rounds).run(path, stem);
    }

    private RunRecord run(Path path, String stem) throws IOException {
        List<BenchmarkRecord> benchmarks = null;
        String datetime = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("benchmarks") && value == JsonToken.START_ARRAY) {
                benchmarks = benchmarks();
            } else if (field.equals("datetime") && value != JsonToken.VALUE_NULL) {
                if (value != JsonToken.VALUE_STRING) {
                    throw new RunFileException(input, "datetime is " + describe(value) + ", expected text");
                }
                datetime = parser.getText();
            } else if ((field.equals("machine_info") || field.equals("commit_info"))
                    && value != JsonToken.START_OBJECT && value != JsonToken.VALUE_NULL) {
                throw new RunFileException(input, field + " is " + describe(value) + ", expected an object");
            } else {
                parser.skipChildren();
            }
        }
        if (benchmarks == null) {
            throw new RunFileException(input, "not a benchmark run (no \"benchmarks\" array)");
        }
        return new RunRecord(path, input, stem, datetime, benchmarks, !skippedRounds);
    }

    private List<BenchmarkRecord> benchmarks() throws IOException {
        List<BenchmarkRecord> benchmarks = new ArrayList<>();
        int index = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            index++;
            if (token != JsonToken.START_OBJECT) {
                throw new RunFileException(input, "benchmark #" + index + " is not an object");
            }
            BenchmarkRecord record = benchmark(index);
            if (!record.series().isEmpty()) {
                benchmarks.add(record);
            }
        }
        return benchmarks;
    }

    private BenchmarkRecord benchmark(int index) throws IOException {
        try {
            return fields(index);
        } catch (Malformed e) {
            throw new RunFileException(input, "benchmark " + (e.name == null ? "#" + index : "'" + e.name + "'")
                    + ": " + e.getMessage());
        }
    }

    private BenchmarkRecord fields(int index) throws IOException {
        String name = null;
        String fullname = null;
        String group = null;
        Map<String, Object> params = Map.of();
        Map<String, Object> extra = Map.of();
        Map<Metric, double[]> series = new EnumMap<>(Metric.class);
        SeriesStats timeStats = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            try {
                switch (field) {
                    case "name":
                        name = text(field, value);
                        break;
                    case "fullname":
                        fullname = text(field, value);
                        break;
                    case "group":
                        group = text(field, value);
                        break;
                    case "params":
                        params = scalars(field, value, null);
                        break;
                    case "extra_info":
                        extra = scalars(field, value, series);
                        break;
                    case "stats":
                        timeStats = stats(value, series);
                        break;
                    default:
                        parser.skipChildren();
                }
                if (pending != null) {
                    Malformed e = pending;
                    pending = null;
                    throw e;
                }
            } catch (Malformed e) {
                // The id may come later in the object: finish it to name the benchmark.
                e.name = name != null ? name : nameFromRest();
                throw e;
            }
        }
        if (name == null) {
            throw new RunFileException(input, "benchmark #" + index + " has no \"name\"");
        }
        if (fullname == null) {
            fullname = name;
        }
        String[] node = node(fullname);
        return new BenchmarkRecord(name, fullname, group, node[0], node[1], dims(params, extra), series, timeStats);
    }

    /** Text, null for JSON null; anything else is malformed. */
    private String text(String field, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value != JsonToken.VALUE_STRING) {
            pending = new Malformed(field + " is " + describe(value) + ", expected text");
            return null;
        }
        return parser.getText();
    }

    /** The rest of the current benchmark object skipped, its {@code name} if it has one. */
    private String nameFromRest() throws IOException {
        String name = null;
        JsonToken token;
        while ((token = parser.nextToken()) != null && token != JsonToken.END_OBJECT) {
            if (token == JsonToken.FIELD_NAME) {
                boolean isName = parser.currentName().equals("name");
                JsonToken value = parser.nextToken();
                if (isName && value == JsonToken.VALUE_STRING) {
                    name = parser.getText();
                } else {
                    parser.skipChildren();
                }
            }
        }
        return name;
    }

    /** A malformed value inside a benchmark, named once the benchmark's id is known. */
    private static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private String name;

        Malformed(String problem) {
            super(problem, null, false, false);
        }
    }

    /** A value as the one-line message shows it: text quoted, numbers as written, containers by kind. */
    private String describe(JsonToken value) throws IOException {
        switch (value) {
            case VALUE_STRING:
                String text = parser.getText();
                return "\"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
            case START_OBJECT:
                parser.skipChildren();
                return "an object";
            case START_ARRAY:
                parser.skipChildren();
                return "a list";
            default:
                return parser.getText();
        }
    }

    /**
     * The scalar fields of an object as dims. With {@code memory} (for extra_info), the
     * {@code benchmem} object's per-pass lists and older scalar memory keys go there instead.
     */
    private Map<String, Object> scalars(String where, JsonToken start, Map<Metric, double[]> memory) throws IOException {
        if (start == JsonToken.VALUE_NULL) {
            return Map.of();
        }
        if (start != JsonToken.START_OBJECT) {
            pending = new Malformed(where + " is " + describe(start) + ", expected an object");
            return Map.of();
        }
        Map<String, Object> scalars = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            Metric metric = memory == null ? null : MEMORY_KEYS.get(field);
            if (metric != null) {
                putSeries(memory, metric, doubles(where + "." + field, value));
            } else if (memory != null && field.equals(MEMORY_FIELD)) {
                if (value != JsonToken.START_OBJECT) {
                    throw new Malformed(where + "." + field + " is " + describe(value) + ", expected an object");
                }
                memoryObject(memory);
            } else {
                Object scalar = scalar(value);
                if (scalar != null) {
                    scalars.put(field, scalar);
                }
            }
        }
        return scalars;
    }

    private void memoryObject(Map<Metric, double[]> memory) throws IOException {
        String lengths = "";
        int length = -1;
        boolean differ = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            // Every series of ours and pytest-benchmem's (rss_bytes, retained_bytes), and the older name.
            Metric metric = Metric.bySeriesKey(field).orElse(MEMORY_KEYS.get(field));
            JsonToken value = parser.nextToken();
            if (metric != null) {
                double[] values = doubles("extra_info." + MEMORY_FIELD + "." + field, value);
                lengths += (lengths.isEmpty() ? "" : ", ") + field + " " + values.length;
                differ |= length >= 0 && values.length != length;
                length = values.length;
                // The benchmem object wins over older scalars elsewhere in extra_info.
                memory.remove(metric);
                putSeries(memory, metric, values);
            } else {
                parser.skipChildren();
            }
        }
        if (differ) {
            throw new Malformed("extra_info." + MEMORY_FIELD + " series differ in length: " + lengths);
        }
    }

    private static void putSeries(Map<Metric, double[]> series, Metric metric, double[] values) {
        if (values.length > 0) {
            series.putIfAbsent(metric, values);
        }
    }

    /** The stats block as statistics (null without one); its per-round {@code data} into {@code series}. */
    private SeriesStats stats(JsonToken start, Map<Metric, double[]> series) throws IOException {
        if (start == JsonToken.VALUE_NULL) {
            return null;
        }
        if (start != JsonToken.START_OBJECT) {
            throw new Malformed("stats is " + describe(start) + ", expected an object");
        }
        double min = Double.NaN;
        double max = Double.NaN;
        double mean = Double.NaN;
        double median = Double.NaN;
        double stddev = Double.NaN;
        int roundCount = -1;
        double[] data = new double[0];
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "min":
                    min = number("stats.min", value);
                    break;
                case "max":
                    max = number("stats.max", value);
                    break;
                case "mean":
                    mean = number("stats.mean", value);
                    break;
                case "median":
                    median = number("stats.median", value);
                    break;
                case "stddev":
                    stddev = number("stats.stddev", value);
                    break;
                case "rounds":
                    roundCount = (int) number("stats.rounds", value);
                    break;
                case "data":
                    if (rounds) {
                        data = doubles("stats.data", value);
                    } else {
                        skippedRounds |= value == JsonToken.START_ARRAY;
                        if (value != JsonToken.START_ARRAY && value != JsonToken.VALUE_NULL) {
                            throw new Malformed("stats.data is " + describe(value) + ", expected a list of numbers");
                        }
                        parser.skipChildren();
                    }
                    break;
                default:
                    parser.skipChildren();
            }
        }
        if (data.length > 0) {
            series.put(Metric.TIME, data);
        }
        if (Double.isNaN(min)) {
            if (data.length == 0 && !rounds) {
                // No statistics to stand in for the skipped rounds: read them after all.
                throw new RoundsNeeded();
            }
            return data.length > 0 ? SeriesStats.of(data) : null;
        }
        if (data.length == 0) {
            // Rounds not saved (or not read yet): one row, the minimum (the figure the reference compares).
            series.put(Metric.TIME, new double[] {min});
        }
        return SeriesStats.of(min, max, mean, median, stddev, roundCount > 0 ? roundCount : Math.max(1, data.length));
    }

    /** Thrown when a file without statistics must be read with its rounds. */
    static final class RoundsNeeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RoundsNeeded() {
            super(null, null, false, false);
        }
    }

    /**
     * A number (NaN and Infinity bare, as Python writes them, or as text), NaN for JSON null;
     * anything else is malformed.
     */
    private double number(String field, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) {
            return parser.getDoubleValue();
        }
        if (value == JsonToken.VALUE_NULL) {
            return Double.NaN;
        }
        if (value == JsonToken.VALUE_STRING) {
            String text = parser.getText().trim();
            double v = text.equals("NaN") ? Double.NaN : JsonValues.number(TEXT.textNode(text));
            if (!Double.isNaN(v) || text.equals("NaN")) {
                return v;
            }
        }
        throw new Malformed(field + " is " + describe(value) + ", expected a number");
    }

    /** A list of numbers (NaN left out), or one number as a list of one. */
    private double[] doubles(String field, JsonToken start) throws IOException {
        if (start != JsonToken.START_ARRAY) {
            double v = number(field, start);
            return Double.isNaN(v) ? new double[0] : new double[] {v};
        }
        double[] values = new double[16];
        int n = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            double v = number(field, token);
            if (!Double.isNaN(v)) {
                if (n == values.length) {
                    values = java.util.Arrays.copyOf(values, n * 2);
                }
                values[n++] = v;
            }
        }
        return java.util.Arrays.copyOf(values, n);
    }

    private Object scalar(JsonToken value) throws IOException {
        switch (value) {
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return parser.getDoubleValue();
            case VALUE_STRING:
                return parser.getText();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            default:
                return skip(null);
        }
    }

    /** Skips the current value (and its children) and returns {@code result}. */
    private <T> T skip(T result) throws IOException {
        parser.skipChildren();
        return result;
    }

    /** Scalar params, then scalar extra_info (params win a name clash). */
    private static Map<String, Object> dims(Map<String, Object> params, Map<String, Object> extra) {
        if (params.isEmpty() && extra.isEmpty()) {
            return Collections.emptyMap();
        }
        Map<String, Object> dims = new LinkedHashMap<>(params);
        extra.forEach(dims::putIfAbsent);
        return dims;
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
