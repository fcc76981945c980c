package dev.benchmem.analysis.plot;

import dev.benchmem.core.Metric;
import java.util.Optional;

/**
 * What to draw and how: metric, x and facet dims, axis scale, colour clip and bar order.
 * Immutable; start from {@link #metric(String)} and chain the {@code with...} methods.
 */
public final class PlotOptions {

    /** Axis scale: chosen from the data's spread, or forced. */
    public enum Scale { AUTO, LOG, LINEAR }

    /** How the compare view ranks its bars: by absolute delta in native units, or by percent. */
    public enum Sort { ABSOLUTE, RELATIVE }

    private final Metric metric;
    private final String x;
    private final String facet;
    private final Scale scale;
    private final Double clip;
    private final Sort sort;
    private final boolean pointLabels;

    private PlotOptions(Metric metric, String x, String facet, Scale scale, Double clip, Sort sort, boolean pointLabels) {
        this.metric = metric;
        this.x = x;
        this.facet = facet;
        this.scale = scale;
        this.clip = clip;
        this.sort = sort;
        this.pointLabels = pointLabels;
    }

    /** Options for drawing {@code metric}. */
    public static PlotOptions metric(Metric metric) {
        return new PlotOptions(metric, null, null, Scale.AUTO, null, Sort.ABSOLUTE, false);
    }

    /** The numeric dim on the scaling view's x axis (default: {@code n}, else the first numeric dim). */
    public PlotOptions withX(String dim) {
        return new PlotOptions(metric, dim, facet, scale, clip, sort, pointLabels);
    }

    /** Small multiples: one panel per value of {@code dim}. */
    public PlotOptions withFacet(String dim) {
        return new PlotOptions(metric, x, dim, scale, clip, sort, pointLabels);
    }

    public PlotOptions withScale(Scale scale) {
        return new PlotOptions(metric, x, facet, scale, clip, sort, pointLabels);
    }

    /**
     * Sets the colour scale to [-clip, clip] in the colour bar's units (log2 fold change for
     * sweep, the delta's display unit, or percent under {@link Sort#RELATIVE}, for scatter and
     * compare): narrower than the data so one outlier does not wash out the rest, or wider than
     * the default ±10% floor so small changes stay pale.
     */
    public PlotOptions withClip(double clip) {
        if (!(clip > 0) || Double.isInfinite(clip)) {
            throw new PlotException("--clip: must be a positive number, got " + clip);
        }
        return new PlotOptions(metric, x, facet, scale, clip, sort, pointLabels);
    }

    /** Scatter: writes each point's id next to it, not only in its hover. */
    public PlotOptions withPointLabels(boolean pointLabels) {
        return new PlotOptions(metric, x, facet, scale, clip, sort, pointLabels);
    }

    public PlotOptions withSort(Sort sort) {
        return new PlotOptions(metric, x, facet, scale, clip, sort, pointLabels);
    }

    public Metric metric() {
        return metric;
    }

    public Optional<String> x() {
        return Optional.ofNullable(x);
    }

    public Optional<String> facet() {
        return Optional.ofNullable(facet);
    }

    public Scale scale() {
        return scale;
    }

    public Optional<Double> clip() {
        return Optional.ofNullable(clip);
    }

    public Sort sort() {
        return sort;
    }

    public boolean pointLabels() {
        return pointLabels;
    }
}
