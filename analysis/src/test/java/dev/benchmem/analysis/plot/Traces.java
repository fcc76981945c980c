package dev.benchmem.analysis.plot;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads a figure's plotly JSON back for assertions. */
final class Traces {
    private Traces() {
    }

    /** The trace names, in drawing order. */
    static List<String> names(JsonNode data) {
        List<String> out = new ArrayList<>();
        data.forEach(t -> out.add(t.get("name").asText()));
        return out;
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    /** Numbers rounded to 6 decimals (the figure carries floats). */
    static List<Double> doubles(JsonNode array) {
        List<Double> out = new ArrayList<>();
        array.forEach(v -> out.add(Math.round(v.asDouble() * 1e6) / 1e6));
        return out;
    }
}
