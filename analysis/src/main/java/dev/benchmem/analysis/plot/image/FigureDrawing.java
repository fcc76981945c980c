package dev.benchmem.analysis.plot.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;

/**
 * A plotly figure laid out on a {@link Graphics2D}: the title across the top, each panel's chart
 * where its axis domains put it, and on the right the legend of named lines or the colour bar.
 * Panels whose axes match (small multiples) get one shared range, as on the page.
 */
final class FigureDrawing {
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final int TITLE_HEIGHT = 44;
    private static final int LEGEND_WIDTH = 240;
    private static final int COLORBAR_WIDTH = 110;

    private final ObjectNode layout;
    private final List<Panel> panels;
    private final ColorScale colors;
    private final List<LegendItem> legendItems = new ArrayList<>();

    FigureDrawing(ArrayNode data, ObjectNode layout) {
        this.layout = layout;
        this.panels = Panel.of(data, layout);
        this.colors = layout.has("coloraxis") ? ColorScale.of(layout.get("coloraxis")) : null;
        for (JsonNode trace : data) {
            if (trace.path("type").asText("scatter").equals("scatter") && trace.path("showlegend").asBoolean(true)
                    && !trace.path("name").asText("").isEmpty()) {
                legendItems.add(legendItem(trace));
            }
        }
    }

    /** The figure's own size, or the default for a figure that leaves it to the window. */
    int width(int fallback) {
        return layout.path("width").asInt(fallback);
    }

    int height(int fallback) {
        return layout.path("height").asInt(fallback);
    }

    void draw(Graphics2D g, int width, int height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        TextTitle title = new TextTitle(PlotlyText.plain(layout.path("title").path("text").asText("")), TITLE);
        title.setHorizontalAlignment(HorizontalAlignment.LEFT);
        title.setPaint(Paints.AXIS);
        draw(g, title, new Rectangle2D.Double(16, 10, width - 32, TITLE_HEIGHT - 14));

        int side = !legendItems.isEmpty() ? LEGEND_WIDTH : colors != null ? COLORBAR_WIDTH : 0;
        Rectangle2D area = new Rectangle2D.Double(8, TITLE_HEIGHT, width - side - 16, height - TITLE_HEIGHT - 8);
        List<JFreeChart> charts = new ArrayList<>();
        for (Panel panel : panels) {
            charts.add(PanelCharts.chart(panel, colors));
        }
        shareMatchedRanges(charts);
        charts.forEach(FigureDrawing::decadeTicks);
        for (int p = 0; p < panels.size(); p++) {
            double[] x = Panel.domain(panels.get(p).xaxis());
            double[] y = Panel.domain(panels.get(p).yaxis());
            charts.get(p).draw(g, new Rectangle2D.Double(area.getX() + x[0] * area.getWidth(),
                    area.getY() + (1 - y[1]) * area.getHeight(), (x[1] - x[0]) * area.getWidth(), (y[1] - y[0]) * area.getHeight()));
        }
        Rectangle2D strip = new Rectangle2D.Double(width - side - 4, TITLE_HEIGHT, side, height - TITLE_HEIGHT - 8);
        if (!legendItems.isEmpty()) {
            drawLegend(g, strip);
        } else if (colors != null) {
            drawColorBar(g, strip);
        }
    }

    /**
     * Small multiples share their scales: an axis that {@code matches} the first panel's takes
     * the range that covers every matching panel's data.
     */
    private void shareMatchedRanges(List<JFreeChart> charts) {
        for (String axis : new String[] {"xaxis", "yaxis"}) {
            List<ValueAxis> shared = new ArrayList<>();
            Range range = null;
            for (int p = 0; p < panels.size(); p++) {
                JsonNode json = layout.path(Panel.axisKey(axis, p));
                if (!(charts.get(p).getPlot() instanceof XYPlot plot) || json.has("range")
                        || !(p == 0 || json.has("matches")) || !panels.get(p).type().equals("scatter")) {
                    continue;
                }
                ValueAxis valueAxis = axis.equals("xaxis") ? plot.getDomainAxis() : plot.getRangeAxis();
                shared.add(valueAxis);
                range = Range.combine(range, plot.getDataRange(valueAxis));
            }
            if (shared.size() < 2 || range == null) {
                continue;
            }
            for (ValueAxis valueAxis : shared) {
                valueAxis.setRange(padded(range, valueAxis));
            }
        }
    }

    private static Range padded(Range range, ValueAxis axis) {
        if (axis instanceof LogAxis) {
            double low = Math.max(range.getLowerBound(), 1e-12);
            return new Range(low / 1.25, Math.max(range.getUpperBound(), low) * 1.25);
        }
        double pad = Math.max(range.getLength() * 0.05, Math.abs(range.getUpperBound()) * 1e-3 + 1e-12);
        boolean zero = axis instanceof NumberAxis number && number.getAutoRangeIncludesZero();
        double lower = zero ? Math.min(0, range.getLowerBound()) : range.getLowerBound() - pad;
        return new Range(lower, range.getUpperBound() + pad);
    }

    private void drawLegend(Graphics2D g, Rectangle2D strip) {
        double top = strip.getY();
        String heading = PlotlyText.plain(layout.path("legend").path("title").path("text").asText(""));
        if (!heading.isEmpty()) {
            TextTitle text = new TextTitle(heading, LEGEND.deriveFont(Font.BOLD));
            text.setHorizontalAlignment(HorizontalAlignment.LEFT);
            text.setPaint(Paints.AXIS);
            draw(g, text, new Rectangle2D.Double(strip.getX(), top, strip.getWidth(), 20));
            top += 22;
        }
        LegendItemCollection items = new LegendItemCollection();
        legendItems.forEach(items::add);
        LegendTitle legend = new LegendTitle(() -> items);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setItemFont(LEGEND);
        legend.setItemPaint(Paints.AXIS);
        legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
        draw(g, legend, new Rectangle2D.Double(strip.getX(), top, strip.getWidth(), strip.getMaxY() - top));
    }

    /** A title laid out for {@code area} (JFreeChart lays out its text when arranged), then drawn there. */
    private static void draw(Graphics2D g, Title title, Rectangle2D area) {
        // As JFreeChart lays out its own titles: anything up to the area's size.
        title.arrange(g, new RectangleConstraint(new Range(0, area.getWidth()), new Range(0, area.getHeight())));
        title.draw(g, area);
    }

    /**
     * A log axis over a decade or more ticks at powers of ten (1, 10, 100), as the page does;
     * left to itself JFreeChart ticks at fractional powers (3.162278).
     */
    private static void decadeTicks(JFreeChart chart) {
        if (chart.getPlot() instanceof XYPlot plot) {
            for (ValueAxis axis : new ValueAxis[] {plot.getDomainAxis(), plot.getRangeAxis()}) {
                if (axis instanceof LogAxis log) {
                    double decades = Math.log10(log.getUpperBound() / log.getLowerBound());
                    if (decades >= 1) {
                        log.setTickUnit(new NumberTickUnit(Math.max(1, Math.ceil(decades / 12))), false, false);
                        log.setAutoTickUnitSelection(false, false);
                    }
                }
            }
        }
    }

    private void drawColorBar(Graphics2D g, Rectangle2D strip) {
        JsonNode bar = layout.path("coloraxis").path("colorbar");
        NumberAxis axis = new NumberAxis(PlotlyText.plain(bar.path("title").path("text").asText("")));
        axis.setRange(colors.getLowerBound(), colors.getUpperBound());
        Axes.style(axis);
        PaintScaleLegend legend = new PaintScaleLegend(colors, axis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.TOP_OR_RIGHT);
        legend.setStripWidth(14);
        legend.setSubdivisionCount(128);
        legend.setBackgroundPaint(Color.WHITE);
        double height = Math.min(strip.getHeight(), 420);
        legend.draw(g, new Rectangle2D.Double(strip.getX() + 8, strip.getY() + 10, strip.getWidth() - 8, height - 20));
    }

    private static LegendItem legendItem(JsonNode trace) {
        Color color = Paints.color(trace.at("/line/color").asText(trace.at("/marker/color").asText(null)), Paints.AXIS);
        String mode = trace.path("mode").asText("markers");
        Shape dot = new Ellipse2D.Double(-3.5, -3.5, 7, 7);
        Shape line = new Line2D.Double(-12, 0, 12, 0);
        return new LegendItem(PlotlyText.plain(trace.path("name").asText()), null, null, null,
                mode.contains("markers"), dot, true, color, false, color, Paints.stroke(null, 1),
                mode.contains("lines"), line, Paints.stroke(trace.at("/line/dash").asText(null), 2f), color);
    }
}
