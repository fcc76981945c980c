package dev.benchmem.analysis.plot.image;

/**
 * Plotly's text as plain text for a chart: the figure's strings are entity-escaped and may carry
 * plotly's small HTML subset ({@code <b>}, {@code <br>}).
 */
final class PlotlyText {
    private PlotlyText() {
    }

    static String plain(String text) {
        return text.replaceAll("(?i)<br\\s*/?>", " ").replaceAll("<[^>]*>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
