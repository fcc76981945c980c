package dev.benchmem.analysis.plot;

import dev.benchmem.core.Metric;


/** A drawn view: which one, of which metric, how many benchmark ids it shows, and the figure. */
public final class PlotResult {

    private final View view;
    private final Metric metric;
    private final FigureJson json;
    private final int ids;
    private PlotFigure figure;

    PlotResult(View view, Metric metric, FigureJson json, int ids) {
        this.view = view;
        this.metric = metric;
        this.json = json;
        this.ids = ids;
    }

    public View view() {
        return view;
    }

    public Metric metric() {
        return metric;
    }

    /** How many benchmark ids the figure draws. */
    public int ids() {
        return ids;
    }

    /**
     * The figure as a jsplot {@code Figure}. Made on first use: jsplot starts a template engine
     * per figure, which a page written with {@link PlotPage} does not need.
     */
    public synchronized PlotFigure figure() {
        if (figure == null) {
            figure = new PlotFigure(json);
        }
        return figure;
    }

    /** {@code scatter (peak): 4 ids}. */
    public String summary() {
        return view.key() + " (" + metric.key() + "): " + ids + (ids == 1 ? " id" : " ids");
    }

    FigureJson json() {
        return json;
    }
}
