package dev.benchmem.analysis.plot;

import dev.benchmem.core.Metric;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlotPageTest {

    @TempDir
    Path dir;
    private PlotResult plot;

    @BeforeEach
    void draw() {
        plot = Plots.scatter(SavedRuns.sortRuns(dir.resolve("runs"), "baseline", "candidate"),
                PlotOptions.metric(Metric.PEAK));
    }

    @Test
    void inlinePageEmbedsTheGzippedWebjarBundleUnderTheReferenceSize() {
        String html = PlotPage.html(plot, PlotPage.PlotlyJs.INLINE);
        assertThat(html.length()).isLessThan(4_800_000);
        assertThat(html).contains("id=\"benchmem-plotly\" data-plotly-version=\"3.3.1\"")
                .contains("DecompressionStream(\"gzip\")")
                .doesNotContain("cdn.plot.ly", "plotly-latest");
        Matcher payload = Pattern.compile("id=\"benchmem-plotly\"[^>]*>([A-Za-z0-9+/=]+)</script>").matcher(html);
        assertThat(payload.find()).isTrue();
        assertThat(payload.group(1).length()).isGreaterThan(2_000_000);
    }

    @Test
    void cdnPageLinksThePinnedVersion() {
        String html = PlotPage.html(plot, PlotPage.PlotlyJs.CDN);
        assertThat(html).contains("<script src=\"https://cdn.plot.ly/plotly-3.3.1.min.js\"")
                .doesNotContain("plotly-latest", "id=\"benchmem-plotly\"");
        assertThat(html.length()).isLessThan(50_000);
        assertThat(PlotPage.plotlyVersion()).isEqualTo("3.3.1");
    }

    @Test
    void figureTravelsAsJsonData() {
        String html = PlotPage.html(plot, PlotPage.PlotlyJs.CDN);
        assertThat(html).contains("<script type=\"application/json\" id=\"benchmem-figure\">" + plot.figure().toJson() + "</script>")
                .contains("<title>peak: candidate vs baseline</title>");
    }

    @Test
    void writesAtomicallyLeavingNoTempFiles() throws Exception {
        Path page = dir.resolve("plots/scatter.html");
        PlotPage.write(plot, page, PlotPage.PlotlyJs.CDN);
        PlotPage.write(plot, page, PlotPage.PlotlyJs.CDN);
        assertThat(Files.readString(page)).isEqualTo(PlotPage.html(plot, PlotPage.PlotlyJs.CDN));
        try (var files = Files.list(page.getParent())) {
            assertThat(files).containsExactly(page);
        }
    }

    @Test
    void asJavascriptDrawsTheSameFigureForJsplotUsers() {
        PlotFigure figure = plot.figure();
        assertThat(figure.asJavascript("plot")).startsWith("<script>")
                .contains("var figure = " + figure.toJson())
                .contains("document.getElementById(\"plot\")")
                .contains("Plotly.newPlot(target, figure.data, figure.layout, figure.config)");
        assertThat(figure.getTraces()).hasSize(1);
    }
}
