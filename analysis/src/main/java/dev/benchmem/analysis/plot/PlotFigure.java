package dev.benchmem.analysis.plot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import tech.tablesaw.plotly.components.Config;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.event.EventHandler;
import tech.tablesaw.plotly.traces.Trace;

/**
 * A drawn view as a jsplot {@link tech.tablesaw.plotly.components.Figure}, for code that shows
 * figures the jsplot way ({@code Plot.show(figure)}, {@link #asJavascript(String)}). Immutable:
 * the setters throw.
 */
public final class PlotFigure extends tech.tablesaw.plotly.components.Figure {

    private final FigureJson json;

    PlotFigure(FigureJson json) {
        super(traces(json.data()));
        this.json = json;
    }

    private static Trace[] traces(ArrayNode data) {
        Trace[] traces = new Trace[data.size()];
        for (int i = 0; i < traces.length; i++) {
            traces[i] = new JsonTrace((ObjectNode) data.get(i));
        }
        return traces;
    }

    /** The plotly traces (a copy). */
    public ArrayNode data() {
        return json.data();
    }

    /** The plotly layout (a copy). */
    public ObjectNode layoutJson() {
        return json.layout();
    }

    /** {@code {"data":[...],"layout":{...},"config":{...}}}, safe to embed in a script element. */
    public String toJson() {
        return json.toJson();
    }

    /** A script element that draws this figure into the element {@code divName} (plotly.js loaded). */
    @Override
    public String asJavascript(String divName) {
        return "<script>\n(function () {\n"
                + "  var figure = " + json.toJson() + ";\n"
                + "  var target = document.getElementById(" + Json.write(Json.object().put("id", divName).get("id")) + ");\n"
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
