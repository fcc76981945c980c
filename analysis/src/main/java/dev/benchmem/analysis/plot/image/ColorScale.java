package dev.benchmem.analysis.plot.image;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * A plotly colour axis ({@code colorscale} stops over {@code cmin..cmax}) as a JFreeChart paint
 * scale: values between stops are interpolated, values beyond the range saturate, a missing
 * value is light grey.
 */
final class ColorScale implements PaintScale {
    private final double[] positions;
    private final Color[] colors;
    private final double lower;
    private final double upper;

    private ColorScale(double[] positions, Color[] colors, double lower, double upper) {
        this.positions = positions;
        this.colors = colors;
        this.lower = lower;
        this.upper = upper;
    }

    /** The scale of {@code colorAxis} ({@code layout.coloraxis}). */
    static ColorScale of(JsonNode colorAxis) {
        JsonNode stops = colorAxis.path("colorscale");
        int n = Math.max(2, stops.size());
        double[] positions = new double[n];
        Color[] colors = new Color[n];
        for (int i = 0; i < n; i++) {
            JsonNode stop = stops.path(i);
            positions[i] = stops.size() < 2 ? i : stop.path(0).asDouble();
            colors[i] = Paints.color(stop.path(1).asText(null), i == 0 ? Color.WHITE : Color.GRAY);
        }
        return new ColorScale(positions, colors, colorAxis.path("cmin").asDouble(-1), colorAxis.path("cmax").asDouble(1));
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        if (Double.isNaN(value)) {
            return Paints.MISSING;
        }
        double t = upper > lower ? (Math.max(lower, Math.min(upper, value)) - lower) / (upper - lower) : 0.5;
        for (int i = 1; i < positions.length; i++) {
            if (t <= positions[i] || i == positions.length - 1) {
                double span = positions[i] - positions[i - 1];
                double f = span > 0 ? Math.max(0, Math.min(1, (t - positions[i - 1]) / span)) : 1;
                return mix(colors[i - 1], colors[i], f);
            }
        }
        return colors[colors.length - 1];
    }

    private static Color mix(Color a, Color b, double f) {
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * f),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * f),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * f));
    }
}
