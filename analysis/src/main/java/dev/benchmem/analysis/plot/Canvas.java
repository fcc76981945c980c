package dev.benchmem.analysis.plot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;

/**
 * A figure under construction: a title and a grid of panels (one per facet value), each with
 * its own x/y axis pair, plus traces placed on a panel.
 */
final class Canvas {

    /** The least height a page sized to its content gets: room for the title, one row and a colour bar. */
    static final int MIN_HEIGHT = 260;

    private static final double GAP_X = 0.08;
    private static final double GAP_Y = 0.12;

    private final ArrayNode data = Json.array();
    private final ObjectNode layout = Json.object();
    private final int panels;
    private final int columns;
    private final int rows;

    private Canvas(String title, int panels, int columns) {
        this.panels = panels;
        this.columns = columns;
        this.rows = (panels + columns - 1) / columns;
        layout.putObject("title").put("text", Json.text(title)).put("x", 0.02);
        layout.put("template", "plotly_white");
        layout.put("hovermode", "closest");
        layout.put("plot_bgcolor", "rgba(0,0,0,0)");
        layout.putObject("margin").put("t", 70).put("l", 80).put("r", 40).put("b", 70);
    }

    /** Panels in a near-square grid: for views whose axes are both numeric. */
    static Canvas grid(String title, int panels) {
        Canvas canvas = new Canvas(title, panels, (int) Math.ceil(Math.sqrt(panels)));
        for (int p = 0; p < panels; p++) {
            int col = p % canvas.columns;
            int row = p / canvas.columns;
            canvas.place(p, span(col, canvas.columns, GAP_X), flip(span(row, canvas.rows, GAP_Y)));
            if (p > 0) {
                // Small multiples share their scales, so equal lengths mean equal values.
                canvas.xaxis(p).put("matches", "x");
                canvas.yaxis(p).put("matches", "y");
            }
        }
        return canvas;
    }

    /**
     * {@code --free-axes}: the chosen axes of every panel after the first stop matching the
     * first panel's, so each ranges over its own data (for facets whose costs differ in scale).
     */
    void freeAxes(PlotOptions options) {
        for (int p = 1; p < panels; p++) {
            if (options.freeX()) {
                xaxis(p).remove("matches");
            }
            if (options.freeY()) {
                yaxis(p).remove("matches");
            }
        }
    }

    /**
     * Panels stacked in one column, each as tall as its share of {@code rows}: for views with
     * an id per row, whose long category labels need the full width.
     */
    static Canvas stacked(String title, int[] rows) {
        Canvas canvas = new Canvas(title, rows.length, 1);
        double total = Arrays.stream(rows).sum();
        double gap = rows.length > 1 ? GAP_Y / 2 : 0;
        double usable = 1 - gap * (rows.length - 1);
        double top = 1;
        for (int p = 0; p < rows.length; p++) {
            double height = total > 0 ? usable * rows[p] / total : usable / rows.length;
            canvas.place(p, new double[] {0, 1}, new double[] {Math.max(0, top - height), top});
            if (p > 0) {
                canvas.xaxis(p).put("matches", "x");
            }
            top -= height + gap;
        }
        return canvas;
    }

    /** Domain of cell {@code i} of {@code n} along one direction, with gaps between cells. */
    private static double[] span(int i, int n, double gap) {
        double g = n > 1 ? gap : 0;
        return new double[] {i / (double) n + (i > 0 ? g / 2 : 0), (i + 1) / (double) n - (i < n - 1 ? g / 2 : 0)};
    }

    /** Rows count from the top of the figure. */
    private static double[] flip(double[] span) {
        return new double[] {1 - span[1], 1 - span[0]};
    }

    /**
     * Plain decimals on every axis: plotly's default SI prefixes turn 0.0001 MiB into
     * {@code 100μ}, which reads as a unit.
     */
    private void place(int panel, double[] x, double[] y) {
        xaxis(panel).put("anchor", yRef(panel)).put("automargin", true).put("exponentformat", "none")
                .set("domain", Json.array().add(x[0]).add(x[1]));
        yaxis(panel).put("anchor", xRef(panel)).put("automargin", true).put("exponentformat", "none")
                .set("domain", Json.array().add(y[0]).add(y[1]));
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

    /**
     * Axis titles (raw text; escaped here). Panels share their scales, so like small multiples
     * elsewhere only the bottom panel of a column titles x and only the left column titles y.
     */
    void axisTitles(String x, String y) {
        for (int p = 0; p < panels; p++) {
            if (p + columns >= panels) {
                xaxis(p).putObject("title").put("text", Json.text(x));
            }
            if (p % columns == 0) {
                yaxis(p).putObject("title").put("text", Json.text(y));
            }
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

    /**
     * A horizontal line across a panel at data value {@code y}, under the traces. Plotly draws
     * such a line beneath the plot background of every panel but the first, so the background is
     * left transparent (the white page shows through).
     */
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

    FigureJson figure() {
        return new FigureJson(data, layout);
    }
}
