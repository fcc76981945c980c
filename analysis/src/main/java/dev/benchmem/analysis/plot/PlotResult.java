package dev.benchmem.analysis.plot;

import dev.benchmem.analysis.Metric;

/** A drawn view: the figure and how many benchmark ids it shows. */
public record PlotResult(View view, Metric metric, PlotFigure figure, int ids) {

    /** {@code scatter (peak): 4 ids}. */
    public String summary() {
        return view.key() + " (" + metric.key() + "): " + ids + (ids == 1 ? " id" : " ids");
    }
}
