package dev.benchmem.analysis.plot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.benchmem.core.Metric;
import dev.benchmem.core.Trend;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Trends: one line per id over a series of runs, x the commit's time (or the runs evenly spaced
 * in that order), y the headline; hovering a point names its run (and commit). The runs come
 * from a history database ({@link Plots#history}) or are run files in the order given (x is then
 * their order: a file's run has no commit time here).
 */
final class HistoryView {

    /** On x: when the commit was made, or the runs evenly spaced in that order. */
    enum Axis { TIME, ORDER }

    private static final DateTimeFormatter PLOTLY_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private HistoryView() {}

    /** Runs of a history database: commit time on x (or order), the commit and run number in the hover. */
    static PlotResult draw(List<Trend> trends, Metric metric, PlotOptions options) {
        return draw(trends, metric, options, "commit %{customdata[0]} (run %{customdata[1]})",
                (p, point) -> point.add(Json.text(shortCommit(p.commitId()))).add(p.run()));
    }

    /** Run files as a history (point {@code run} = 1-based position in {@code runs}): their order on x. */
    static PlotResult draw(PlotData data, PlotOptions options) {
        List<Trend> trends = new ArrayList<>();
        for (PlotData.Series s : data.series) {
            List<Trend.Point> points = new ArrayList<>();
            for (int run = 0; run < data.runs.size(); run++) {
                if (s.in(run)) {
                    points.add(new Trend.Point(run + 1, null, null, s.value()[run]));
                }
            }
            trends.add(new Trend(s.id(), points));
        }
        return draw(trends, data.metric, options, "run %{customdata[0]}",
                (p, point) -> point.add(Json.text(data.runs.get((int) p.run() - 1))));
    }

    /**
     * @param runLine the hover's line naming a point's run, from its {@code customdata}
     * @param runData adds a point's {@code customdata} (kept short: a page holds one per point)
     */
    private static PlotResult draw(List<Trend> trends, Metric metric, PlotOptions options, String runLine,
            BiConsumer<Trend.Point, ArrayNode> runData) {
        // Every run's time once, as a UTC instant plotly reads; their order follows from it.
        Map<Long, LocalDateTime> instantOf = new TreeMap<>();
        boolean timed = true;
        double max = 0;
        for (Trend trend : trends) {
            for (Trend.Point p : trend.points()) {
                timed &= p.time() != null;
                if (p.time() != null) {
                    instantOf.computeIfAbsent(p.run(), run -> utc(p));
                }
                instantOf.putIfAbsent(p.run(), null);
                max = Math.max(max, p.value());
            }
        }
        Axis axis = axis(options, timed);
        List<Long> order = new ArrayList<>(instantOf.keySet());
        if (timed) {
            order.sort(Comparator.comparing((Long run) -> instantOf.get(run)).thenComparing(run -> run));
        }
        Map<Long, Integer> position = new TreeMap<>();
        Map<Long, String> timeOf = new TreeMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i + 1);
            timeOf.put(order.get(i), timed ? PLOTLY_DATE.format(instantOf.get(order.get(i))) : "");
        }
        DisplayUnit unit = DisplayUnit.of(metric, max);
        Canvas canvas = Canvas.grid(metric.key() + " over " + order.size() + " run" + (order.size() == 1 ? "" : "s"), 1);
        canvas.axisTitles(axis == Axis.TIME ? "commit time (UTC)" : "run (oldest first)", unit.label());
        String hover = "<b>%{fullData.name}</b><br>" + runLine + "<br>"
                + (axis == Axis.TIME ? "%{x|%Y-%m-%d %H:%M:%S} UTC<br>" : "")
                + Json.template(metric.key()) + ": %{y:.4~g}" + unit.suffix() + "<extra></extra>";
        List<Double> ys = new ArrayList<>();
        for (Trend trend : trends) {
            List<Trend.Point> points = new ArrayList<>(trend.points());
            points.sort(Comparator.comparing(p -> position.get(p.run())));
            ObjectNode trace = canvas.trace(0, "scatter");
            trace.put("mode", "lines+markers").put("name", Json.text(trend.id()));
            trace.putObject("marker").put("size", 5);
            trace.put("hovertemplate", hover);
            ArrayNode x = trace.putArray("x");
            double[] y = new double[points.size()];
            ArrayNode custom = trace.putArray("customdata");
            for (int i = 0; i < points.size(); i++) {
                Trend.Point p = points.get(i);
                if (axis == Axis.TIME) {
                    x.add(timeOf.get(p.run()));
                } else {
                    x.add(position.get(p.run()));
                }
                y[i] = unit.apply(p.value());
                ys.add(y[i]);
                runData.accept(p, custom.addArray());
            }
            trace.set("y", Json.numbers(y));
        }
        canvas.xaxis(0).put("type", axis == Axis.TIME ? "date" : "linear");
        canvas.yaxis(0).put("type", ScalingView.log(options.yScale(), ys) ? "log" : "linear");
        canvas.layout().putObject("legend").putObject("title").put("text", "id");
        return new PlotResult(View.HISTORY, metric, canvas.figure(), trends.size());
    }

    /** {@code --x}: time when every run has one (the default then), else order. */
    private static Axis axis(PlotOptions options, boolean timed) {
        String x = options.x().orElse(timed ? "time" : "order");
        return switch (x) {
            case "time" -> {
                if (!timed) {
                    throw new PlotException("--x time: run files have no commit time here; their order is on x");
                }
                yield Axis.TIME;
            }
            case "order" -> Axis.ORDER;
            default -> throw new PlotException("--x: the history view takes time or order, not '" + x + "'");
        };
    }

    /** The point's time as UTC: ISO-8601 with an offset, or without one (pytest-benchmark's datetime, UTC). */
    private static LocalDateTime utc(Trend.Point p) {
        String time = p.time();
        if (time == null) {
            throw new PlotException("run " + p.run() + ": no time (no commit_info.time nor datetime)");
        }
        try {
            return OffsetDateTime.parse(time).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(time);
            } catch (DateTimeParseException e) {
                throw new PlotException("run " + p.run() + ": time '" + time + "' is not ISO-8601 (yyyy-mm-ddThh:mm:ss)");
            }
        }
    }

    /** Git's short form: 12 characters are unique in any repository a benchmark history comes from. */
    private static String shortCommit(String commitId) {
        if (commitId == null || commitId.isBlank()) {
            return "(none)";
        }
        return commitId.length() > 12 ? commitId.substring(0, 12) : commitId;
    }
}
