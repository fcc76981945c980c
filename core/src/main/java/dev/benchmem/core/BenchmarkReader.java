package dev.benchmem.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import dev.benchmem.core.JsonValueReader.Malformed;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one entry of a run file's {@code benchmarks} list off the token stream into a {@link
 * BenchmarkResult}. What is absent stays absent; a value that is present but malformed is a
 * {@link RunFileException} naming the benchmark and the field.
 */
final class BenchmarkReader {

    /** Memory as older pytest-benchmem files kept it: scalars (or lists) right in {@code extra_info}. */
    private static final Map<String, Metric> LEGACY_MEMORY_KEYS = Map.of(
            "peak_bytes", Metric.PEAK,
            "total_bytes", Metric.ALLOCATED,
            "allocated_bytes", Metric.ALLOCATED,
            "allocations", Metric.ALLOCATIONS);

    private final String input;
    private final JsonValueReader values;
    private final JsonParser parser;
    private final boolean rounds;
    /** Scratch space, reused benchmark after benchmark: a memory series, the stats block's times and counts. */
    private long[] passes = new long[8];
    private final double[] times = new double[12];
    private final long[] counts = new long[4];

    /**
     * @param rounds whether to keep every timed round ({@code stats.data}); without, rounds are
     *               checked but left out where the stats block stands in for them
     */
    BenchmarkReader(String input, JsonValueReader values, boolean rounds) {
        this.input = input;
        this.values = values;
        this.parser = values.parser();
        this.rounds = rounds;
    }

    /** The benchmark whose START_OBJECT was just read; {@code index} counts from 1. */
    BenchmarkResult read(int index) throws IOException {
        JsonStreamContext object = parser.getParsingContext();
        Fields f = new Fields();
        try {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                field(f, parser.currentName(), parser.nextToken());
            }
            if (f.name == null) {
                throw new RunFileException(input, "benchmark #" + index + " has no \"name\"");
            }
            return f.build();
        } catch (Malformed e) {
            // The id may come later in the object: read on to name the benchmark.
            String name = f.name != null ? f.name : nameFromRest(object);
            throw new RunFileException(input, "benchmark " + (name == null ? "#" + index : "'" + name + "'")
                    + ": " + e.getMessage());
        }
    }

    /** What one benchmark object held, gathered field by field in any order. */
    private static final class Fields {
        String name;
        String fullname;
        String group;
        String param;
        Map<String, Object> params = Map.of();
        Map<String, Object> extraInfo = Map.of();
        Map<String, Object> options = Map.of();
        TimingStats stats;
        MemoryPasses memory;

        BenchmarkResult build() {
            return BenchmarkResult.builder(name, fullname == null ? name : fullname)
                    .group(group).params(params).param(param).extraInfo(extraInfo).options(options)
                    .stats(stats).memory(memory).build();
        }
    }

    private void field(Fields f, String field, JsonToken value) throws IOException {
        switch (field) {
            case "name" -> f.name = values.text(field, value);
            case "fullname" -> f.fullname = values.text(field, value);
            case "group" -> f.group = values.text(field, value);
            case "param" -> f.param = values.text(field, value);
            case "params" -> f.params = values.object(field, value);
            case "options" -> f.options = values.object(field, value);
            case "extra_info" -> extraInfo(f, value);
            case "stats" -> f.stats = stats(value);
            default -> parser.skipChildren();
        }
    }

    /**
     * The user's extra info, and the memory passes: under {@code benchmem}, or in older files as
     * scalars right in {@code extra_info} (which then leave it).
     */
    private void extraInfo(Fields f, JsonToken start) throws IOException {
        if (start == JsonToken.VALUE_NULL) {
            return;
        }
        if (start != JsonToken.START_OBJECT) {
            throw values.malformed("extra_info", start, "an object");
        }
        LinkedHashMap<String, Object> extra = null;
        Map<String, List<Long>> legacy = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            if (key.equals(BenchmarkResult.BENCHMEM_KEY)) {
                if (value != JsonToken.START_OBJECT) {
                    throw values.malformed("extra_info." + key, value, "an object");
                }
                f.memory = memory();
            } else if (LEGACY_MEMORY_KEYS.containsKey(key)) {
                legacy = legacy == null ? new LinkedHashMap<>() : legacy;
                legacy.put(key, series("extra_info." + key, value));
            } else {
                extra = extra == null ? new LinkedHashMap<>() : extra;
                extra.put(key, values.value(value));
            }
        }
        if (legacy != null && f.memory == null) {
            List<Long>[] series = noSeries();
            legacy.forEach((key, values) -> {
                int at = MemoryPasses.SERIES_KEYS.indexOf(LEGACY_MEMORY_KEYS.get(key).seriesKey());
                if (series[at].isEmpty()) {
                    series[at] = values;
                }
            });
            f.memory = passes("extra_info ", series, Map.of());
        } else if (legacy != null) {
            // Beside a benchmem object these are the user's own keys.
            extra = extra == null ? new LinkedHashMap<>() : extra;
            extra.putAll(legacy);
        }
        f.extraInfo = extra == null ? Map.of() : FrozenMap.owning(extra);
    }

    /** The rest of {@code extra_info.benchmem}: the known per-pass series, and any other keys verbatim. */
    private MemoryPasses memory() throws IOException {
        List<Long>[] series = noSeries();
        LinkedHashMap<String, Object> other = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            int known = MemoryPasses.SERIES_KEYS.indexOf(key);
            if (known >= 0) {
                series[known] = series(BLOB_FIELDS.get(known), value);
            } else {
                other = other == null ? new LinkedHashMap<>() : other;
                other.put(key, values.value(value));
            }
        }
        return passes("extra_info.benchmem ", series, other == null ? Map.of() : FrozenMap.owning(other));
    }

    /** One empty series per known key ({@link MemoryPasses#SERIES_KEYS}), to fill in. */
    @SuppressWarnings("unchecked")
    private static List<Long>[] noSeries() {
        List<Long>[] series = new List[MemoryPasses.SERIES_KEYS.size()];
        java.util.Arrays.fill(series, List.of());
        return series;
    }

    /** The passes of the series found, null when none holds a value. */
    private static MemoryPasses passes(String where, List<Long>[] series, Map<String, Object> other) {
        boolean none = true;
        for (List<Long> s : series) {
            none &= s.isEmpty();
        }
        if (none) {
            return null;
        }
        try {
            return new MemoryPasses(series[0], series[1], series[2], series[3], series[4], other);
        } catch (IllegalArgumentException e) {
            throw new Malformed(where + e.getMessage());
        }
    }

    /**
     * A memory series: a list of numbers, or one number as a list of one; NaN and null left out,
     * a fraction rounded to the whole byte or count.
     */
    private List<Long> series(String field, JsonToken start) throws IOException {
        int n = 0;
        if (start != JsonToken.START_ARRAY) {
            n = wholeNumber(field, start, 0);
        } else {
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (n == passes.length) {
                    passes = Arrays.copyOf(passes, n * 2);
                }
                n = wholeNumber(field, token, n);
            }
        }
        return LongList.of(passes, n);
    }

    /**
     * Puts a byte count or count into {@code passes} at {@code at}; how many values it then
     * holds ({@code at} again for NaN and null, which are left out).
     */
    private int wholeNumber(String field, JsonToken value, int at) throws IOException {
        if (value == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            passes[at] = parser.getLongValue();
            return at + 1;
        }
        double d = values.number(field, value);
        if (Double.isNaN(d)) {
            return at;
        }
        if (Double.isInfinite(d) || Math.abs(d) > Long.MAX_VALUE) {
            throw values.malformed(field, value, "a whole number");
        }
        // Bytes and counts are whole; a fraction is float arithmetic in whatever wrote the file.
        passes[at] = Math.round(d);
        return at + 1;
    }

    /** The stats block (null for JSON null). */
    private TimingStats stats(JsonToken start) throws IOException {
        if (start == JsonToken.VALUE_NULL) {
            return null;
        }
        if (start != JsonToken.START_OBJECT) {
            throw values.malformed("stats", start, "an object");
        }
        double[] t = times;
        Arrays.fill(t, Double.NaN);
        long[] c = counts;
        Arrays.fill(c, TimingStats.ABSENT);
        double[] data = NO_ROUNDS;
        boolean leftOut = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            int time = time(field);
            int count = time < 0 ? count(field) : -1;
            if (time >= 0) {
                t[time] = values.number(TIME_FIELDS[time], value);
            } else if (count >= 0) {
                c[count] = values.count(COUNT_FIELDS[count], value);
            } else if (field.equals("data")) {
                // Left out only where the minimum, read before it, stands in for the rounds.
                if (rounds || Double.isNaN(t[0])) {
                    data = rounds(value);
                    leftOut = false;
                } else {
                    leftOut = checkRounds(value) > 0;
                }
            } else {
                parser.skipChildren();
            }
        }
        double mean = t[2];
        // Files older than pytest-benchmark 3.1 have no "ops": it is 1 / mean.
        double ops = !Double.isNaN(t[10]) || Double.isNaN(mean) ? t[10] : mean == 0 ? 0 : 1 / mean;
        return new TimingStats(t[0], t[1], mean, t[3], (int) c[0], t[4], t[5], t[6], t[7], (int) c[1], (int) c[2],
                t[8], t[9], ops, t[11], c[3], data, leftOut);
    }

    private static final double[] NO_ROUNDS = {};

    /** The fields as messages name them, by place (made once: a run has thousands of benchmarks). */
    private static final String[] TIME_FIELDS = {"stats.min", "stats.max", "stats.mean", "stats.stddev",
        "stats.median", "stats.iqr", "stats.q1", "stats.q3", "stats.ld15iqr", "stats.hd15iqr", "stats.ops", "stats.total"};
    private static final String[] COUNT_FIELDS = {"stats.rounds", "stats.iqr_outliers", "stats.stddev_outliers",
        "stats.iterations"};
    private static final List<String> BLOB_FIELDS = MemoryPasses.SERIES_KEYS.stream()
            .map(key -> "extra_info." + BenchmarkResult.BENCHMEM_KEY + "." + key).toList();

    /** A time's place in the stats array above, or -1. */
    private static int time(String field) {
        return switch (field) {
            case "min" -> 0;
            case "max" -> 1;
            case "mean" -> 2;
            case "stddev" -> 3;
            case "median" -> 4;
            case "iqr" -> 5;
            case "q1" -> 6;
            case "q3" -> 7;
            case "ld15iqr" -> 8;
            case "hd15iqr" -> 9;
            case "ops" -> 10;
            case "total" -> 11;
            default -> -1;
        };
    }

    /** A count's place in the counts array above, or -1. */
    private static int count(String field) {
        return switch (field) {
            case "rounds" -> 0;
            case "iqr_outliers" -> 1;
            case "stddev_outliers" -> 2;
            case "iterations" -> 3;
            default -> -1;
        };
    }

    /** {@code stats.data}: a list of numbers (NaN and null left out), or one number. */
    private double[] rounds(JsonToken start) throws IOException {
        if (start != JsonToken.START_ARRAY) {
            double v = values.number("stats.data", start);
            return Double.isNaN(v) ? new double[0] : new double[] {v};
        }
        double[] out = new double[16];
        int n = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            double v = values.number("stats.data", token);
            if (!Double.isNaN(v)) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = v;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Checks {@code stats.data} as {@link #rounds} would read it, without converting a number; how many it holds. */
    private int checkRounds(JsonToken start) throws IOException {
        if (start != JsonToken.START_ARRAY) {
            return Double.isNaN(values.number("stats.data", start)) ? 0 : 1;
        }
        int n = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT) {
                n++;
            } else {
                n += Double.isNaN(values.number("stats.data", token)) ? 0 : 1;
            }
        }
        return n;
    }

    /** Reads on to the end of the benchmark object; its {@code name}, if it has a good one. */
    private String nameFromRest(JsonStreamContext object) throws IOException {
        String name = null;
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            if (token == JsonToken.END_OBJECT && parser.getParsingContext() == object.getParent()) {
                break;
            }
            if (token == JsonToken.FIELD_NAME && parser.getParsingContext() == object
                    && parser.currentName().equals("name")) {
                if (parser.nextToken() == JsonToken.VALUE_STRING) {
                    name = parser.getText();
                } else {
                    parser.skipChildren();
                }
            }
        }
        return name;
    }
}
