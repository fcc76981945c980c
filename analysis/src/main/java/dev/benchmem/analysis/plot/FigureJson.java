package dev.benchmem.analysis.plot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;

/** A drawn figure as plotly JSON: traces, layout and the page's config. Never modified after drawing. */
final class FigureJson {

    private final ArrayNode data;
    private final ObjectNode layout;

    FigureJson(ArrayNode data, ObjectNode layout) {
        this.data = data;
        this.layout = layout;
    }

    ArrayNode data() {
        return data.deepCopy();
    }

    ObjectNode layout() {
        return layout.deepCopy();
    }

    int traceCount() {
        return data.size();
    }

    /** The title as plotly shows it (entity-escaped, hence also valid HTML text). */
    String title() {
        return layout.path("title").path("text").asText("");
    }

    /** {@code {"data":[...],"layout":{...},"config":{...}}}, safe to embed in a script element. */
    String toJson() {
        return Json.write(figure());
    }

    /** {@link #toJson()} streamed to {@code out}, which stays open. */
    void writeTo(Writer out) throws IOException {
        Json.write(figure(), out);
    }

    private ObjectNode figure() {
        ObjectNode figure = Json.object();
        figure.set("data", data);
        figure.set("layout", layout);
        figure.putObject("config").put("responsive", true).put("displaylogo", false);
        return figure;
    }
}
