package dev.benchmem.analysis.plot;

/** A drawn view: the figure and how many benchmark ids it shows. */
public record PlotResult(View view, String metric, PlotFigure figure, int ids) {

    /** {@code scatter (peak): 4 ids}. */
    public String summary() {
        return view.key() + " (" + metric + "): " + ids + (ids == 1 ? " id" : " ids");
    }
}
