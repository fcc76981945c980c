package dev.benchmem.analysis.plot;

import dev.benchmem.core.Metric;
import dev.benchmem.core.Trend;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.benchmem.analysis.Fixtures;
import dev.benchmem.analysis.LongTable;

/**
 * Opens each view's offline page in headless Chromium: the plot renders with the expected
 * traces and points, nothing is logged as an error, and an id that is an HTML payload stays
 * text. Screenshots are kept under {@code target/plot-screenshots/}.
 */
class PlotPagesIT {

    private static final String XSS = "<img src=x onerror=alert(1)>";
    private static final Path SHOTS = Path.of("target", "plot-screenshots");

    @TempDir
    static Path dir;
    private static Chromium chromium;

    @BeforeAll
    static void start() throws Exception {
        chromium = Chromium.startRecordingDialogs(dir.resolve("profile"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void scaling() throws Exception {
        PlotResult r = Plots.scaling(SavedRuns.sortRuns(dir.resolve("sort"), "baseline"), PlotOptions.metric(Metric.PEAK));
        assertRendered(r, "scaling", 1, 4);
        assertThat(hover("{curveNumber: 0, pointNumber: 3}")).contains("sort[500000]", "n: 500000", "peak (min): 3.815 MiB");
    }

    @Test
    void scalingOverlaidRunsWithFacets() throws Exception {
        PlotResult r = Plots.scaling(kinds("v1", "v2"), PlotOptions.metric(Metric.PEAK).withFacet("kind"));
        assertRendered(r, "scaling-facets", 8, 24);
    }

    @Test
    void scatter() throws Exception {
        PlotResult r = Plots.scatter(SavedRuns.sortRuns(dir.resolve("sort"), "baseline", "candidate"), PlotOptions.metric(Metric.PEAK));
        assertRendered(r, "scatter", 1, 4);
        assertThat(hover("{curveNumber: 0, pointNumber: 3}"))
                .contains("sort[500000]", "baseline: 3.815 MiB", "candidate: 4.959 MiB", "change: +1.144 MiB (+30.0%)");
        // plotly rejects some d3 formats (e.g. "+.1f") and then prints the raw number: these are formatted
    }

    @Test
    void compare() throws Exception {
        PlotResult r = Plots.compare(SavedRuns.sortRuns(dir.resolve("sort"), "baseline", "candidate"), PlotOptions.metric(Metric.TIME));
        assertRendered(r, "compare", 1, 4);
        assertThat(hover("{curveNumber: 0, pointNumber: 0}")).contains("sort[500000]", "(+30.0%)");
    }

    @Test
    void sweep() throws Exception {
        PlotResult r = Plots.sweep(SavedRuns.sortRuns(dir.resolve("sort"), "v0.6", "v0.7", "v0.8"), PlotOptions.metric(Metric.PEAK));
        assertRendered(r, "sweep", 1, 12);
        assertThat(hover("{curveNumber: 0, pointNumber: [3, 2]}"))
                .contains("sort[500000]", "run: v0.8", "peak: 6.104 MiB", "log2(run / v0.6): +0.678");
    }

    @Test
    void optionsOnRealRunsRenderInTheBrowser() throws Exception {
        // Our harness's two runs: a panel per layout with its own y range, both runs per panel
        // (coloured by layout, dashed by run) with min-max whiskers over the timed rounds.
        PlotResult overlay = Plots.scaling(Fixtures.load("harness/collections/main.json", "harness/collections/pr.json"), PlotOptions.metric(Metric.TIME)
                .withFacet("layout").withColor("layout").withFreeAxes(PlotOptions.FreeAxes.Y).withBand(PlotOptions.Band.MINMAX)
                .withYScale(PlotOptions.Scale.LINEAR));
        assertRendered(overlay, "scaling-options", 6, 12);
        assertThat(chromium.script("return document.querySelectorAll('.errorbar').length;").asInt()).isEqualTo(12);
        // pytest-benchmem 0.5's layout: one run compared along a dim, filtered to one size
        PlotResult pivot = Plots.draw(Fixtures.load("pytest-benchmem-0.5.json"), PlotOptions.metric(Metric.PEAK)
                .withPivot("kind").withWhere("n", "100000"));
        assertRendered(pivot, "compare-pivot", 1, 1);
        assertThat(hover("{curveNumber: 0, pointNumber: 0}")).contains("test_build[100000]", "kind=dict", "kind=tuple");
    }

    @Test
    void history() throws Exception {
        List<Trend> trends = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            List<Trend.Point> points = new java.util.ArrayList<>();
            for (int run = 1; run <= 6; run++) {
                points.add(new Trend.Point(run, "c" + run, "2026-01-0" + run + "T12:00:00Z", 1024.0 * (i + 1) * run));
            }
            trends.add(new Trend("sort[" + (i + 1) * 10 + "]", points));
        }
        PlotResult r = Plots.history(trends, PlotOptions.metric(Metric.PEAK));
        assertRendered(r, "history", 3, 18);
        assertThat(hover("{curveNumber: 1, pointNumber: 5}"))
                .contains("sort[20]", "commit c6 (run 6)", "2026-01-06 12:00:00 UTC", "peak: 12 KiB");
        JsonNode ticks = chromium.script("return Array.from(document.querySelectorAll('.xtick text')).map(t => t.textContent);");
        assertThat(ticks.toString()).as("a date axis").contains("Jan");
    }

    @Test
    void comparePageIsAsTallAsItsBarsNotTheWindow() throws Exception {
        PlotResult r = Plots.compare(SavedRuns.sortRuns(dir.resolve("sort"), "baseline", "candidate"), PlotOptions.metric(Metric.TIME));
        assertRendered(r, "compare-height", 1, 4);
        int figure = r.figure().layoutJson().get("height").asInt();
        // The window is 800 pixels tall; the page's content ends where the figure does.
        JsonNode page = chromium.script("return [document.body.getBoundingClientRect().height,"
                + " document.getElementById('benchmem-plot').getBoundingClientRect().height];");
        assertThat(page.get(1).asInt()).isEqualTo(figure);
        assertThat(page.get(0).asInt()).isBetween(figure, figure + 20);
    }

    @Test
    void logAxesInMibShowPlainDecimals() throws Exception {
        LongTable wide = SavedRuns.in(dir.resolve("wide"))
                .add("r", "fill[10]", Map.of("n", 10.0), Metric.PEAK, 56)
                .add("r", "fill[1000]", Map.of("n", 1_000.0), Metric.PEAK, 4_016)
                .add("r", "fill[100000]", Map.of("n", 100_000.0), Metric.PEAK, 400_016)
                .add("r", "fill[1000000]", Map.of("n", 1_000_000.0), Metric.PEAK, 4_000_016).load();
        PlotResult r = Plots.scaling(wide, PlotOptions.metric(Metric.PEAK));
        assertRendered(r, "scaling-log-mib", 1, 4);
        JsonNode ticks = chromium.script("return Array.from(document.querySelectorAll('.ytick text')).map(t => t.textContent);");
        List<String> labels = new java.util.ArrayList<>();
        ticks.forEach(t -> labels.add(t.asText()));
        assertThat(labels).isNotEmpty().contains("0.001").noneMatch(t -> t.matches(".*[μmkMG]$"));
    }

    @Test
    void idsThatLookLikeMarkupStayText() throws Exception {
        LongTable table = SavedRuns.in(dir)
                .add("a", XSS, Map.of("n", 1.0, "kind", XSS), Metric.PEAK, 100)
                .add("a", "</script><script>alert(2)</script>", Map.of("n", 2.0, "kind", "x"), Metric.PEAK, 200)
                .add("b", XSS, Map.of("n", 1.0, "kind", XSS), Metric.PEAK, 150)
                .add("b", "</script><script>alert(2)</script>", Map.of("n", 2.0, "kind", "x"), Metric.PEAK, 100)
                .load();
        for (View view : View.values()) {
            PlotResult r = Plots.draw(view, table, PlotOptions.metric(Metric.PEAK).withFacet("kind"));
            Path page = dir.resolve("xss-" + view.key() + ".html");
            PlotPage.write(r, page, PlotPage.PlotlyJs.INLINE);
            chromium.open(page);
            chromium.await("document.body.dataset.rendered", Duration.ofSeconds(30));
            assertThat(chromium.script("return window.__dialogs;")).as(view.key()).isEmpty();
            assertThat(chromium.script("return document.querySelectorAll('img').length;").asInt()).as(view.key()).isZero();
            // The id is drawn as its literal text.
            assertThat(chromium.script("return document.getElementById('benchmem-plot').textContent;").asText())
                    .as(view.key()).contains(view == View.SCALING ? "kind=" + XSS : XSS);
            assertThat(chromium.consoleErrors()).as(view.key()).isEmpty();
            chromium.screenshot(SHOTS.resolve("xss-" + view.key() + ".png"));
        }
    }

    private static LongTable kinds(String... runs) {
        SavedRuns t = SavedRuns.in(dir.resolve("kinds"));
        for (int r = 0; r < runs.length; r++) {
            for (String kind : List.of("random", "reversed")) {
                for (String impl : List.of("array", "list")) {
                    for (int n : new int[] {1_000, 10_000, 100_000}) {
                        double bytes = n * (impl.equals("list") ? 20.0 : 4.0) * (1 + 0.2 * r);
                        t.add(runs[r], "sort[" + kind + "-" + impl + "-" + n + "]",
                                Map.of("n", (double) n, "kind", kind, "impl", impl), Metric.PEAK, bytes, bytes * 1.3);
                    }
                }
            }
        }
        return t.load();
    }

    /** The hover label plotly shows for {@code point} (a plotly hover spec). */
    private static String hover(String point) throws Exception {
        chromium.script("Plotly.Fx.hover('benchmem-plot', [" + point + "]); return null;");
        return chromium.await("document.querySelector('.hoverlayer .hovertext') && "
                + "document.querySelector('.hoverlayer').textContent", Duration.ofSeconds(5)).asText();
    }

    private static void assertRendered(PlotResult result, String name, int traces, int points) throws Exception {
        Path page = dir.resolve(name + ".html");
        PlotPage.write(result, page, PlotPage.PlotlyJs.INLINE);
        assertThat(Files.size(page)).isLessThan(4_800_000);
        chromium.open(page);
        chromium.await("document.body.dataset.rendered", Duration.ofSeconds(30));
        JsonNode drawn = chromium.script("var d = document.getElementById('benchmem-plot').dataset;"
                + " return [Number(d.traces), Number(d.points), document.querySelectorAll('.main-svg').length];");
        assertThat(drawn.get(0).asInt()).as("traces").isEqualTo(traces);
        assertThat(drawn.get(1).asInt()).as("points").isEqualTo(points);
        assertThat(drawn.get(2).asInt()).as("plotly svg layers").isPositive();
        assertThat(chromium.consoleErrors()).isEmpty();
        chromium.screenshot(SHOTS.resolve(name + ".png"));
    }
}
