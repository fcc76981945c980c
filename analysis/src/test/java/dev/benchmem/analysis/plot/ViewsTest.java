package dev.benchmem.analysis.plot;

import dev.benchmem.core.Metric;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static dev.benchmem.analysis.plot.Traces.doubles;
import static dev.benchmem.analysis.plot.Traces.names;
import static dev.benchmem.analysis.plot.Traces.texts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Path;
import dev.benchmem.analysis.LongTable;

/** What each view draws, read back from the figure's plotly JSON. */
class ViewsTest {

    @TempDir
    Path dir;
    private LongTable two;

    @BeforeEach
    void save() {
        two = SavedRuns.sortRuns(dir.resolve("sort"), "baseline", "candidate");
    }

    @Test
    void defaultViewFollowsTheRunCount() {
        assertThat(Plots.draw(SavedRuns.sortRuns(dir, "a"), PlotOptions.metric(Metric.PEAK)).view()).isEqualTo(View.SCALING);
        assertThat(Plots.draw(two, PlotOptions.metric(Metric.PEAK)).view()).isEqualTo(View.SCATTER);
        assertThat(Plots.draw(SavedRuns.sortRuns(dir, "a", "b", "c"), PlotOptions.metric(Metric.PEAK)).view())
                .isEqualTo(View.SWEEP);
        assertThat(Plots.draw(two, PlotOptions.metric(Metric.PEAK)).summary()).isEqualTo("scatter (peak): 4 ids");
    }

    @Test
    void scalingPutsNOnXInTheDataUnitWithWhiskersFromThePasses() {
        PlotResult r = Plots.scaling(SavedRuns.sortRuns(dir, "baseline"), PlotOptions.metric(Metric.PEAK));
        assertThat(r.ids()).isEqualTo(4);
        JsonNode trace = r.figure().data().get(0);
        assertThat(doubles(trace.get("x"))).containsExactly(10_000.0, 50_000.0, 200_000.0, 500_000.0);
        assertThat(trace.at("/y/3").asDouble()).isCloseTo(8.0 * 500_000 / (1024 * 1024), within());
        assertThat(trace.at("/error_y/array/3").asDouble()).isCloseTo(1024.0 / (1024 * 1024), within());
        assertThat(trace.at("/error_y/arrayminus/3").asDouble()).isZero();
        ObjectNode layout = r.figure().layoutJson();
        assertThat(layout.at("/yaxis/title/text").asText()).isEqualTo("peak (MiB)");
        assertThat(layout.at("/xaxis/title/text").asText()).isEqualTo("n");
        // 10k..500k spans less than two decades: linear.
        assertThat(layout.at("/xaxis/type").asText()).isEqualTo("linear");
    }

    @Test
    void scalingGoesLogOverTwoDecadesAndObeysForcing() {
        LongTable wide = SavedRuns.in(dir)
                .add("r", "f[10]", Map.of("n", 10.0), Metric.TIME, 1e-6)
                .add("r", "f[100000]", Map.of("n", 100_000.0), Metric.TIME, 1e-2)
                .load();
        ObjectNode auto = Plots.scaling(wide, PlotOptions.metric(Metric.TIME)).figure().layoutJson();
        assertThat(auto.at("/xaxis/type").asText()).isEqualTo("log");
        assertThat(auto.at("/yaxis/type").asText()).isEqualTo("log");
        assertThat(auto.at("/yaxis/title/text").asText()).isEqualTo("time (ms)");
        ObjectNode linear = Plots.scaling(wide, PlotOptions.metric(Metric.TIME).withScale(PlotOptions.Scale.LINEAR))
                .figure().layoutJson();
        assertThat(linear.at("/xaxis/type").asText()).isEqualTo("linear");
        ObjectNode log = Plots.scaling(SavedRuns.sortRuns(dir, "a"), PlotOptions.metric(Metric.PEAK).withScale(PlotOptions.Scale.LOG))
                .figure().layoutJson();
        assertThat(log.at("/xaxis/type").asText()).isEqualTo("log");
    }

    @Test
    void scalingDrawsALinePerRunAndVaryingDim() {
        LongTable t = SavedRuns.in(dir)
                .add("v1", "fill[array-1]", Map.of("n", 1.0, "threads", 4.0, "impl", "array"), Metric.PEAK, 1)
                .add("v1", "fill[array-2]", Map.of("n", 2.0, "threads", 4.0, "impl", "array"), Metric.PEAK, 2)
                .add("v1", "fill[list-1]", Map.of("n", 1.0, "threads", 4.0, "impl", "list"), Metric.PEAK, 3)
                .add("v2", "fill[array-1]", Map.of("n", 1.0, "threads", 4.0, "impl", "array"), Metric.PEAK, 1)
                .load();
        ArrayNode data = Plots.scaling(t, PlotOptions.metric(Metric.PEAK)).figure().data();
        // threads is constant, so it names no line.
        assertThat(names(data)).containsExactly("v1 · impl=array", "v1 · impl=list", "v2 · impl=array");
        assertThat(data.get(0).has("error_y")).isFalse();
    }

    @Test
    void scalingNamesEachTestMethodAndOnlyTheDimsItHas() {
        // Two methods in one run: sort has no layout dim, collect has one. They are separate
        // curves even though layout alone would already split them.
        LongTable t = SavedRuns.in(dir)
                .add("r", "sort[10]", Map.of("n", 10.0), Metric.PEAK, 1)
                .add("r", "sort[20]", Map.of("n", 20.0), Metric.PEAK, 2)
                .add("r", "collect[LIST-10]", Map.of("n", 10.0, "layout", "LIST"), Metric.PEAK, 3)
                .add("r", "collect[LIST-20]", Map.of("n", 20.0, "layout", "LIST"), Metric.PEAK, 4)
                .add("r", "collect[ARRAY-10]", Map.of("n", 10.0, "layout", "ARRAY"), Metric.PEAK, 5)
                .load();
        ArrayNode data = Plots.scaling(t, PlotOptions.metric(Metric.PEAK)).figure().data();
        assertThat(names(data)).containsExactlyInAnyOrder("sort", "collect, layout=LIST", "collect, layout=ARRAY");
    }

    @Test
    void scalingNeedsANumericX() {
        LongTable t = SavedRuns.in(dir)
                .add("r", "a", Map.of("n", 1.0, "impl", "x"), Metric.PEAK, 1).load();
        assertThatThrownBy(() -> Plots.scaling(t, PlotOptions.metric(Metric.PEAK).withX("impl")))
                .isInstanceOf(PlotException.class).hasMessage("--x: dim 'impl' is not numeric (numeric dims: n)");
        assertThatThrownBy(() -> Plots.scaling(t, PlotOptions.metric(Metric.PEAK).withX("size")))
                .hasMessage("--x: no dim 'size' in the runs (dims: impl, n, node.class, node.method, node.group)");
        LongTable none = SavedRuns.in(dir)
                .add("r", "a", Map.of("impl", "x"), Metric.PEAK, 1).load();
        assertThatThrownBy(() -> Plots.scaling(none, PlotOptions.metric(Metric.PEAK)))
                .hasMessage("scaling needs a numeric dim for x; the runs have none (dims: impl, node.class, node.method, node.group)");
    }

    @Test
    void scatterPlotsRatioAgainstBaselineColouredByDelta() {
        PlotResult r = Plots.scatter(two, PlotOptions.metric(Metric.PEAK));
        JsonNode trace = r.figure().data().get(0);
        // sortRuns: candidate = baseline * 0.9 for 10k, * 1.1 for 50k and 200k, * 1.3 for 500k
        assertThat(doubles(trace.get("y"))).containsExactly(0.9, 1.1, 1.1, 1.3);
        assertThat(trace.at("/marker/coloraxis").asText()).isEqualTo("coloraxis");
        assertThat(trace.at("/marker/color/3").asDouble()).isPositive();
        assertThat(trace.at("/marker/color/0").asDouble()).isNegative();
        assertThat(trace.at("/text/3").asText()).isEqualTo("sort[500000]");
        // candidate, delta (MiB) and percent for the hover
        assertThat(doubles(trace.at("/customdata/3"))).containsExactly(4.959106, 1.144409, 30.0);
        assertThat(trace.get("hovertemplate").asText()).isEqualTo("<b>%{text}</b><br>baseline: %{x:.4g} MiB"
                + "<br>candidate: %{customdata[0]:.4g} MiB<br>change: %{customdata[1]:+.4g} MiB (%{customdata[2]:+.3g}%)"
                + "<extra></extra>");
        ObjectNode layout = r.figure().layoutJson();
        assertThat(layout.at("/xaxis/type").asText()).isEqualTo("log");
        assertThat(layout.at("/shapes/0/y0").asDouble()).isEqualTo(1.0);
        assertCentredOnZero(layout.get("coloraxis"));
    }

    @Test
    void clipBoundsTheColourScale() {
        ObjectNode axis = (ObjectNode) Plots.scatter(two, PlotOptions.metric(Metric.PEAK).withClip(0.25))
                .figure().layoutJson().get("coloraxis");
        assertThat(axis.get("cmin").asDouble()).isEqualTo(-0.25);
        assertThat(axis.get("cmax").asDouble()).isEqualTo(0.25);
        assertThat(axis.at("/colorbar/title/text").asText()).contains("clipped at ±0.25");
    }

    /**
     * Same code twice: the sort suite's peaks with one id 320 bytes (0.8%) lower, the noise of a
     * memory pass. No view may turn that into a saturated colour or a zoomed axis.
     */
    private LongTable identical() {
        SavedRuns saved = SavedRuns.in(dir.resolve("identical"));
        for (String run : List.of("v1", "v2", "v3")) {
            for (int n : new int[] {10_000, 50_000, 200_000, 500_000}) {
                double bytes = 4.0 * n + 16 - (run.equals("v2") && n == 10_000 ? 320 : 0);
                saved.add(run, "sort[" + n + "]", Map.of("n", n), Metric.PEAK, bytes);
            }
        }
        return saved.load();
    }

    @Test
    void identicalRunsLookNeutralInEveryColourScale() {
        LongTable runs = identical();
        ObjectNode sweep = Plots.sweep(runs, PlotOptions.metric(Metric.PEAK)).figure().layoutJson();
        // the colour range is at least ±log2(1.1), so the 0.8% drop is a pale tint
        assertThat(sweep.at("/coloraxis/cmax").asDouble()).isCloseTo(Math.log(1.1) / Math.log(2), within());
        assertCentredOnZero(sweep.get("coloraxis"));

        LongTable two = SavedRuns.in(dir.resolve("two")).add("a", "sort[10000]", Map.of(), Metric.PEAK, 40_016)
                .add("b", "sort[10000]", Map.of(), Metric.PEAK, 39_696)
                .add("a", "sort[500000]", Map.of(), Metric.PEAK, 2_000_016)
                .add("b", "sort[500000]", Map.of(), Metric.PEAK, 2_000_016).load();
        ObjectNode scatter = Plots.scatter(two, PlotOptions.metric(Metric.PEAK)).figure().layoutJson();
        // Δ in KiB (10% of the 1.9 MiB baseline is 195 KiB), not ±0.31 KiB
        assertThat(scatter.at("/coloraxis/colorbar/title/text").asText()).isEqualTo("Δ peak (KiB)");
        assertThat(scatter.at("/coloraxis/cmax").asDouble()).isCloseTo(0.1 * 2_000_016 / 1024, within());
        // the ratio axis spans 0.9..1.1 and more, not 0.992..1
        assertThat(scatter.at("/yaxis/range/0").asDouble()).isLessThan(0.9);
        assertThat(scatter.at("/yaxis/range/1").asDouble()).isGreaterThan(1.1);
        ObjectNode logRatio = Plots.scatter(two, PlotOptions.metric(Metric.PEAK).withScale(PlotOptions.Scale.LOG))
                .figure().layoutJson();
        assertThat(logRatio.at("/yaxis/range/0").asDouble()).isLessThan(Math.log10(0.9));
        assertThat(logRatio.at("/yaxis/range/1").asDouble()).isGreaterThan(Math.log10(1.1));

        ObjectNode compare = Plots.compare(two, PlotOptions.metric(Metric.PEAK)).figure().layoutJson();
        assertThat(compare.at("/coloraxis/cmax").asDouble()).isCloseTo(0.1 * 2_000_016 / 1024, within());
        assertThat(compare.at("/xaxis/range/1").asDouble()).isGreaterThanOrEqualTo(0.1 * 2_000_016 / 1024);
        assertThat(compare.at("/xaxis/range/0").asDouble()).isEqualTo(-compare.at("/xaxis/range/1").asDouble());
        ObjectNode relative = Plots.compare(two, PlotOptions.metric(Metric.PEAK).withSort(PlotOptions.Sort.RELATIVE))
                .figure().layoutJson();
        assertThat(relative.at("/coloraxis/cmax").asDouble()).isEqualTo(10.0);
    }

    @Test
    void clipWidensAsWellAsNarrows() {
        LongTable runs = identical();
        ObjectNode wide = (ObjectNode) Plots.sweep(runs, PlotOptions.metric(Metric.PEAK).withClip(2))
                .figure().layoutJson().get("coloraxis");
        assertThat(wide.get("cmax").asDouble()).isEqualTo(2.0);
        assertThat(wide.at("/colorbar/title/text").asText()).isEqualTo("log2(run / v1) (range ±2)");
        ObjectNode narrow = (ObjectNode) Plots.sweep(runs, PlotOptions.metric(Metric.PEAK).withClip(0.001))
                .figure().layoutJson().get("coloraxis");
        assertThat(narrow.get("cmax").asDouble()).isEqualTo(0.001);
        assertThat(narrow.at("/colorbar/title/text").asText()).isEqualTo("log2(run / v1) (clipped at ±0.001)");
    }

    @Test
    void numericAxesUsePlainDecimalsNotSiPrefixes() {
        LongTable small = SavedRuns.in(dir)
                .add("r", "f[10]", Map.of("n", 10.0), Metric.PEAK, 56)
                .add("r", "f[100000]", Map.of("n", 100_000.0), Metric.PEAK, 4_000_016)
                .add("s", "f[10]", Map.of("n", 10.0), Metric.PEAK, 56)
                .add("s", "f[100000]", Map.of("n", 100_000.0), Metric.PEAK, 4_000_016).load();
        for (View view : List.of(View.SCALING, View.SCATTER)) {
            ObjectNode layout = Plots.draw(view, small, PlotOptions.metric(Metric.PEAK)).figure().layoutJson();
            assertThat(layout.at("/yaxis/exponentformat").asText()).as(view.key()).isEqualTo("none");
            assertThat(layout.at("/xaxis/exponentformat").asText()).as(view.key()).isEqualTo("none");
        }
    }

    @Test
    void scatterPointsCanBeLabelled() {
        JsonNode plain = Plots.scatter(two, PlotOptions.metric(Metric.PEAK)).figure().data().get(0);
        assertThat(plain.get("mode").asText()).isEqualTo("markers");
        JsonNode labelled = Plots.scatter(two, PlotOptions.metric(Metric.PEAK).withPointLabels(true)).figure().data().get(0);
        assertThat(labelled.get("mode").asText()).isEqualTo("markers+text");
        assertThat(texts(labelled.get("text"))).containsExactly("sort[10000]", "sort[50000]", "sort[200000]", "sort[500000]");
    }

    @Test
    void compareAndSweepAreAsTallAsTheirRows() {
        int compare = Plots.compare(two, PlotOptions.metric(Metric.PEAK)).figure().layoutJson().get("height").asInt();
        int sweep = Plots.sweep(identical(), PlotOptions.metric(Metric.PEAK)).figure().layoutJson().get("height").asInt();
        // four ids: a short page, not a 450-pixel minimum with the rows squeezed at the top
        assertThat(compare).isLessThan(450).isGreaterThanOrEqualTo(Canvas.MIN_HEIGHT);
        assertThat(sweep).isLessThan(450).isGreaterThanOrEqualTo(Canvas.MIN_HEIGHT);
    }

    @Test
    void compareRanksBarsByAbsoluteOrRelativeDelta() {
        LongTable t = SavedRuns.in(dir)
                .add("a", "big", Map.of(), Metric.PEAK, 1_000_000).add("b", "big", Map.of(), Metric.PEAK, 1_100_000)
                .add("a", "small", Map.of(), Metric.PEAK, 100).add("b", "small", Map.of(), Metric.PEAK, 300)
                .add("a", "shrunk", Map.of(), Metric.PEAK, 50_000).add("b", "shrunk", Map.of(), Metric.PEAK, 10_000)
                .load();
        JsonNode absolute = Plots.compare(t, PlotOptions.metric(Metric.PEAK)).figure().data().get(0);
        assertThat(texts(absolute.get("y"))).containsExactly("big", "shrunk", "small");
        assertThat(absolute.at("/x/0").asDouble()).isCloseTo(100_000 / 1024.0, within());
        assertThat(absolute.at("/x/1").asDouble()).isNegative();
        JsonNode relative = Plots.compare(t, PlotOptions.metric(Metric.PEAK).withSort(PlotOptions.Sort.RELATIVE))
                .figure().data().get(0);
        assertThat(texts(relative.get("y"))).containsExactly("small", "shrunk", "big");
        assertThat(doubles(relative.get("x"))).containsExactly(200.0, -80.0, 10.0);
        ObjectNode layout = Plots.compare(t, PlotOptions.metric(Metric.PEAK)).figure().layoutJson();
        assertThat(layout.at("/yaxis/autorange").asText()).isEqualTo("reversed");
        assertCentredOnZero(layout.get("coloraxis"));
    }

    @Test
    void sweepIsLog2FoldChangeAgainstTheFirstRun() {
        LongTable t = SavedRuns.in(dir)
                .add("v1", "a", Map.of(), Metric.PEAK, 100).add("v2", "a", Map.of(), Metric.PEAK, 200)
                .add("v3", "a", Map.of(), Metric.PEAK, 25)
                .add("v1", "b", Map.of(), Metric.PEAK, 10).add("v3", "b", Map.of(), Metric.PEAK, 10)
                .load();
        PlotResult r = Plots.sweep(t, PlotOptions.metric(Metric.PEAK));
        JsonNode heatmap = r.figure().data().get(0);
        assertThat(heatmap.get("type").asText()).isEqualTo("heatmap");
        assertThat(texts(heatmap.get("x"))).containsExactly("v1", "v2", "v3");
        assertThat(texts(heatmap.get("y"))).containsExactly("a", "b");
        assertThat(heatmap.get("z").toString()).isEqualTo("[[0.0,1.0,-2.0],[0.0,null,0.0]]");
        assertThat(heatmap.get("customdata").toString()).isEqualTo("[[100.0,200.0,25.0],[10.0,null,10.0]]");
        ObjectNode axis = (ObjectNode) r.figure().layoutJson().get("coloraxis");
        assertCentredOnZero(axis);
        assertThat(axis.get("cmax").asDouble()).isEqualTo(2.0);
    }

    @Test
    void facetsDrawOnePanelPerValue() {
        LongTable t = SavedRuns.in(dir)
                .add("a", "x[1]", Map.of("n", 1.0), Metric.PEAK, 1).add("b", "x[1]", Map.of("n", 1.0), Metric.PEAK, 2)
                .add("a", "x[20]", Map.of("n", 20.0), Metric.PEAK, 1).add("b", "x[20]", Map.of("n", 20.0), Metric.PEAK, 1)
                .add("a", "x[3]", Map.of("n", 3.0), Metric.PEAK, 1).add("b", "x[3]", Map.of("n", 3.0), Metric.PEAK, 1)
                .load();
        PlotResult r = Plots.scatter(t, PlotOptions.metric(Metric.PEAK).withFacet("n"));
        ArrayNode data = r.figure().data();
        assertThat(data).hasSize(3);
        assertThat(data.get(1).get("xaxis").asText()).isEqualTo("x2");
        ObjectNode layout = r.figure().layoutJson();
        assertThat(layout.has("xaxis3")).isTrue();
        List<String> titles = new ArrayList<>();
        layout.get("annotations").forEach(a -> titles.add(a.get("text").asText()));
        // numeric facet values in numeric order
        assertThat(titles).containsSubsequence("n=1", "n=3", "n=20");
        assertThatThrownBy(() -> Plots.sweep(t, PlotOptions.metric(Metric.PEAK).withFacet("size")))
                .hasMessage("--facet: no dim 'size' in the runs (dims: n, node.class, node.method, node.group)");
    }

    @Test
    void viewsNeedEnoughRuns() {
        assertThatThrownBy(() -> Plots.scatter(SavedRuns.sortRuns(dir, "only"), PlotOptions.metric(Metric.PEAK)))
                .isInstanceOf(PlotException.class).hasMessage("view scatter needs at least 2 runs, got 1");
        assertThatThrownBy(() -> View.parse("bars")).hasMessage("unknown view 'bars' (views: scaling, scatter, compare, sweep, history)");
    }

    @Test
    void twoRunsWithNoCommonIdHaveNothingToDraw() {
        LongTable t = SavedRuns.in(dir)
                .add("a", "x", Map.of(), Metric.PEAK, 1).add("b", "y", Map.of(), Metric.PEAK, 1).load();
        assertThatThrownBy(() -> Plots.compare(t, PlotOptions.metric(Metric.PEAK)))
                .hasMessage("compare (peak): nothing to draw (no id has a value in both 'a' and 'b')");
    }

    @Test
    void idsAreEscapedTextInEveryView() {
        String id = "<img src=x onerror=alert(1)>";
        LongTable t = SavedRuns.in(dir)
                .add("a", id, Map.of("n", 1.0), Metric.PEAK, 1).add("b", id, Map.of("n", 1.0), Metric.PEAK, 2).load();
        for (View view : View.values()) {
            String json = Plots.draw(view, t, PlotOptions.metric(Metric.PEAK)).figure().toJson();
            assertThat(json).as(view.key()).doesNotContain("<img").contains("\\u0026lt;img src=x onerror=alert(1)\\u0026gt;");
        }
    }

    private static void assertCentredOnZero(JsonNode axis) {
        assertThat(axis.get("cmid").asDouble()).isZero();
        assertThat(axis.get("cmin").asDouble()).isEqualTo(-axis.get("cmax").asDouble());
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }
}
