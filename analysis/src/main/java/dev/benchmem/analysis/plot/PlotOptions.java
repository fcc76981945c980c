package dev.benchmem.analysis.plot;

import dev.benchmem.core.Metric;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What to draw and how: metric, filters, x, colour, facet and pivot dims, axis scales, colour
 * clip, bar order and whiskers. Immutable; start from {@link #metric(Metric)} and chain the
 * {@code with...} methods.
 */
public final class PlotOptions {

    /** Axis scale: chosen from the data's spread, or forced. */
    public enum Scale { AUTO, LOG, LINEAR }

    /** How the compare view ranks its bars: by absolute delta in native units, or by percent. */
    public enum Sort { ABSOLUTE, RELATIVE }

    /** Which axes of faceted panels each get their own range instead of sharing the first panel's. */
    public enum FreeAxes { X, Y, BOTH }

    /**
     * Scaling: whiskers from the smallest to the largest pass (or round) of each point.
     * {@code AUTO} draws them when some point has a spread, {@code MINMAX} always, {@code NONE} never.
     */
    public enum Band { AUTO, MINMAX, NONE }

    private final Metric metric;
    private String x;
    private String facet;
    private String color;
    private String pivot;
    private Map<String, String> where = Map.of();
    private FreeAxes freeAxes;
    private Scale scale = Scale.AUTO;
    private Scale xScale = Scale.AUTO;
    private Scale yScale = Scale.AUTO;
    private Boolean yZero;
    private Band band = Band.AUTO;
    private Double clip;
    private Sort sort = Sort.ABSOLUTE;
    private boolean pointLabels;

    private PlotOptions(Metric metric) {
        this.metric = metric;
    }

    private PlotOptions copy() {
        PlotOptions o = new PlotOptions(metric);
        o.x = x;
        o.facet = facet;
        o.color = color;
        o.pivot = pivot;
        o.where = where;
        o.freeAxes = freeAxes;
        o.scale = scale;
        o.xScale = xScale;
        o.yScale = yScale;
        o.yZero = yZero;
        o.band = band;
        o.clip = clip;
        o.sort = sort;
        o.pointLabels = pointLabels;
        return o;
    }

    /** Options for drawing {@code metric}. */
    public static PlotOptions metric(Metric metric) {
        return new PlotOptions(metric);
    }

    /** The numeric dim on the scaling view's x axis (default: {@code n}, else the first numeric dim). */
    public PlotOptions withX(String dim) {
        PlotOptions o = copy();
        o.x = dim;
        return o;
    }

    /** Small multiples: one panel per value of {@code dim}. */
    public PlotOptions withFacet(String dim) {
        PlotOptions o = copy();
        o.facet = dim;
        return o;
    }

    /** Scaling: lines take their colour from the value of {@code dim} (several runs then differ by dash). */
    public PlotOptions withColor(String dim) {
        PlotOptions o = copy();
        o.color = dim;
        return o;
    }

    /**
     * Compare and scatter: fold one run along {@code dim}, whose values become the compared
     * series in place of the runs (first value against last, in value order).
     */
    public PlotOptions withPivot(String dim) {
        PlotOptions o = copy();
        o.pivot = dim;
        return o;
    }

    /** Keeps only ids whose {@code dim} equals {@code value} (as text, or as a number); every filter must match. */
    public PlotOptions withWhere(String dim, String value) {
        PlotOptions o = copy();
        Map<String, String> filters = new LinkedHashMap<>(where);
        filters.put(dim, value);
        o.where = Collections.unmodifiableMap(filters);
        return o;
    }

    /** With a facet: panels get their own x, y or both ranges instead of sharing them. */
    public PlotOptions withFreeAxes(FreeAxes axes) {
        PlotOptions o = copy();
        o.freeAxes = axes;
        return o;
    }

    /** Both axes' scale ({@code --log}/{@code --linear}); {@link #withXScale} and {@link #withYScale} override it per axis. */
    public PlotOptions withScale(Scale scale) {
        PlotOptions o = copy();
        o.scale = scale;
        return o;
    }

    /** The x axis' scale, over {@link #withScale}. */
    public PlotOptions withXScale(Scale scale) {
        PlotOptions o = copy();
        o.xScale = scale;
        return o;
    }

    /** The y axis' scale, over {@link #withScale}. */
    public PlotOptions withYScale(Scale scale) {
        PlotOptions o = copy();
        o.yScale = scale;
        return o;
    }

    /** Scaling: anchor a linear y axis at zero (true), never (false); null: whenever y is linear. */
    public PlotOptions withYZero(Boolean yZero) {
        PlotOptions o = copy();
        o.yZero = yZero;
        return o;
    }

    /** Scaling: min-max whiskers. */
    public PlotOptions withBand(Band band) {
        PlotOptions o = copy();
        o.band = band;
        return o;
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
        PlotOptions o = copy();
        o.clip = clip;
        return o;
    }

    /** Scatter: writes each point's id next to it, not only in its hover. */
    public PlotOptions withPointLabels(boolean pointLabels) {
        PlotOptions o = copy();
        o.pointLabels = pointLabels;
        return o;
    }

    public PlotOptions withSort(Sort sort) {
        PlotOptions o = copy();
        o.sort = sort;
        return o;
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

    public Optional<String> color() {
        return Optional.ofNullable(color);
    }

    public Optional<String> pivot() {
        return Optional.ofNullable(pivot);
    }

    /** The {@code dim=value} filters, in the order given. */
    public Map<String, String> where() {
        return where;
    }

    public Optional<FreeAxes> freeAxes() {
        return Optional.ofNullable(freeAxes);
    }

    /** True when faceted panels each range their own x axis. */
    boolean freeX() {
        return freeAxes == FreeAxes.X || freeAxes == FreeAxes.BOTH;
    }

    /** True when faceted panels each range their own y axis. */
    boolean freeY() {
        return freeAxes == FreeAxes.Y || freeAxes == FreeAxes.BOTH;
    }

    /** The shared scale of {@code --log}/{@code --linear}. */
    public Scale scale() {
        return scale;
    }

    /** The x axis' scale: its own when forced, else the shared one. */
    public Scale xScale() {
        return xScale != Scale.AUTO ? xScale : scale;
    }

    /** The y axis' scale: its own when forced, else the shared one. */
    public Scale yScale() {
        return yScale != Scale.AUTO ? yScale : scale;
    }

    public Optional<Boolean> yZero() {
        return Optional.ofNullable(yZero);
    }

    public Band band() {
        return band;
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
