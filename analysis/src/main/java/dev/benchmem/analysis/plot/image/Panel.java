package dev.benchmem.analysis.plot.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One panel of a plotly figure: its axis pair, the traces drawn on it, its heading, notes and
 * reference lines, and where it sits (its axes' domains, fractions of the plotting area).
 */
record Panel(int index, ObjectNode xaxis, ObjectNode yaxis, List<JsonNode> traces, String title,
        List<JsonNode> notes, List<JsonNode> lines) {

    /** Every panel of the figure, in axis order ({@code xaxis}, {@code xaxis2}, ...). */
    static List<Panel> of(JsonNode data, ObjectNode layout) {
        List<Panel> panels = new ArrayList<>();
        for (int p = 0; layout.has(axisKey("xaxis", p)); p++) {
            String xref = p == 0 ? "x" : "x" + (p + 1);
            String yref = p == 0 ? "y" : "y" + (p + 1);
            List<JsonNode> traces = new ArrayList<>();
            data.forEach(t -> {
                if (t.path("xaxis").asText("x").equals(xref)) {
                    traces.add(t);
                }
            });
            String title = null;
            List<JsonNode> notes = new ArrayList<>();
            for (JsonNode note : layout.path("annotations")) {
                if (note.path("xref").asText().equals(xref + " domain")) {
                    // A note sitting on the panel's top edge is its heading (a facet value).
                    if (note.path("yanchor").asText().equals("bottom") && note.path("y").asDouble() >= 1) {
                        title = PlotlyText.plain(note.path("text").asText());
                    } else {
                        notes.add(note);
                    }
                }
            }
            List<JsonNode> lines = new ArrayList<>();
            for (JsonNode shape : layout.path("shapes")) {
                if (shape.path("type").asText().equals("line") && shape.path("yref").asText().equals(yref)) {
                    lines.add(shape);
                }
            }
            panels.add(new Panel(p, (ObjectNode) layout.get(axisKey("xaxis", p)), (ObjectNode) layout.with(axisKey("yaxis", p)),
                    traces, title, notes, lines));
        }
        return panels;
    }

    static String axisKey(String axis, int panel) {
        return panel == 0 ? axis : axis + (panel + 1);
    }

    /** {@code [from, to]} of an axis' domain, 0..1 when it has none. */
    static double[] domain(JsonNode axis) {
        JsonNode d = axis.path("domain");
        return d.size() == 2 ? new double[] {d.get(0).asDouble(), d.get(1).asDouble()} : new double[] {0, 1};
    }

    String type() {
        return traces.isEmpty() ? "scatter" : traces.get(0).path("type").asText("scatter");
    }
}
