package dev.benchmem.analysis.plot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.benchmem.analysis.plot.Panels.Panel;
import dev.benchmem.analysis.plot.PlotData.Series;
import java.util.ArrayList;
import java.util.List;

/** A heatmap of log2(run / first run): one column per run, one row per id, zero in the middle. */
final class SweepView {

    private static final int ROW_PIXELS = 16;

    private SweepView() {}

    static PlotResult draw(PlotData data, PlotOptions options) {
        List<Panel> panels = Panels.split(data, data.series, options.facet());
        DisplayUnit unit = DisplayUnit.of(data.metric, data.maxValue());
        String first = data.runs.get(0);
        Canvas canvas = Canvas.stacked(data.metric.key() + ": log2 fold change vs " + first, Panels.sizes(panels));
        canvas.axisTitles("run", "");
        String hover = "<b>%{y}</b><br>run: %{x}<br>" + Json.template(data.metric.key()) + ": %{customdata:.4g}"
                + unit.suffix() + "<br>log2(run / " + Json.template(first) + "): %{z:+.3g}<extra></extra>";
        List<Double> folds = new ArrayList<>();
        for (int p = 0; p < panels.size(); p++) {
            List<Series> rows = panels.get(p).series();
            canvas.panelTitle(p, panels.get(p).title());
            ObjectNode trace = canvas.trace(p, "heatmap");
            trace.put("coloraxis", "coloraxis").put("name", Json.text(data.metric.key()));
            trace.put("hovertemplate", hover).put("hoverongaps", false).put("xgap", 1).put("ygap", 1);
            trace.set("x", Json.texts(data.runs));
            trace.set("y", Json.texts(rows.stream().map(Series::id).toList()));
            ArrayNode z = trace.putArray("z");
            ArrayNode values = trace.putArray("customdata");
            for (Series s : rows) {
                double[] fold = new double[data.runs.size()];
                double[] value = new double[fold.length];
                for (int run = 0; run < fold.length; run++) {
                    fold[run] = log2Fold(s.value()[0], s.value()[run]);
                    value[run] = unit.apply(s.value()[run]);
                    if (Double.isFinite(fold[run])) {
                        folds.add(fold[run]);
                    }
                }
                z.add(Json.numbers(fold));
                values.add(Json.numbers(value));
            }
            canvas.xaxis(p).put("type", "category");
            canvas.yaxis(p).put("type", "category").put("autorange", "reversed");
        }
        canvas.freeAxes(options);
        Diverging.apply(canvas.colorAxis(), folds.stream().mapToDouble(Double::doubleValue).toArray(),
                Diverging.log2Floor(), options, "log2(run / " + first + ")");
        canvas.height(Math.min(2400, Math.max(Canvas.MIN_HEIGHT, 160 + 60 * panels.size() + data.series.size() * ROW_PIXELS)));
        return new PlotResult(View.SWEEP, data.metric, canvas.figure(), data.series.size());
    }

    /** log2(value / first); NaN when either is missing or the ratio is undefined. */
    static double log2Fold(double first, double value) {
        if (first == 0 && value == 0) {
            return 0;
        }
        if (!(first > 0) || !(value > 0)) {
            return Double.NaN;
        }
        return Math.log(value / first) / Math.log(2);
    }
}
