package dev.benchmem.cli;

import dev.benchmem.core.Metric;
import dev.benchmem.analysis.LongTable;
import dev.benchmem.analysis.plot.PlotException;
import dev.benchmem.analysis.plot.PlotOptions;
import dev.benchmem.analysis.plot.PlotPage;
import dev.benchmem.analysis.plot.PlotResult;
import dev.benchmem.analysis.plot.Plots;
import dev.benchmem.analysis.plot.View;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
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
            "Writes an interactive plotly view of the runs to a standalone HTML page.",
            "Default view by run count: 1 scaling, 2 scatter, 3 or more sweep."},
        footer = {"", "Views and the question each answers:",
            "  scaling  how does cost grow with input size?",
            "  scatter  which ids moved, and were they already big?",
            "  compare  what moved most, in native units?",
            "  sweep    how did each id change across versions?",
            "Example: benchmem plot main.json pr.json --metric peak -o scatter.html"})
public final class PlotCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RunInputs inputs;

    @Mixin
    MetricOption metricOption;

    @Option(names = "--view", paramLabel = "VIEW", converter = ViewConverter.class,
            description = "scaling, scatter, compare or sweep (default: by run count).")
    View view;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "The page to write (default: VIEW-METRIC.html in the folder .benchmarks/plots).")
    Path output;

    @Option(names = "--facet", paramLabel = "DIM", description = "Small multiples: one panel per value of DIM.")
    String facet;

    @Option(names = "--x", paramLabel = "DIM", description = "scaling: the numeric dim on x (default: n, else the first numeric dim).")
    String x;

    @ArgGroup(exclusive = true)
    AxisScale scale = new AxisScale();

    @Option(names = "--clip", paramLabel = "X",
            description = {"Set the colour scale to ±X, narrower or wider than the data (log2 fold change for sweep,",
                "the delta's unit for scatter and compare; default: the largest change, at least ±10%)."})
    Double clip;

    @Option(names = "--label-points", description = "scatter: write each id next to its point.")
    boolean labelPoints;

    @Option(names = "--sort", paramLabel = "ORDER",
            description = "compare: rank bars by absolute (native units) or relative (percent) change (default: absolute).")
    PlotOptions.Sort sort = PlotOptions.Sort.ABSOLUTE;

    @Option(names = "--plotlyjs", paramLabel = "WHERE",
            description = "inline (embedded, works offline) or cdn (a small page linking the same pinned version; default: inline).")
    PlotPage.PlotlyJs plotlyJs = PlotPage.PlotlyJs.INLINE;

    /** {@code --log} or {@code --linear}; neither picks from the data's spread. */
    static final class AxisScale {
        @Option(names = "--log", description = "Log axes.")
        boolean log;

        @Option(names = "--linear", description = "Linear axes.")
        boolean linear;

        PlotOptions.Scale scale() {
            return log ? PlotOptions.Scale.LOG : linear ? PlotOptions.Scale.LINEAR : PlotOptions.Scale.AUTO;
        }
    }

    @Override
    public Integer call() throws IOException {
        LongTable runs = inputs.load();
        Metric metric = metricOption.resolveOne(runs);
        PlotResult result;
        try {
            result = view == null ? Plots.draw(runs, options(metric)) : Plots.draw(view, runs, options(metric));
        } catch (PlotException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Path page = output != null ? output
                : Path.of(".benchmarks", "plots", result.view().key() + "-" + metric.key() + ".html");
        try {
            PlotPage.write(result, page, plotlyJs);
        } catch (IOException e) {
            throw new IllegalArgumentException("-o " + page + ": cannot write (" + e.getMessage() + ")", e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(result.summary() + " -> " + page);
        out.flush();
        return 0;
    }

    private PlotOptions options(Metric metric) {
        PlotOptions options = PlotOptions.metric(metric).withScale(scale.scale()).withSort(sort)
                .withPointLabels(labelPoints);
        if (x != null) {
            options = options.withX(x);
        }
        if (facet != null) {
            options = options.withFacet(facet);
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
