package dev.benchmem.analysis.plot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A figure under construction: a title and a grid of panels (one per facet value), each with
 * its own x/y axis pair, plus traces placed on a panel.
 */
final class Canvas {

    private static final double GAP_X = 0.08;
    private static final double GAP_Y = 0.12;

    private final ArrayNode data = Json.array();
    private final ObjectNode layout = Json.object();
    private final int panels;
    private final int columns;
    private final int rows;

    Canvas(String title, int panels) {
        this.panels = panels;
        this.columns = (int) Math.ceil(Math.sqrt(panels));
        this.rows = (panels + columns - 1) / columns;
        layout.putObject("title").put("text", Json.text(title)).put("x", 0.02);
        layout.put("template", "plotly_white");
        layout.put("hovermode", "closest");
        layout.putObject("margin").put("t", 70).put("l", 80).put("r", 40).put("b", 70);
        for (int p = 0; p < panels; p++) {
            placeAxes(p);
        }
    }

    private void placeAxes(int panel) {
        int col = panel % columns;
        int row = panel / columns;
        double gapX = columns > 1 ? GAP_X : 0;
        double gapY = rows > 1 ? GAP_Y : 0;
        double x0 = col / (double) columns + (col > 0 ? gapX / 2 : 0);
        double x1 = (col + 1) / (double) columns - (col < columns - 1 ? gapX / 2 : 0);
        double y1 = 1 - row / (double) rows - (row > 0 ? gapY / 2 : 0);
        double y0 = 1 - (row + 1) / (double) rows + (row < rows - 1 ? gapY / 2 : 0);
        xaxis(panel).put("anchor", yRef(panel)).set("domain", Json.array().add(x0).add(x1));
        yaxis(panel).put("anchor", xRef(panel)).set("domain", Json.array().add(y0).add(y1));
        xaxis(panel).put("automargin", true);
        yaxis(panel).put("automargin", true);
    }

    /** Rows of the panel grid, to size the figure's height. */
    int gridRows() {
        return rows;
    }

    static String xRef(int panel) {
        return panel == 0 ? "x" : "x" + (panel + 1);
    }

    static String yRef(int panel) {
        return panel == 0 ? "y" : "y" + (panel + 1);
    }

    ObjectNode xaxis(int panel) {
        return layout.with("xaxis" + (panel == 0 ? "" : panel + 1));
    }

    ObjectNode yaxis(int panel) {
        return layout.with("yaxis" + (panel == 0 ? "" : panel + 1));
    }

    /** Axis titles on every panel (raw text; escaped here). */
    void axisTitles(String x, String y) {
        for (int p = 0; p < panels; p++) {
            xaxis(p).putObject("title").put("text", Json.text(x));
            yaxis(p).putObject("title").put("text", Json.text(y));
        }
    }

    /** A heading above a panel, e.g. {@code n=10000}; only when there are several panels. */
    void panelTitle(int panel, String text) {
        if (panels == 1) {
            return;
        }
        ObjectNode note = annotation(panel, Json.text(text), 0.5, 1.0);
        note.put("yanchor", "bottom").put("xanchor", "center");
        note.putObject("font").put("size", 13);
    }

    /** A note placed in a panel's own coordinates (0..1 across its domain). */
    ObjectNode annotation(int panel, String text, double x, double y) {
        ObjectNode note = layout.withArray("annotations").addObject();
        note.put("text", text).put("showarrow", false);
        note.put("xref", xRef(panel) + " domain").put("x", x);
        note.put("yref", yRef(panel) + " domain").put("y", y);
        return note;
    }

    /** A horizontal line across a panel at data value {@code y}. */
    void horizontalLine(int panel, double y) {
        ObjectNode line = layout.withArray("shapes").addObject();
        line.put("type", "line").put("layer", "below");
        line.put("xref", xRef(panel) + " domain").put("x0", 0).put("x1", 1);
        line.put("yref", yRef(panel)).put("y0", y).put("y1", y);
        line.putObject("line").put("color", "#555").put("width", 1).put("dash", "dash");
    }

    /** A trace of {@code type} drawn on {@code panel}. */
    ObjectNode trace(int panel, String type) {
        ObjectNode trace = data.addObject();
        trace.put("type", type);
        trace.put("xaxis", xRef(panel)).put("yaxis", yRef(panel));
        return trace;
    }

    /** The shared colour axis that traces refer to with {@code coloraxis: "coloraxis"}. */
    ObjectNode colorAxis() {
        return layout.with("coloraxis");
    }

    void height(int pixels) {
        layout.put("height", pixels);
    }

    ObjectNode layout() {
        return layout;
    }

    PlotFigure figure() {
        return new PlotFigure(data, layout);
    }
}
