package dev.benchmem.analysis.plot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.benchmem.analysis.LongTable;
import dev.benchmem.analysis.plot.Panels.Panel;
import dev.benchmem.analysis.plot.PlotData.Series;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cost against a numeric dim: one line per run and combination of the other varying dims,
 * whiskers from the smallest to the largest pass when there are several.
 */
final class ScalingView {

    /** Plotly's default colour cycle, fixed per line so a line keeps its colour across panels. */
    private static final String[] COLORS = {
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
        "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"
    };

    /** Plotly's dash styles: with several runs, a line's run is its dash (its colour is its dims). */
    private static final String[] DASHES = {"solid", "dash", "dot", "dashdot", "longdash", "longdashdot"};

    private static final Set<String> STRUCTURAL = Set.of(LongTable.NODE_CLASS, LongTable.NODE_METHOD, LongTable.NODE_GROUP);

    private ScalingView() {}

    static PlotResult draw(PlotData data, PlotOptions options) {
        String x = xDim(data, options.x());
        Optional<String> color = options.color();
        color.ifPresent(c -> {
            data.requireDim(c, "--color");
            if (c.equals(x)) {
                throw new PlotException("--color: dim '" + c + "' is on x already (colour by another dim)");
            }
        });
        List<String> lineDims = lineDims(data, x, options.facet(), color);
        List<Panel> panels = Panels.split(data, data.series, options.facet());
        DisplayUnit unit = DisplayUnit.of(data.metric, data.maxValue());
        String title = data.metric.key() + " vs " + x + (data.runs.size() == 1 ? " — " + data.runs.get(0) : "");
        Canvas canvas = Canvas.grid(title, panels.size());
        canvas.axisTitles(x, unit.label());
        boolean whiskers = whiskers(data, options.band());

        Map<String, Integer> lineColors = new LinkedHashMap<>();
        Set<String> named = new HashSet<>();
        Set<String> drawn = new HashSet<>();
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int p = 0; p < panels.size(); p++) {
            canvas.panelTitle(p, panels.get(p).title());
            for (int run = 0; run < data.runs.size(); run++) {
                for (Map.Entry<String, List<Series>> line : lines(panels.get(p).series(), run, x, lineDims).entrySet()) {
                    String name = lineName(data, run, line.getKey());
                    String colorKey = colorKey(data, run, line.getKey(), line.getValue().get(0), color);
                    int c = lineColors.computeIfAbsent(colorKey, k -> lineColors.size());
                    ObjectNode trace = line(canvas, p, name, COLORS[c % COLORS.length], named.add(name));
                    if (data.runs.size() > 1 && !colorKey.equals(data.runs.get(run))) {
                        // Colour tells the dims apart, so the dash tells the runs apart.
                        trace.with("line").put("dash", DASHES[run % DASHES.length]);
                    }
                    fill(trace, line.getValue(), run, x, unit, whiskers, xs, ys);
                    line.getValue().forEach(s -> drawn.add(s.id()));
                }
            }
        }
        boolean logY = log(options.yScale(), ys);
        boolean yZero = options.yZero().orElse(!logY) && !logY;
        canvas.freeAxes(options);
        for (int p = 0; p < panels.size(); p++) {
            canvas.xaxis(p).put("type", log(options.xScale(), xs) ? "log" : "linear");
            canvas.yaxis(p).put("type", logY ? "log" : "linear");
            if (yZero) {
                // A linear cost axis that floats above zero exaggerates slopes and the gap between runs.
                canvas.yaxis(p).put("rangemode", "tozero");
            }
        }
        canvas.layout().putObject("legend").putObject("title").put("text", Json.text(legendTitle(data, lineDims)));
        return new PlotResult(View.SCALING, data.metric, canvas.figure(), drawn.size());
    }

    /** Whiskers on every line: never, always, or (auto) when some point's passes differ. */
    private static boolean whiskers(PlotData data, PlotOptions.Band band) {
        return switch (band) {
            case NONE -> false;
            case MINMAX -> true;
            case AUTO -> data.series.stream().anyMatch(s -> {
                for (int run = 0; run < s.value().length; run++) {
                    if (s.in(run) && s.max()[run] > s.min()[run]) {
                        return true;
                    }
                }
                return false;
            });
        };
    }

    /**
     * What a line's colour stands for: the value of {@code --color}; else its dims, so one
     * method keeps its colour across runs; else (a line per run and nothing more) its run.
     */
    private static String colorKey(PlotData data, int run, String dims, Series first, Optional<String> color) {
        if (color.isPresent()) {
            Object value = first.dim(color.get());
            return color.get() + "=" + (value == null ? "(none)" : PlotData.format(value));
        }
        return dims.isEmpty() ? data.runs.get(run) : dims;
    }

    private static String xDim(PlotData data, Optional<String> requested) {
        if (requested.isPresent()) {
            String dim = requested.get();
            data.requireDim(dim, "--x");
            if (!data.numericDims.contains(dim)) {
                throw new PlotException("--x: dim '" + dim + "' is not numeric (numeric dims: "
                        + (data.numericDims.isEmpty() ? "none" : String.join(", ", numericDims(data))) + ")");
            }
            return dim;
        }
        if (data.numericDims.contains("n")) {
            return "n";
        }
        return numericDims(data).stream().findFirst().orElseThrow(() -> new PlotException(
                "scaling needs a numeric dim for x; the runs have none (dims: "
                        + (data.dims.isEmpty() ? "none" : String.join(", ", data.dims)) + ")"));
    }

    private static List<String> numericDims(PlotData data) {
        return data.dims.stream().filter(data.numericDims::contains).toList();
    }

    /**
     * The dims that tell lines apart: those that vary, except x and the facet. The test method
     * leads whenever there are several, since two methods are two curves whatever their other
     * dims say; the other structural dims join only where the rest leave series together.
     */
    private static List<String> lineDims(PlotData data, String x, Optional<String> facet, Optional<String> color) {
        List<String> chosen = new ArrayList<>();
        // The colour dim always splits and names lines, varying, structural or the facet's, so
        // each legend entry stands for one colour.
        color.ifPresent(chosen::add);
        List<String> structural = new ArrayList<>();
        for (String d : data.dims) {
            if (d.equals(x) || facet.map(d::equals).orElse(false) || chosen.contains(d) || distinct(data, List.of(d)) < 2) {
                continue;
            }
            (STRUCTURAL.contains(d) ? structural : chosen).add(d);
        }
        if (structural.remove(LongTable.NODE_METHOD)) {
            chosen.add(color.isPresent() && !chosen.isEmpty() ? 1 : 0, LongTable.NODE_METHOD);
        }
        for (String d : structural) {
            List<String> with = new ArrayList<>(chosen);
            with.add(d);
            if (distinct(data, with) > distinct(data, chosen)) {
                chosen.add(d);
            }
        }
        return chosen;
    }

    private static long distinct(PlotData data, List<String> dims) {
        return data.series.stream().map(s -> dims.stream().map(s::dim).toList()).distinct().count();
    }

    private static Map<String, List<Series>> lines(List<Series> series, int run, String x, List<String> lineDims) {
        Map<String, List<Series>> lines = new LinkedHashMap<>();
        for (Series s : series) {
            if (s.in(run) && s.dim(x) instanceof Double) {
                // A dim the benchmark does not have is left out rather than shown as a value.
                String key = lineDims.stream()
                        .filter(d -> s.dims().get(d) != null)
                        .map(d -> d.equals(LongTable.NODE_METHOD)
                                ? PlotData.format(s.dims().get(d))
                                : d + "=" + PlotData.format(s.dims().get(d)))
                        .collect(Collectors.joining(", "));
                lines.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
            }
        }
        lines.values().forEach(l -> l.sort(Comparator.comparingDouble(s -> (Double) s.dim(x))));
        return lines;
    }

    private static String lineName(PlotData data, int run, String dims) {
        if (data.runs.size() == 1) {
            return dims.isEmpty() ? data.runs.get(0) : dims;
        }
        return dims.isEmpty() ? data.runs.get(run) : data.runs.get(run) + " · " + dims;
    }

    private static String legendTitle(PlotData data, List<String> lineDims) {
        List<String> parts = new ArrayList<>(lineDims);
        if (data.runs.size() > 1) {
            parts.add(0, "run");
        }
        return String.join(" · ", parts);
    }

    private static ObjectNode line(Canvas canvas, int panel, String name, String color, boolean showLegend) {
        ObjectNode trace = canvas.trace(panel, "scatter");
        trace.put("mode", "lines+markers").put("name", Json.text(name));
        trace.put("legendgroup", Json.text(name)).put("showlegend", showLegend);
        trace.putObject("line").put("color", color);
        trace.putObject("marker").put("color", color).put("size", 7);
        trace.put("hovertemplate", "%{text}<extra></extra>");
        return trace;
    }

    private static void fill(ObjectNode trace, List<Series> line, int run, String x, DisplayUnit unit, boolean whiskers,
            List<Double> xs, List<Double> ys) {
        double[] xv = new double[line.size()];
        double[] yv = new double[line.size()];
        double[] up = new double[line.size()];
        double[] down = new double[line.size()];
        for (int i = 0; i < line.size(); i++) {
            Series s = line.get(i);
            xv[i] = (Double) s.dim(x);
            yv[i] = unit.apply(s.value()[run]);
            up[i] = unit.apply(s.max()[run]) - yv[i];
            down[i] = yv[i] - unit.apply(s.min()[run]);
            xs.add(xv[i]);
            ys.add(yv[i]);
            trace.withArray("text").add(Hover.of(s.id())
                    .line(x, PlotData.format(xv[i]))
                    .line(unit.metric().key() + " (min)", unit.format(s.value()[run]))
                    .line("passes", s.passes()[run] > 1
                            ? s.passes()[run] + ", max " + unit.format(s.max()[run]) : "1")
                    .toString());
        }
        trace.set("x", Json.numbers(xv));
        trace.set("y", Json.numbers(yv));
        if (whiskers) {
            ObjectNode bars = trace.putObject("error_y");
            bars.put("type", "data").put("symmetric", false).put("visible", true).put("thickness", 1.2).put("width", 4);
            bars.set("array", Json.numbers(up));
            bars.set("arrayminus", Json.numbers(down));
        }
    }


    /** Log when every value is positive and they span at least two decades (or when forced). */
    static boolean log(PlotOptions.Scale scale, List<Double> values) {
        return switch (scale) {
            case LOG -> true;
            case LINEAR -> false;
            case AUTO -> spansDecades(values);
        };
    }

    static boolean spansDecades(List<Double> values) {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (double v : values) {
            if (!(v > 0)) {
                return false;
            }
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return !values.isEmpty() && max / min >= 100;
    }
}
