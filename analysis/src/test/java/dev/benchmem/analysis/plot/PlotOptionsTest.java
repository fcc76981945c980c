package dev.benchmem.analysis.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static dev.benchmem.analysis.plot.Traces.doubles;
import static dev.benchmem.analysis.plot.Traces.names;
import static dev.benchmem.analysis.plot.Traces.texts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.benchmem.analysis.Fixtures;
import dev.benchmem.analysis.LongTable;
import dev.benchmem.core.Metric;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every plot option on real run files, read back from the figure's plotly JSON:
 * {@code runs/harness/collections/main.json} and {@code pr.json} were written by our harness (the example
 * suite's {@code CollectionsBench#collectAndSum}, dims {@code layout} and {@code n}, run twice with
 * the agent), {@code runs/pytest-benchmem-0.5.json} by pytest-benchmark 5.2.3 with memory in
 * pytest-benchmem 0.5's {@code extra_info.benchmem} series (dims {@code kind}, {@code n}, and the
 * constant extra_info {@code impl}). Expected numbers are read from the files with Jackson, not
 * through the loader under test.
 */
class PlotOptionsTest {

    private static final String MAIN = "harness/collections/main.json";
    private static final String PR = "harness/collections/pr.json";
    private static final String PYTEST = "pytest-benchmem-0.5.json";

    @Test
    void whereKeepsIdsMatchingEveryFilterByTextOrNumber() throws IOException {
        LongTable main = Fixtures.load(MAIN);
        PlotResult lists = Plots.scaling(main, PlotOptions.metric(Metric.PEAK).withWhere("layout", "ARRAY_LIST"));
        assertThat(lists.ids()).isEqualTo(2);
        // layout no longer varies, so it names no line: one curve over n
        assertThat(names(lists.figure().data())).containsExactly("main");
        assertThat(doubles(lists.figure().data().get(0).get("x"))).containsExactly(1000.0, 100000.0);

        PlotResult one = Plots.scaling(main, PlotOptions.metric(Metric.PEAK)
                .withWhere("layout", "LINKED_LIST").withWhere("n", "1e5"));
        assertThat(one.ids()).isEqualTo(1);
        assertThat(one.figure().data().get(0).at("/y/0").asDouble())
                .isCloseTo(peaks(MAIN).get("collectAndSum[LINKED_LIST-100000]") / (1024 * 1024), within());

        // the same filter in every view
        PlotResult compare = Plots.compare(Fixtures.load(MAIN, PR), PlotOptions.metric(Metric.PEAK).withWhere("n", "100000"));
        assertThat(texts(compare.figure().data().get(0).get("y")))
                .containsExactlyInAnyOrder("collectAndSum[ARRAY_LIST-100000]", "collectAndSum[LINKED_LIST-100000]",
                        "collectAndSum[INT_ARRAY-100000]");

        assertThatThrownBy(() -> Plots.scaling(main, PlotOptions.metric(Metric.PEAK).withWhere("size", "1")))
                .isInstanceOf(PlotException.class)
                .hasMessage("--where: no dim 'size' in the runs (dims: layout, n, node.class, node.method, node.group)");
        assertThatThrownBy(() -> Plots.scaling(main, PlotOptions.metric(Metric.PEAK).withWhere("layout", "TREE")))
                .hasMessage("--where layout=TREE: no id matches (layout has: ARRAY_LIST, INT_ARRAY, LINKED_LIST)");
    }

    @Test
    void pivotFoldsOneRunAlongADimFirstValueAgainstLast() throws IOException {
        LongTable main = Fixtures.load(MAIN);
        PlotResult r = Plots.draw(main, PlotOptions.metric(Metric.PEAK).withPivot("layout"));
        // --pivot alone draws the compare view
        assertThat(r.view()).isEqualTo(View.COMPARE);
        assertThat(r.ids()).isEqualTo(2);
        JsonNode bars = r.figure().data().get(0);
        // layout's values in order: ARRAY_LIST, INT_ARRAY, LINKED_LIST; the last against the first
        assertThat(texts(bars.get("y"))).containsExactly("collectAndSum[100000]", "collectAndSum[1000]");
        Map<String, Double> peak = peaks(MAIN);
        double delta = peak.get("collectAndSum[LINKED_LIST-100000]") - peak.get("collectAndSum[ARRAY_LIST-100000]");
        assertThat(bars.at("/x/0").asDouble()).isCloseTo(delta / (1024 * 1024), within());
        assertThat(r.figure().layoutJson().at("/title/text").asText())
                .isEqualTo("peak: layout=LINKED_LIST − layout=ARRAY_LIST, ranked by absolute change");

        PlotResult scatter = Plots.scatter(Fixtures.load(PYTEST), PlotOptions.metric(Metric.PEAK).withPivot("kind"));
        // kind: dict, list, tuple; tuple against dict, one point per n
        assertThat(texts(scatter.figure().data().get(0).get("text")))
                .containsExactly("test_build[1000]", "test_build[10000]", "test_build[100000]");
        Map<String, Double> py = peaks(PYTEST);
        assertThat(scatter.figure().data().get(0).at("/y/2").asDouble())
                .isCloseTo(py.get("test_build[tuple-100000]") / py.get("test_build[dict-100000]"), within());
        assertThat(scatter.figure().layoutJson().at("/yaxis/title/text").asText()).isEqualTo("kind=tuple / kind=dict");

        assertThatThrownBy(() -> Plots.draw(Fixtures.load(MAIN, PR), PlotOptions.metric(Metric.PEAK).withPivot("layout")))
                .hasMessage("--pivot folds one run along a dim; got 2 runs (drop --pivot to compare the runs)");
        assertThatThrownBy(() -> Plots.scaling(main, PlotOptions.metric(Metric.PEAK).withPivot("layout")))
                .hasMessage("--pivot applies to --view compare or scatter, not scaling (there, place the dim with --x or --facet)");
        assertThatThrownBy(() -> Plots.compare(Fixtures.load(PYTEST), PlotOptions.metric(Metric.PEAK).withPivot("impl")))
                .hasMessage("--pivot impl: needs two values or more to compare, the run has only cpython");
    }

    @Test
    void pivotTakesTheValueOutOfTheIdsParameters() {
        assertThat(PlotData.withoutParam("fill[LIST-100]", "LIST")).isEqualTo("fill[100]");
        assertThat(PlotData.withoutParam("fill[LIST]", "LIST")).isEqualTo("fill");
        assertThat(PlotData.withoutParam("fill[ARRAY-100]", "LIST")).isEqualTo("fill[ARRAY-100]");
        assertThat(PlotData.withoutParam("fill", "LIST")).isEqualTo("fill");
    }

    @Test
    void freeAxesLetFacetPanelsRangeOverTheirOwnData() {
        LongTable main = Fixtures.load(MAIN);
        ObjectNode shared = Plots.scaling(main, PlotOptions.metric(Metric.PEAK).withFacet("layout")).figure().layoutJson();
        assertThat(shared.at("/xaxis2/matches").asText()).isEqualTo("x");
        assertThat(shared.at("/yaxis3/matches").asText()).isEqualTo("y");
        ObjectNode freeY = Plots.scaling(main, PlotOptions.metric(Metric.PEAK).withFacet("layout")
                .withFreeAxes(PlotOptions.FreeAxes.Y)).figure().layoutJson();
        assertThat(freeY.at("/xaxis2/matches").asText()).isEqualTo("x");
        assertThat(freeY.at("/yaxis2").has("matches")).isFalse();
        assertThat(freeY.at("/yaxis3").has("matches")).isFalse();

        // compare: each panel's symmetric x range spans its own bars
        LongTable two = Fixtures.load(MAIN, PR);
        ObjectNode free = Plots.compare(two, PlotOptions.metric(Metric.TIME).withFacet("n")
                .withFreeAxes(PlotOptions.FreeAxes.BOTH)).figure().layoutJson();
        assertThat(free.at("/xaxis2").has("matches")).isFalse();
        assertThat(free.at("/xaxis/range/1").asDouble()).isNotEqualTo(free.at("/xaxis2/range/1").asDouble());
        ObjectNode sharedBars = Plots.compare(two, PlotOptions.metric(Metric.TIME).withFacet("n")).figure().layoutJson();
        assertThat(sharedBars.at("/xaxis/range/1").asDouble()).isEqualTo(sharedBars.at("/xaxis2/range/1").asDouble());

        assertThatThrownBy(() -> Plots.scaling(main, PlotOptions.metric(Metric.PEAK).withFreeAxes(PlotOptions.FreeAxes.X)))
                .hasMessage("--free-axes needs --facet (it frees the panels' axes)");
    }

    @Test
    void scalingOverlaysRunsOneCurvePerRunAndSeriesColouredByDimsDashedByRun() {
        ArrayNode data = Plots.scaling(Fixtures.load(MAIN, PR), PlotOptions.metric(Metric.PEAK)).figure().data();
        assertThat(names(data)).containsExactly(
                "main · layout=ARRAY_LIST", "main · layout=LINKED_LIST", "main · layout=INT_ARRAY",
                "pr · layout=ARRAY_LIST", "pr · layout=LINKED_LIST", "pr · layout=INT_ARRAY");
        // a layout keeps its colour across the runs; the run is the dash
        assertThat(data.get(0).at("/line/color").asText()).isEqualTo(data.get(3).at("/line/color").asText())
                .isNotEqualTo(data.get(1).at("/line/color").asText());
        assertThat(data.get(0).at("/line/dash").asText()).isEqualTo("solid");
        assertThat(data.get(3).at("/line/dash").asText()).isEqualTo("dash");
        assertThat(doubles(data.get(4).get("x"))).containsExactly(1000.0, 100000.0);
    }

    @Test
    void colorPicksTheDimThatColoursTheLines() {
        // pytest file: kind and n vary; colour by kind, x = n
        ArrayNode data = Plots.scaling(Fixtures.load(PYTEST), PlotOptions.metric(Metric.PEAK).withColor("kind")).figure().data();
        assertThat(names(data)).containsExactly("kind=list", "kind=dict", "kind=tuple");
        assertThat(colors(data)).doesNotHaveDuplicates();
        // a constant dim still splits lines and colours them when asked for
        ArrayNode impl = Plots.scaling(Fixtures.load(PYTEST), PlotOptions.metric(Metric.PEAK).withColor("impl")).figure().data();
        assertThat(names(impl)).containsExactly("impl=cpython, kind=list", "impl=cpython, kind=dict", "impl=cpython, kind=tuple");
        assertThat(colors(impl)).containsOnly(colors(impl).get(0));
        // colour by the facet's dim: each panel's lines still name it, one legend entry per colour
        ArrayNode faceted = Plots.scaling(Fixtures.load(MAIN, PR), PlotOptions.metric(Metric.PEAK).withColor("layout")
                .withFacet("layout")).figure().data();
        assertThat(names(faceted)).containsExactly("main · layout=ARRAY_LIST", "pr · layout=ARRAY_LIST",
                "main · layout=INT_ARRAY", "pr · layout=INT_ARRAY", "main · layout=LINKED_LIST", "pr · layout=LINKED_LIST");
        assertThat(colors(faceted).get(0)).isEqualTo(colors(faceted).get(1)).isNotEqualTo(colors(faceted).get(2));
        assertThatThrownBy(() -> Plots.scaling(Fixtures.load(PYTEST), PlotOptions.metric(Metric.PEAK).withColor("n")))
                .hasMessage("--color: dim 'n' is on x already (colour by another dim)");
        assertThatThrownBy(() -> Plots.scaling(Fixtures.load(PYTEST), PlotOptions.metric(Metric.PEAK).withColor("size")))
                .hasMessage("--color: no dim 'size' in the runs (dims: kind, n, impl, node.class, node.method, node.group)");
    }

    @Test
    void bandDrawsMinMaxWhiskersAutoWhereSomePointHasASpread() {
        LongTable py = Fixtures.load(PYTEST);
        JsonNode auto = Plots.scaling(py, PlotOptions.metric(Metric.PEAK).withColor("kind")).figure().data().get(0);
        // list, n=1000: passes 38920, 38888, 38856; the point is the minimum, the whisker reaches the maximum
        assertThat(auto.at("/y/0").asDouble()).isCloseTo(38856 / 1024.0 / 1024.0, within());
        assertThat(auto.at("/error_y/array/0").asDouble()).isCloseTo((38920 - 38856) / 1024.0 / 1024.0, within());
        assertThat(auto.at("/error_y/arrayminus/0").asDouble()).isZero();
        JsonNode none = Plots.scaling(py, PlotOptions.metric(Metric.PEAK).withBand(PlotOptions.Band.NONE)).figure().data().get(0);
        assertThat(none.has("error_y")).isFalse();

        // the harness's main run: every peak pass equal, no whiskers unless forced
        LongTable main = Fixtures.load(MAIN);
        assertThat(Plots.scaling(main, PlotOptions.metric(Metric.PEAK)).figure().data().get(0).has("error_y")).isFalse();
        JsonNode forced = Plots.scaling(main, PlotOptions.metric(Metric.PEAK).withBand(PlotOptions.Band.MINMAX))
                .figure().data().get(0);
        assertThat(doubles(forced.at("/error_y/array"))).containsOnly(0.0);
        // time: whiskers over the recorded rounds
        assertThat(Plots.scaling(main, PlotOptions.metric(Metric.TIME)).figure().data().get(0).has("error_y")).isTrue();
    }

    @Test
    void axisScalesPerAxisOverTheSharedOne() {
        LongTable main = Fixtures.load(MAIN);
        // n from 1000 to 100000 and peaks from 24 B to 3.8 MB: both span two decades, so both log
        ObjectNode auto = layout(main, PlotOptions.metric(Metric.PEAK));
        assertThat(axisTypes(auto)).containsExactly("log", "log");
        assertThat(axisTypes(layout(main, PlotOptions.metric(Metric.PEAK).withXScale(PlotOptions.Scale.LINEAR))))
                .containsExactly("linear", "log");
        assertThat(axisTypes(layout(main, PlotOptions.metric(Metric.PEAK).withScale(PlotOptions.Scale.LINEAR)
                .withYScale(PlotOptions.Scale.LOG)))).containsExactly("linear", "log");
        assertThat(axisTypes(layout(main, PlotOptions.metric(Metric.PEAK).withScale(PlotOptions.Scale.LINEAR))))
                .containsExactly("linear", "linear");
        // scatter: x log and the ratio linear unless told
        ObjectNode scatter = Plots.scatter(Fixtures.load(MAIN, PR), PlotOptions.metric(Metric.TIME)
                .withXScale(PlotOptions.Scale.LINEAR).withYScale(PlotOptions.Scale.LOG)).figure().layoutJson();
        assertThat(axisTypes(scatter)).containsExactly("linear", "log");
    }

    @Test
    void aLinearYAxisStartsAtZeroUnlessTurnedOff() {
        LongTable main = Fixtures.load(MAIN);
        ObjectNode linear = layout(main, PlotOptions.metric(Metric.PEAK).withYScale(PlotOptions.Scale.LINEAR));
        assertThat(linear.at("/yaxis/rangemode").asText()).isEqualTo("tozero");
        ObjectNode off = layout(main, PlotOptions.metric(Metric.PEAK).withYScale(PlotOptions.Scale.LINEAR).withYZero(false));
        assertThat(off.at("/yaxis").has("rangemode")).isFalse();
        // a log axis has no zero, whatever is asked
        ObjectNode log = layout(main, PlotOptions.metric(Metric.PEAK).withYZero(true));
        assertThat(log.at("/yaxis/type").asText()).isEqualTo("log");
        assertThat(log.at("/yaxis").has("rangemode")).isFalse();
    }

    private static ObjectNode layout(LongTable runs, PlotOptions options) {
        return Plots.scaling(runs, options).figure().layoutJson();
    }

    private static List<String> axisTypes(ObjectNode layout) {
        return List.of(layout.at("/xaxis/type").asText(), layout.at("/yaxis/type").asText());
    }

    /** Each benchmark's smallest peak pass, read from the file itself. */
    private static Map<String, Double> peaks(String fixture) throws IOException {
        Map<String, Double> peaks = new HashMap<>();
        for (JsonNode b : new ObjectMapper().readTree(Fixtures.run(fixture).toFile()).get("benchmarks")) {
            double min = Double.POSITIVE_INFINITY;
            for (JsonNode v : b.at("/extra_info/benchmem/peak_bytes")) {
                min = Math.min(min, v.asDouble());
            }
            peaks.put(b.get("name").asText(), min);
        }
        return peaks;
    }

    private static List<String> colors(ArrayNode data) {
        List<String> out = new ArrayList<>();
        data.forEach(t -> out.add(t.at("/line/color").asText()));
        return out;
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-6);
    }
}
