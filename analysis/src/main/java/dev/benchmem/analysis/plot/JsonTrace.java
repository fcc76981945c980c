package dev.benchmem.analysis.plot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import tech.tablesaw.plotly.components.HoverLabel;
import tech.tablesaw.plotly.traces.Trace;

/** A jsplot {@link Trace} backed by a plotly trace object, for the attributes jsplot lacks. */
final class JsonTrace implements Trace {

    private final ObjectNode trace;

    JsonTrace(ObjectNode trace) {
        this.trace = trace;
    }

    @Override
    public String asJavascript(int i) {
        return "var trace" + i + " = " + Json.write(trace) + ";";
    }

    @Override
    public String name() {
        return trace.path("name").asText("");
    }

    @Override
    public HoverLabel hoverLabel() {
        return null;
    }

    @Override
    public boolean showLegend() {
        return trace.path("showlegend").asBoolean(true);
    }
}
