package dev.benchmem.analysis.plot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.benchmem.analysis.plot.Panels.Panel;
import dev.benchmem.analysis.plot.PlotData.Series;
import java.util.Arrays;
import java.util.List;

/**
 * Baseline cost (log x) against candidate/baseline (y), coloured by the absolute delta: the
 * top-right corner holds what was already big and got bigger.
 */
final class ScatterView {

    private ScatterView() {}

    static PlotResult draw(PlotData data, PlotOptions options) {
        int base = 0;
        int cand = data.last();
        List<Series> both = data.inBoth(base, cand).stream().filter(s -> s.value()[base] > 0).toList();
        List<Panel> panels = Panels.split(data, both, options.facet());
        double largestBase = both.stream().mapToDouble(s -> s.value()[base]).max().orElse(0);
        DisplayUnit unit = DisplayUnit.of(data.metric, largestBase);
        double[] rawDeltas = both.stream().mapToDouble(s -> s.value()[cand] - s.value()[base]).toArray();
        double rawFloor = Diverging.NOISE_FLOOR * largestBase;
        DisplayUnit deltaUnit = DisplayUnit.of(data.metric, Math.max(Diverging.maxAbs(rawDeltas), rawFloor));
        String baseLabel = data.runs.get(base);
        String candLabel = data.runs.get(cand);

        Canvas canvas = Canvas.grid(data.metric.key() + ": " + candLabel + " vs " + baseLabel, panels.size());
        canvas.axisTitles(baseLabel + " " + unit.label(), candLabel + " / " + baseLabel);
        String hover = "<b>%{text}</b><br>" + Json.template(baseLabel) + ": %{x:.4g}" + unit.suffix()
                + "<br>" + Json.template(candLabel) + ": %{customdata[0]:.4g}" + unit.suffix()
                + "<br>change: %{customdata[1]:+.4g}" + deltaUnit.suffix() + " (%{customdata[2]:+.3g}%)<extra></extra>";
        for (int p = 0; p < panels.size(); p++) {
            Panel panel = panels.get(p);
            canvas.panelTitle(p, panel.title());
            ObjectNode trace = canvas.trace(p, "scatter");
            trace.put("mode", options.pointLabels() ? "markers+text" : "markers")
                    .put("name", Json.text(data.metric.key())).put("showlegend", false);
            if (options.pointLabels()) {
                trace.put("textposition", "top center");
                trace.putObject("textfont").put("size", 10).put("color", "#444");
            }
            trace.put("hovertemplate", hover);
            int n = panel.series().size();
            double[] x = new double[n];
            double[] y = new double[n];
            double[] delta = new double[n];
            ArrayNode custom = trace.putArray("customdata");
            for (int i = 0; i < n; i++) {
                Series s = panel.series().get(i);
                double b = s.value()[base];
                double c = s.value()[cand];
                x[i] = unit.apply(b);
                y[i] = c / b;
                delta[i] = deltaUnit.apply(c - b);
                custom.add(Json.numbers(new double[] {unit.apply(c), delta[i], (c - b) / b * 100}));
            }
            trace.set("text", Json.texts(panel.series().stream().map(Series::id).toList()));
            trace.set("x", Json.numbers(x));
            trace.set("y", Json.numbers(y));
            ObjectNode marker = trace.putObject("marker");
            marker.set("color", Json.numbers(delta));
            marker.put("coloraxis", "coloraxis").put("size", 9);
            marker.putObject("line").put("color", "#444").put("width", 0.6);
            canvas.horizontalLine(p, 1);
            canvas.annotation(p, "big and got bigger ↗", 1, 1)
                    .put("xanchor", "right").put("yanchor", "top")
                    .putObject("font").put("color", "#999").put("size", 11);
        }
        boolean logRatio = options.yScale() == PlotOptions.Scale.LOG;
        canvas.freeAxes(options);
        for (int p = 0; p < panels.size(); p++) {
            List<Series> span = options.freeY() ? panels.get(p).series() : both;
            double[] ratios = span.stream().mapToDouble(s -> s.value()[cand] / s.value()[base]).toArray();
            // x is log unless --linear(-x); the ratio axis is linear unless --log(-y).
            canvas.xaxis(p).put("type", options.xScale() == PlotOptions.Scale.LINEAR ? "linear" : "log");
            canvas.yaxis(p).put("type", logRatio ? "log" : "linear").set("range", ratioRange(ratios, logRatio));
        }
        Diverging.apply(canvas.colorAxis(), Arrays.stream(rawDeltas).map(deltaUnit::apply).toArray(),
                deltaUnit.apply(rawFloor), options, "Δ " + deltaUnit.label(data.metric.key()));
        return new PlotResult(View.SCATTER, data.metric, canvas.figure(), both.size());
    }

    /**
     * The ratio axis spans at least 1 ± {@link Diverging#NOISE_FLOOR} (so identical runs sit on a
     * flat line at 1 instead of filling a 0.992-1 axis) and every point, with a margin; in
     * log10 units on a log axis, as plotly wants.
     */
    static ArrayNode ratioRange(double[] ratios, boolean log) {
        double low = 1 - Diverging.NOISE_FLOOR;
        double high = 1 + Diverging.NOISE_FLOOR;
        for (double r : ratios) {
            if (Double.isFinite(r) && r > 0) {
                low = Math.min(low, r);
                high = Math.max(high, r);
            }
        }
        if (log) {
            double pad = (Math.log10(high) - Math.log10(low)) * 0.05;
            return Json.array().add(Math.log10(low) - pad).add(Math.log10(high) + pad);
        }
        double pad = (high - low) * 0.05;
        return Json.array().add(Math.max(0, low - pad)).add(high + pad);
    }
}
