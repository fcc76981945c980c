package dev.benchmem.analysis.compare;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.benchmem.core.Metric;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Delta tables as the JSON that CI dashboards ingest: the last column's value (the candidate run)
 * of every id and metric, at the tables' statistic. Time in nanoseconds, bytes, counts: a
 * dashboard keeps its history across runs, so the units stay fixed.
 */
public enum ExportFormat {
    /**
     * github-action-benchmark's {@code customSmallerIsBetter} input: an array of
     * {@code {"name", "unit", "value"}}, one entry per id and metric, the metric and unit in the
     * name ({@code sort[10000] - peak (bytes)}) so that each gets its own chart.
     */
    GITHUB_ACTION_BENCHMARK("github-action-benchmark") {
        @Override
        void write(JsonGenerator json, Map<String, Map<Metric, Double>> values) throws IOException {
            json.writeStartArray();
            for (Map.Entry<String, Map<Metric, Double>> id : values.entrySet()) {
                for (Map.Entry<Metric, Double> m : id.getValue().entrySet()) {
                    json.writeStartObject();
                    json.writeStringField("name", id.getKey() + " - " + m.getKey().key() + " (" + unit(m.getKey()) + ")");
                    json.writeStringField("unit", unit(m.getKey()));
                    json.writeFieldName("value");
                    number(json, m.getValue());
                    json.writeEndObject();
                }
            }
            json.writeEndArray();
        }
    },
    /**
     * Bencher Metric Format: {@code {"ID": {"MEASURE": {"value": N}}}}, one measure per metric:
     * {@code latency} (Bencher's own, nanoseconds) for time, {@code peak-bytes},
     * {@code allocated-bytes} and {@code allocations} for memory (Bencher creates a measure on
     * first sight of its slug).
     */
    BENCHER("bencher") {
        @Override
        void write(JsonGenerator json, Map<String, Map<Metric, Double>> values) throws IOException {
            json.writeStartObject();
            for (Map.Entry<String, Map<Metric, Double>> id : values.entrySet()) {
                json.writeObjectFieldStart(id.getKey());
                for (Map.Entry<Metric, Double> m : id.getValue().entrySet()) {
                    json.writeObjectFieldStart(measure(m.getKey()));
                    json.writeFieldName("value");
                    number(json, m.getValue());
                    json.writeEndObject();
                }
                json.writeEndObject();
            }
            json.writeEndObject();
        }
    };

    private static final JsonFactory JSON = new JsonFactory();

    private final String key;

    ExportFormat(String key) {
        this.key = key;
    }

    /** The name on the command line ({@code --format bencher}). */
    public String key() {
        return key;
    }

    /**
     * The export of {@code tables}' last column, ids in table order, metrics in table order; ids
     * the last column lacks are left out. Ends with a newline.
     */
    public String render(List<DeltaTable> tables) {
        Map<String, Map<Metric, Double>> values = new LinkedHashMap<>();
        for (DeltaTable table : tables) {
            for (DeltaRow row : table.rows()) {
                double v = row.candidate();
                if (!Double.isNaN(v)) {
                    values.computeIfAbsent(row.id(), k -> new LinkedHashMap<>())
                            .put(table.metric(), table.metric() == Metric.TIME ? v * 1e9 : v);
                }
            }
        }
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter());
            write(json, values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    abstract void write(JsonGenerator json, Map<String, Map<Metric, Double>> values) throws IOException;

    /** The unit of a metric's exported values. */
    static String unit(Metric metric) {
        return switch (metric.quantity()) {
            case SECONDS -> "ns";
            case BYTES -> "bytes";
            case COUNT -> metric.key();
        };
    }

    /** Bencher's measure slug for a metric. */
    static String measure(Metric metric) {
        return switch (metric.quantity()) {
            case SECONDS -> "latency";
            case BYTES -> metric.key() + "-bytes";
            case COUNT -> metric.key();
        };
    }

    /** Integral values as integers (byte and allocation counts), others as decimals. */
    private static void number(JsonGenerator json, double v) throws IOException {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            json.writeNumber((long) v);
        } else {
            json.writeNumber(v);
        }
    }
}
