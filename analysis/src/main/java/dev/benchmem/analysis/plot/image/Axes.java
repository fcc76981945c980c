package dev.benchmem.analysis.plot.image;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;

/** Plotly axes as JFreeChart axes: linear or log, title, fixed range, plain decimal ticks. */
final class Axes {
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 10);

    private Axes() {
    }

    /** A numeric axis as {@code axis} describes it ({@code type}, {@code title}, {@code range}, {@code rangemode}). */
    static ValueAxis value(JsonNode axis) {
        String title = title(axis);
        JsonNode range = axis.path("range");
        ValueAxis value;
        if (axis.path("type").asText().equals("log")) {
            LogAxis log = new LogAxis(title);
            log.setSmallestValue(1e-12);
            // Plain decimals, as the page shows them (plotly's exponentformat "none").
            log.setNumberFormatOverride(plain());
            if (range.size() == 2) {
                log.setRange(Math.pow(10, range.get(0).asDouble()), Math.pow(10, range.get(1).asDouble()));
            }
            value = log;
        } else {
            NumberAxis linear = new NumberAxis(title);
            linear.setAutoRangeIncludesZero(axis.path("rangemode").asText().equals("tozero"));
            linear.setNumberFormatOverride(plain());
            if (range.size() == 2) {
                linear.setRange(range.get(0).asDouble(), range.get(1).asDouble());
            }
            value = linear;
        }
        style(value);
        return value;
    }

    /** The axis title's plain text, or null. */
    static String title(JsonNode axis) {
        String text = axis.path("title").path("text").asText("");
        return text.isEmpty() ? null : PlotlyText.plain(text);
    }

    static void style(Axis axis) {
        axis.setLabelFont(LABEL);
        axis.setTickLabelFont(TICK);
        axis.setLabelPaint(Paints.AXIS);
        axis.setTickLabelPaint(Paints.AXIS);
        axis.setAxisLinePaint(Paints.AXIS);
    }

    private static DecimalFormat plain() {
        return new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(Locale.ROOT));
    }
}
