package dev.benchmem.analysis.plot;

import dev.benchmem.core.Metric;
import dev.benchmem.analysis.LongTable;
import dev.benchmem.core.Trend;
import java.util.List;

/**
 * Draws the plot views from loaded runs. Each view shows an id's headline, the minimum over
 * its passes (memory) or rounds (time), as the compare tables do.
 *
 * <pre>{@code
 * LongTable runs = Runs.load(List.of(Path.of("main.json"), Path.of("pr.json")), List.of());
 * PlotResult r = Plots.scatter(runs, PlotOptions.metric(Metric.PEAK));
 * PlotPage.write(r, Path.of("scatter.html"), PlotPage.PlotlyJs.INLINE);
 * }</pre>
 */
public final class Plots {

    private Plots() {}

    /** The view for the number of runs: 1 scaling, 2 scatter, 3 or more sweep; compare under {@code --pivot}. */
    public static PlotResult draw(LongTable runs, PlotOptions options) {
        View view = options.pivot().isPresent() ? View.COMPARE : View.forRuns(runs.runLabels().size());
        return draw(view, runs, options);
    }

    /** {@code view}, or a {@link PlotException} when the table has too few runs for it. */
    public static PlotResult draw(View view, LongTable runs, PlotOptions options) {
        if (options.pivot().isPresent() && view != View.COMPARE && view != View.SCATTER) {
            throw new PlotException("--pivot applies to --view compare or scatter, not " + view.key()
                    + " (there, place the dim with --x or --facet)");
        }
        if (options.freeAxes().isPresent() && options.facet().isEmpty()) {
            throw new PlotException("--free-axes needs --facet (it frees the panels' axes)");
        }
        return draw(view, PlotData.of(runs, options), options);
    }

    /** Cost against the numeric dim, one line per run and remaining dim combination. */
    public static PlotResult scaling(LongTable runs, PlotOptions options) {
        return draw(View.SCALING, runs, options);
    }

    /** The last run against the first: baseline on a log x, ratio on y, colour = delta. */
    public static PlotResult scatter(LongTable runs, PlotOptions options) {
        return draw(View.SCATTER, runs, options);
    }

    /** The last run against the first: one bar per id, ranked by absolute or relative delta. */
    public static PlotResult compare(LongTable runs, PlotOptions options) {
        return draw(View.COMPARE, runs, options);
    }

    /** Every run against the first: a heatmap of log2 fold change. */
    public static PlotResult sweep(LongTable runs, PlotOptions options) {
        return draw(View.SWEEP, runs, options);
    }

    /**
     * One line per id over the runs of a history, oldest first: x the commit's time
     * ({@code withX("time")}, the default) or the runs' order ({@code withX("order")}).
     *
     * @throws PlotException when no trend has a point, or a point's time is not ISO-8601
     */
    public static PlotResult history(List<Trend> trends, PlotOptions options) {
        PlotResult result = HistoryView.draw(trends, options.metric(), options);
        if (result.ids() == 0) {
            throw new PlotException("history (" + options.metric().key() + "): nothing to draw (no stored run has it"
                    + " for the ids asked)");
        }
        return result;
    }

    private static PlotResult draw(View view, PlotData data, PlotOptions options) {
        if (data.runs.size() < view.minRuns()) {
            throw new PlotException("view " + view.key() + " needs at least " + view.minRuns() + " runs, got "
                    + data.runs.size());
        }
        PlotResult result = switch (view) {
            case SCALING -> ScalingView.draw(data, options);
            case SCATTER -> ScatterView.draw(data, options);
            case COMPARE -> CompareView.draw(data, options);
            case SWEEP -> SweepView.draw(data, options);
            case HISTORY -> HistoryView.draw(data, options);
        };
        if (result.ids() == 0) {
            throw new PlotException(result.summary().replace(": 0 ids", ": nothing to draw")
                    + (view == View.SCATTER || view == View.COMPARE ? " (no id has a value in both '" + data.runs.get(0) + "' and '"
                            + data.runs.get(data.last()) + "')" : ""));
        }
        return result;
    }
}
