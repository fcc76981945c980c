package dev.benchmem.analysis.plot.image;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * One panel's traces as a JFreeChart chart: scatter traces (lines, markers, min-max whiskers,
 * per-point colours) on an XY plot, horizontal bars on a category plot, a heatmap as blocks.
 */
final class PanelCharts {
    private static final Font HEADING = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Font NOTE = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private PanelCharts() {
    }

    /** The chart of {@code panel}; {@code colors} maps values on the shared colour axis (null when there is none). */
    static JFreeChart chart(Panel panel, ColorScale colors) {
        Plot plot = switch (panel.type()) {
            case "bar" -> bars(panel, colors);
            case "heatmap" -> heatmap(panel, colors);
            default -> xy(panel, colors);
        };
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(panel.title(), HEADING, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }

    private static XYPlot xy(Panel panel, ColorScale colors) {
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(Axes.value(panel.xaxis()));
        plot.setRangeAxis(Axes.value(panel.yaxis()));
        grid(plot);
        for (int i = 0; i < panel.traces().size(); i++) {
            JsonNode trace = panel.traces().get(i);
            YIntervalSeries series = new YIntervalSeries("trace" + i, false, true);
            List<Paint> pointPaints = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            JsonNode x = trace.path("x");
            JsonNode y = trace.path("y");
            JsonNode markerColor = trace.path("marker").path("color");
            for (int k = 0; k < Math.min(x.size(), y.size()); k++) {
                if (!x.get(k).isNumber() || !y.get(k).isNumber()) {
                    continue;
                }
                double yv = y.get(k).asDouble();
                series.add(x.get(k).asDouble(), yv, yv - trace.path("error_y").path("arrayminus").path(k).asDouble(0),
                        yv + trace.path("error_y").path("array").path(k).asDouble(0));
                if (markerColor.isArray() && colors != null) {
                    pointPaints.add(colors.getPaint(markerColor.path(k).asDouble(Double.NaN)));
                }
                labels.add(PlotlyText.plain(trace.path("text").path(k).asText("")));
            }
            YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
            dataset.addSeries(series);
            plot.setDataset(i, dataset);
            plot.setRenderer(i, renderer(trace, pointPaints, labels));
        }
        for (JsonNode line : panel.lines()) {
            ValueMarker marker = new ValueMarker(line.path("y0").asDouble(), Paints.color(line.at("/line/color").asText(null), Color.GRAY),
                    Paints.stroke(line.at("/line/dash").asText(null), (float) line.at("/line/width").asDouble(1)));
            plot.addRangeMarker(marker, Layer.BACKGROUND);
        }
        for (JsonNode note : panel.notes()) {
            TextTitle text = new TextTitle(PlotlyText.plain(note.path("text").asText()), NOTE);
            text.setPaint(Paints.color(note.at("/font/color").asText(null), Paints.AXIS));
            plot.addAnnotation(new XYTitleAnnotation(note.path("x").asDouble(), note.path("y").asDouble(), text,
                    anchor(note.path("xanchor").asText("center"), note.path("yanchor").asText("middle"))));
        }
        return plot;
    }

    private static XYErrorRenderer renderer(JsonNode trace, List<Paint> pointPaints, List<String> labels) {
        String mode = trace.path("mode").asText("markers");
        Color color = Paints.color(trace.at("/line/color").asText(trace.at("/marker/color").asText(null)), Paints.AXIS);
        XYErrorRenderer renderer = new XYErrorRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                return pointPaints.isEmpty() ? super.getItemPaint(row, column) : pointPaints.get(column);
            }
        };
        renderer.setDefaultLinesVisible(mode.contains("lines"));
        renderer.setDefaultShapesVisible(mode.contains("markers"));
        renderer.setSeriesPaint(0, color);
        renderer.setSeriesStroke(0, Paints.stroke(trace.at("/line/dash").asText(null), 2f));
        double size = trace.at("/marker/size").asDouble(7);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-size / 2, -size / 2, size, size));
        if (!pointPaints.isEmpty()) {
            renderer.setUseOutlinePaint(true);
            renderer.setDrawOutlines(true);
            renderer.setSeriesOutlinePaint(0, Paints.color(trace.at("/marker/line/color").asText(null), Paints.AXIS));
        }
        renderer.setDrawXError(false);
        renderer.setDrawYError(trace.has("error_y"));
        renderer.setErrorPaint(color);
        renderer.setErrorStroke(new BasicStroke(1.2f));
        renderer.setCapLength(6);
        if (mode.contains("text")) {
            renderer.setDefaultItemLabelGenerator((dataset, series, item) -> labels.get(item));
            renderer.setDefaultItemLabelsVisible(true);
            renderer.setDefaultItemLabelFont(NOTE);
        }
        return renderer;
    }

    private static CategoryPlot bars(Panel panel, ColorScale colors) {
        JsonNode trace = panel.traces().get(0);
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<Paint> paints = new ArrayList<>();
        JsonNode x = trace.path("x");
        JsonNode y = trace.path("y");
        for (int k = 0; k < Math.min(x.size(), y.size()); k++) {
            double value = x.get(k).isNumber() ? x.get(k).asDouble() : Double.NaN;
            dataset.addValue(value, "bars", PlotlyText.plain(y.get(k).asText()));
            paints.add(colors == null ? Paints.AXIS : colors.getPaint(trace.at("/marker/color").path(k).asDouble(value)));
        }
        CategoryAxis categories = new CategoryAxis();
        Axes.style(categories);
        categories.setMaximumCategoryLabelWidthRatio(0.45f);
        categories.setCategoryMargin(0.2);
        BarRenderer renderer = new BarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                return paints.get(column);
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(Paints.AXIS);
        CategoryPlot plot = new CategoryPlot(dataset, categories, Axes.value(panel.xaxis()), renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setRangeGridlinePaint(Paints.GRID);
        plot.addRangeMarker(new ValueMarker(0, Paints.AXIS, new BasicStroke(1f)), Layer.FOREGROUND);
        return plot;
    }

    private static XYPlot heatmap(Panel panel, ColorScale colors) {
        JsonNode trace = panel.traces().get(0);
        String[] columns = texts(trace.path("x"));
        String[] rows = texts(trace.path("y"));
        int cells = columns.length * rows.length;
        double[][] xyz = new double[3][cells];
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < columns.length; c++) {
                int i = r * columns.length + c;
                JsonNode z = trace.path("z").path(r).path(c);
                xyz[0][i] = c;
                xyz[1][i] = r;
                xyz[2][i] = z.isNumber() ? z.asDouble() : Double.NaN;
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries("z", xyz);
        SymbolAxis xAxis = new SymbolAxis(Axes.title(panel.xaxis()), columns);
        SymbolAxis yAxis = new SymbolAxis(Axes.title(panel.yaxis()), rows);
        for (SymbolAxis axis : new SymbolAxis[] {xAxis, yAxis}) {
            axis.setGridBandsVisible(false);
            Axes.style(axis);
        }
        yAxis.setInverted(panel.yaxis().path("autorange").asText().equals("reversed"));
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(colors);
        XYPlot plot = new XYPlot(dataset, xAxis, yAxis, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        return plot;
    }

    private static void grid(XYPlot plot) {
        plot.setDomainGridlinePaint(Paints.GRID);
        plot.setRangeGridlinePaint(Paints.GRID);
    }

    private static String[] texts(JsonNode array) {
        String[] out = new String[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = PlotlyText.plain(array.get(i).asText());
        }
        return out;
    }

    /** A plotly text anchor ({@code xanchor}, {@code yanchor}) as the corner the note is placed by. */
    private static RectangleAnchor anchor(String x, String y) {
        boolean top = y.equals("top");
        boolean bottom = y.equals("bottom");
        return switch (x) {
            case "right" -> top ? RectangleAnchor.TOP_RIGHT : bottom ? RectangleAnchor.BOTTOM_RIGHT : RectangleAnchor.RIGHT;
            case "left" -> top ? RectangleAnchor.TOP_LEFT : bottom ? RectangleAnchor.BOTTOM_LEFT : RectangleAnchor.LEFT;
            default -> top ? RectangleAnchor.TOP : bottom ? RectangleAnchor.BOTTOM : RectangleAnchor.CENTER;
        };
    }
}
