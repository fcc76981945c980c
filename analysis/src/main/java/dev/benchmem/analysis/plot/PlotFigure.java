package dev.benchmem.analysis.plot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import tech.tablesaw.plotly.components.Config;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.event.EventHandler;
import tech.tablesaw.plotly.traces.Trace;

/**
 * An immutable plotly figure: traces and layout as JSON. It is a jsplot {@link
 * tech.tablesaw.plotly.components.Figure}, so {@code Plot.show(figure)} and {@link
 * #asJavascript(String)} work as for any jsplot figure; {@link PlotPage} writes it as a page.
 */
public final class PlotFigure extends tech.tablesaw.plotly.components.Figure {

    private final ArrayNode data;
    private final ObjectNode layout;

    PlotFigure(ArrayNode data, ObjectNode layout) {
        super(traces(data));
        this.data = data.deepCopy();
        this.layout = layout.deepCopy();
    }

    private static Trace[] traces(ArrayNode data) {
        Trace[] traces = new Trace[data.size()];
        for (int i = 0; i < traces.length; i++) {
            traces[i] = new JsonTrace((ObjectNode) data.get(i).deepCopy());
        }
        return traces;
    }

    /** The plotly traces (a copy). */
    public ArrayNode data() {
        return data.deepCopy();
    }

    /** The plotly layout (a copy). */
    public ObjectNode layoutJson() {
        return layout.deepCopy();
    }

    /** The title as plotly shows it (entity-escaped text). */
    public String title() {
        return layout.path("title").path("text").asText("");
    }

    /** {@code {"data":[...],"layout":{...},"config":{...}}}, safe to embed in a script element. */
    public String toJson() {
        ObjectNode figure = Json.object();
        figure.set("data", data);
        figure.set("layout", layout);
        figure.set("config", config());
        return Json.write(figure);
    }

    private static JsonNode config() {
        ObjectNode config = Json.object();
        config.put("responsive", true);
        config.put("displaylogo", false);
        return config;
    }

    /** A script element that draws this figure into the element {@code divName} (plotly.js loaded). */
    @Override
    public String asJavascript(String divName) {
        ObjectNode target = Json.object().put("id", divName);
        return "<script>\n(function () {\n"
                + "  var figure = " + toJson() + ";\n"
                + "  var target = document.getElementById(" + Json.write(target.get("id")) + ");\n"
                + "  Plotly.newPlot(target, figure.data, figure.layout, figure.config);\n"
                + "})();\n</script>\n";
    }

    @Override
    public void setTraces(Trace... data) {
        throw new UnsupportedOperationException("PlotFigure is immutable");
    }

    @Override
    public void setLayout(Layout layout) {
        throw new UnsupportedOperationException("PlotFigure is immutable");
    }

    @Override
    public void setConfig(Config config) {
        throw new UnsupportedOperationException("PlotFigure is immutable");
    }

    @Override
    public void setEventHandlers(EventHandler... handlers) {
        throw new UnsupportedOperationException("PlotFigure is immutable");
    }
}
