package dev.benchmem.cli;

import dev.benchmem.core.Metric;
import dev.benchmem.analysis.LongTable;
import dev.benchmem.analysis.plot.PlotException;
import dev.benchmem.analysis.plot.PlotFile;
import dev.benchmem.analysis.plot.PlotFormat;
import dev.benchmem.analysis.plot.PlotOptions;
import dev.benchmem.analysis.plot.PlotPage;
import dev.benchmem.analysis.plot.PlotResult;
import dev.benchmem.analysis.plot.Plots;
import dev.benchmem.analysis.plot.View;
import dev.benchmem.history.HistoryStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code benchmem plot}: one interactive view of the runs as a standalone HTML page. */
@Command(name = "plot", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Writes an interactive plotly view of the runs to a standalone HTML page, or a static image of it.",
            "Default view by run count: 1 scaling, 2 scatter, 3 or more sweep; compare under --pivot.",
            "--view history draws a history database (--db) instead of run files."},
        footer = {"", "Views and the question each answers:",
            "  scaling  how does cost grow with input size?",
            "  scatter  which ids moved, and were they already big?",
            "  compare  what moved most, in native units?",
            "  sweep    how did each id change across versions?",
            "  history  how did each id move over the commits? (--db, --id, --branch)",
            "Examples: benchmem plot main.json pr.json --metric peak -o scatter.html",
            "          benchmem plot main.json --pivot layout -o pivot.png"})
public final class PlotCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RunInputs inputs;

    @Mixin
    MetricOption metricOption;

    @Option(names = "--view", paramLabel = "VIEW", converter = ViewConverter.class,
            description = "scaling, scatter, compare, sweep or history (default: by run count; compare under --pivot).")
    View view;

    @Mixin
    HistoryTrends history;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "The file to write, by suffix: .html or .htm (or none) the interactive page; .png, .svg or .pdf "
                    + "a static image of the same figure (default: VIEW-METRIC.html in the folder .benchmarks/plots).")
    Path output;

    @Option(names = "--where", paramLabel = "KEY=VALUE",
            description = "Keep only ids whose dim KEY has VALUE (numbers match by value). Repeatable: all must match.")
    Map<String, String> where = new LinkedHashMap<>();

    @Option(names = "--facet", paramLabel = "DIM", description = "Small multiples: one panel per value of DIM.")
    String facet;

    @Option(names = "--free-axes", paramLabel = "AXES",
            description = "With --facet: x, y or both; those axes of each panel range over its own data instead of being shared.")
    PlotOptions.FreeAxes freeAxes;

    @Option(names = "--pivot", paramLabel = "DIM",
            description = "compare and scatter: fold one run along DIM, whose values become the compared series "
                    + "(first value against last, in value order); implies --view compare unless --view says scatter.")
    String pivot;

    @Option(names = "--x", paramLabel = "DIM", description = {"scaling: the numeric dim on x (default: n, else the first numeric dim);",
                "history: time (the commit's, default) or order (the runs evenly spaced)."})
    String x;

    @Option(names = "--color", paramLabel = "DIM",
            description = "scaling: colour lines by DIM's value (default: by their dims; several runs differ by dash).")
    String color;

    @Option(names = "--band", paramLabel = "BAND",
            description = "scaling: min-max whiskers over passes (rounds for time): auto (where some point has a spread), minmax or none (default: auto).")
    PlotOptions.Band band = PlotOptions.Band.AUTO;

    @ArgGroup(exclusive = true)
    AxisScale scale = new AxisScale();

    @ArgGroup(exclusive = true)
    XScale xScale = new XScale();

    @ArgGroup(exclusive = true)
    YScale yScale = new YScale();

    @Option(names = "--y-zero", negatable = true,
            description = "scaling: start a linear y axis at zero; --no-y-zero fits it to the data (default: zero whenever y is linear).")
    Boolean yZero;

    @Option(names = "--clip", paramLabel = "X",
            description = {"Set the colour scale to ±X, narrower or wider than the data (log2 fold change for sweep,",
                "the delta's unit for scatter and compare; default: the largest change, at least ±10%%)."})
    Double clip;

    @Option(names = "--label-points", description = "scatter: write each id next to its point.")
    boolean labelPoints;

    @Option(names = "--sort", paramLabel = "ORDER",
            description = "compare: rank bars by absolute (native units) or relative (percent) change (default: absolute).")
    PlotOptions.Sort sort = PlotOptions.Sort.ABSOLUTE;

    @Option(names = "--plotlyjs", paramLabel = "WHERE",
            description = "inline (embedded, works offline) or cdn (a small page linking the same pinned version; default: inline).")
    PlotPage.PlotlyJs plotlyJs = PlotPage.PlotlyJs.INLINE;

    @Option(names = "--open", negatable = true, description = "Open the written file in the browser ($BROWSER when set).")
    boolean open;

    /** {@code --log} or {@code --linear}; neither picks from the data's spread. */
    static final class AxisScale {
        @Option(names = {"--log", "--log-log"}, description = "Log axes (scaling: both; scatter: the ratio axis too).")
        boolean log;

        @Option(names = "--linear", description = "Linear axes.")
        boolean linear;

        PlotOptions.Scale scale() {
            return PlotCommand.scale(log, linear);
        }
    }

    /** {@code --log-x} or {@code --linear-x}, over {@code --log}/{@code --linear}. */
    static final class XScale {
        @Option(names = "--log-x", description = "Log x axis (scaling, scatter).")
        boolean log;

        @Option(names = "--linear-x", description = "Linear x axis (scaling, scatter).")
        boolean linear;
    }

    /** {@code --log-y} or {@code --linear-y}, over {@code --log}/{@code --linear}. */
    static final class YScale {
        @Option(names = "--log-y", description = "Log y axis (scaling, scatter).")
        boolean log;

        @Option(names = "--linear-y", description = "Linear y axis (scaling, scatter).")
        boolean linear;
    }

    private static PlotOptions.Scale scale(boolean log, boolean linear) {
        return log ? PlotOptions.Scale.LOG : linear ? PlotOptions.Scale.LINEAR : PlotOptions.Scale.AUTO;
    }

    @Override
    public Integer call() throws IOException {
        PlotFormat format;
        try {
            // Before reading any run: a typo in the suffix should not wait for the inputs.
            format = output == null ? PlotFormat.HTML : PlotFormat.of(output);
        } catch (PlotException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (view == View.HISTORY && format != PlotFormat.HTML) {
            // The image writers draw numeric axes; the history's x is a date axis.
            throw new ParameterException(spec.commandLine(), "-o " + output + ": the history view is written as a page"
                    + " (.html); static images of it are not drawn yet");
        }
        Metric metric;
        PlotResult result;
        try {
            if (view == View.HISTORY) {
                try (HistoryStore store = historyStore()) {
                    metric = metricOption.resolveOne(store.metrics());
                    result = Plots.history(history.trends(store, metric), options(metric));
                }
            } else {
                if (history.given()) {
                    throw new ParameterException(spec.commandLine(), "--db, --id and --branch belong to --view history");
                }
                LongTable runs = inputs.load();
                metric = metricOption.resolveOne(runs);
                result = view == null ? Plots.draw(runs, options(metric)) : Plots.draw(view, runs, options(metric));
            }
        } catch (PlotException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Path file = output != null ? output
                : Path.of(".benchmarks", "plots", result.view().key() + "-" + metric.key() + ".html");
        try {
            PlotFile.write(result, file, format, plotlyJs);
        } catch (PlotException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException("-o " + file + ": cannot write (" + e.getMessage() + ")", e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(result.summary() + " -> " + file);
        out.flush();
        if (open) {
            Browser.open(file, spec.qualifiedName(), spec.commandLine().getErr());
        }
        return 0;
    }

    /** The history database, when no run file was given: the history view reads nothing else. */
    private HistoryStore historyStore() {
        if (!inputs.runs.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--view history reads the history database (--db), not run files ("
                    + inputs.runs.get(0) + ")");
        }
        return history.open();
    }

    private PlotOptions options(Metric metric) {
        PlotOptions options = PlotOptions.metric(metric).withScale(scale.scale())
                .withXScale(scale(xScale.log, xScale.linear)).withYScale(scale(yScale.log, yScale.linear))
                .withYZero(yZero).withBand(band).withSort(sort).withPointLabels(labelPoints);
        for (Map.Entry<String, String> filter : where.entrySet()) {
            options = options.withWhere(filter.getKey(), filter.getValue());
        }
        if (x != null) {
            options = options.withX(x);
        }
        if (facet != null) {
            options = options.withFacet(facet);
        }
        if (freeAxes != null) {
            options = options.withFreeAxes(freeAxes);
        }
        if (color != null) {
            options = options.withColor(color);
        }
        if (pivot != null) {
            options = options.withPivot(pivot);
        }
        return clip == null ? options : options.withClip(clip);
    }

    /** Parses a view's name, naming the views when it is unknown. */
    static final class ViewConverter extends Converters.Parsing<View> {
        ViewConverter() {
            super(View::parse);
        }
    }
}
