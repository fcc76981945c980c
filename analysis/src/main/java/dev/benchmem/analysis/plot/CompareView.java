package dev.benchmem.analysis.plot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.benchmem.analysis.plot.Panels.Panel;
import dev.benchmem.analysis.plot.PlotData.Series;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** One bar per id, candidate minus baseline, biggest change on top, coloured around zero. */
final class CompareView {

    private static final int BAR_PIXELS = 22;

    private CompareView() {}

    static PlotResult draw(PlotData data, PlotOptions options) {
        int base = 0;
        int cand = data.last();
        List<Series> both = data.inBoth(base, cand);
        boolean relative = options.sort() == PlotOptions.Sort.RELATIVE;
        double[] rawDeltas = both.stream().mapToDouble(s -> s.value()[cand] - s.value()[base]).toArray();
        // The smallest change the axis and colours span: a share of the largest baseline value.
        double rawFloor = Diverging.NOISE_FLOOR * both.stream().mapToDouble(s -> Math.abs(s.value()[base])).max().orElse(0);
        DisplayUnit unit = DisplayUnit.of(data.metric, Math.max(Diverging.maxAbs(rawDeltas), rawFloor));
        double floor = relative ? Diverging.NOISE_FLOOR * 100 : unit.apply(rawFloor);
        ToDoubleFunction<Series> measure = relative
                ? s -> percent(s.value()[base], s.value()[cand])
                : s -> unit.apply(s.value()[cand] - s.value()[base]);
        String baseLabel = data.runs.get(base);
        String candLabel = data.runs.get(cand);
        String axis = relative ? "change in " + data.metric.key() + " (%)" : "Δ " + unit.label(data.metric.key());

        List<Panel> panels = Panels.split(data, both, options.facet());
        Canvas canvas = Canvas.stacked(data.metric.key() + ": " + candLabel + " − " + baseLabel + ", ranked by "
                + (relative ? "relative" : "absolute") + " change", Panels.sizes(panels));
        canvas.axisTitles(axis, "");
        DisplayUnit valueUnit = DisplayUnit.of(data.metric, data.maxValue());
        String hover = "<b>%{y}</b><br>" + Json.template(baseLabel) + ": %{customdata[0]:.4g}" + valueUnit.suffix()
                + "<br>" + Json.template(candLabel) + ": %{customdata[1]:.4g}" + valueUnit.suffix()
                + "<br>change: %{customdata[2]:+.4g}" + unit.suffix() + " (%{customdata[3]:+.3g}%)<extra></extra>";
        for (int p = 0; p < panels.size(); p++) {
            canvas.panelTitle(p, panels.get(p).title());
            List<Series> ranked = panels.get(p).series().stream()
                    .sorted(Comparator.comparingDouble((Series s) -> rank(measure.applyAsDouble(s))).reversed())
                    .toList();
            ObjectNode trace = canvas.trace(p, "bar");
            trace.put("orientation", "h").put("showlegend", false).put("name", Json.text(data.metric.key()));
            trace.put("hovertemplate", hover);
            double[] x = ranked.stream().mapToDouble(measure).toArray();
            trace.set("x", Json.numbers(x));
            trace.set("y", Json.texts(ranked.stream().map(Series::id).toList()));
            ArrayNode custom = trace.putArray("customdata");
            for (Series s : ranked) {
                double b = s.value()[base];
                double c = s.value()[cand];
                custom.add(Json.numbers(new double[] {valueUnit.apply(b), valueUnit.apply(c), unit.apply(c - b),
                    b == 0 ? Double.NaN : (c - b) / b * 100}));
            }
            ObjectNode marker = trace.putObject("marker");
            marker.set("color", Json.numbers(x));
            marker.put("coloraxis", "coloraxis");
            marker.putObject("line").put("color", "#444").put("width", 0.5);
            canvas.yaxis(p).put("type", "category").put("autorange", "reversed");
            canvas.xaxis(p).put("zeroline", true).put("zerolinecolor", "#444");
        }
        double[] all = both.stream().mapToDouble(measure).toArray();
        canvas.freeAxes(options);
        for (int p = 0; p < panels.size(); p++) {
            // A symmetric axis at least as wide as the floor: noise draws short bars, not full-width ones.
            double[] span = options.freeX() ? panels.get(p).series().stream().mapToDouble(measure).toArray() : all;
            double reach = Math.max(Diverging.maxAbs(span), floor) * 1.05;
            canvas.xaxis(p).set("range", Json.array().add(-reach).add(reach));
        }
        Diverging.apply(canvas.colorAxis(), all, floor, options, axis);
        canvas.height(Math.min(4000, Math.max(Canvas.MIN_HEIGHT,
                160 + (40 + BAR_PIXELS) * panels.size() + both.size() * BAR_PIXELS)));
        return new PlotResult(View.COMPARE, data.metric, canvas.figure(), both.size());
    }

    /** Percent change; an id that grew from nothing ranks first. */
    private static double percent(double base, double candidate) {
        if (base == 0) {
            return candidate == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, candidate);
        }
        return (candidate - base) / base * 100;
    }

    private static double rank(double change) {
        return Double.isNaN(change) ? -1 : Math.abs(change);
    }
}
