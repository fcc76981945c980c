package dev.benchmem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlotCommandTest {

    @TempDir
    Path dir;
    private Path baseline;
    private Path candidate;
    private Path third;
    private String out;
    private String err;

    @BeforeEach
    void runs() throws IOException {
        baseline = run("baseline", 1.0);
        candidate = run("candidate", 1.1);
        third = run("third", 1.3);
    }

    /** The reference's sort suite, peak = 8n bytes times {@code growth}, two passes. */
    private Path run(String name, double growth) throws IOException {
        List<String> benchmarks = new ArrayList<>();
        for (int n : new int[] {10_000, 50_000, 200_000, 500_000}) {
            long peak = (long) (8L * n * growth);
            benchmarks.add("{\"group\":null,\"name\":\"test_sort[" + n + "]\",\"fullname\":\"t.py::test_sort[" + n + "]\","
                    + "\"params\":{\"n\":" + n + "},\"extra_info\":{\"benchmem\":{\"peak_bytes\":[" + peak + "," + peak
                    + "],\"total_bytes\":[" + peak + "," + peak + "],\"allocations\":[1,1]}},"
                    + "\"stats\":{\"min\":" + (5e-9 * n * growth) + ",\"max\":1,\"mean\":1,\"median\":1,\"stddev\":0,\"rounds\":1}}");
        }
        Path file = dir.resolve(name + ".json");
        Files.writeString(file, "{\"benchmarks\":[" + String.join(",", benchmarks) + "]}");
        return file;
    }

    private int plot(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        String[] all = new String[args.length + 1];
        all[0] = "plot";
        System.arraycopy(args, 0, all, 1, args.length);
        int code = BenchmemCommand.execute(new PrintWriter(o, true), new PrintWriter(e, true), all);
        out = o.toString();
        err = e.toString();
        return code;
    }

    @Test
    void twoRunsDrawAScatterAndPrintWhatWasWritten() throws IOException {
        Path page = dir.resolve("scatter.html");
        assertThat(plot("--metric", "peak", baseline.toString(), candidate.toString(), "-o", page.toString())).isZero();
        assertThat(out).isEqualTo("scatter (peak): 4 ids -> " + page + System.lineSeparator());
        assertThat(err).isEmpty();
        assertThat(Files.readString(page)).contains("peak: candidate vs baseline").contains("id=\"benchmem-plotly\"");
    }

    @Test
    void defaultViewFollowsTheRunCountAndWritesUnderBenchmarksPlots() {
        assertThat(plot(baseline.toString(), "-o", dir.resolve("a.html").toString())).isZero();
        assertThat(out).startsWith("scaling (peak): 4 ids -> ");
        assertThat(plot(baseline.toString(), candidate.toString(), third.toString(), "-o", dir.resolve("b.html").toString(),
                "-l", "v0.6,v0.7,v0.8", "--plotlyjs", "cdn")).isZero();
        assertThat(out).startsWith("sweep (peak): 4 ids -> ");
    }

    @Test
    void optionsReachTheFigure() throws IOException {
        Path page = dir.resolve("compare.html");
        assertThat(plot(baseline.toString(), candidate.toString(), "--view", "compare", "--metric", "time",
                "--sort", "relative", "--clip", "5", "--facet", "n", "--plotlyjs", "cdn", "-o", page.toString())).isZero();
        assertThat(out).startsWith("compare (time): 4 ids -> ");
        assertThat(Files.readString(page)).contains("ranked by relative change").contains("n=500000")
                .contains("clipped at ±5").contains("https://cdn.plot.ly/plotly-3.3.1.min.js");
    }

    @Test
    void helpDoesNotOfferSeveralMetricsToPlot() {
        assertThat(plot("--help")).isZero();
        // plot draws one metric: its help must not say several are allowed
        assertThat(out).doesNotContain("several separated by commas").contains("plot draws one");
        assertThat(plot(baseline.toString(), "--metric", "peak,time")).isEqualTo(2);
        assertThat(err).contains("--metric: give one metric here, not 2");
    }

    @Test
    void labelPointsWritesIdsNextToScatterPoints() throws IOException {
        Path page = dir.resolve("labelled.html");
        assertThat(plot(baseline.toString(), candidate.toString(), "--label-points", "-o", page.toString())).isZero();
        assertThat(Files.readString(page)).contains("\"mode\":\"markers+text\"");
        assertThat(plot(baseline.toString(), candidate.toString(), "-o", page.toString())).isZero();
        assertThat(Files.readString(page)).contains("\"mode\":\"markers\"").doesNotContain("markers+text");
    }

    @Test
    void badInputIsOneLineAndExitCode2() {
        String a = baseline.toString();
        String b = candidate.toString();
        assertThat(plot(a, "--view", "bars")).isEqualTo(2);
        assertThat(err).contains("unknown view 'bars' (views: scaling, scatter, compare, sweep, history)").hasLineCount(1);
        assertThat(plot(a, "--view", "scatter")).isEqualTo(2);
        assertThat(err).contains("view scatter needs at least 2 runs, got 1").hasLineCount(1);
        assertThat(plot(a, b, "--facet", "size")).isEqualTo(2);
        assertThat(err).contains("--facet: no dim 'size' in the runs (dims: n, node.class, node.method, node.group)")
                .hasLineCount(1);
        assertThat(plot(a, "--metric", "bogus")).isEqualTo(2);
        assertThat(err).contains("unknown metric 'bogus'").hasLineCount(1);
        assertThat(plot(a, "--log", "--linear")).isEqualTo(2);
        assertThat(err).contains("mutually exclusive").hasLineCount(1);
        assertThat(plot(a, "--clip", "-1")).isEqualTo(2);
        assertThat(err).contains("--clip: must be a positive number").hasLineCount(1);
        assertThat(plot(dir.resolve("missing.json").toString())).isEqualTo(2);
        assertThat(err).contains("missing.json").hasLineCount(1);
        assertThat(out).isEmpty();
    }

    private static final Path RUNS = Path.of(System.getProperty("benchmem.runs", "../analysis/src/test/resources/runs"));

    private static String fixture(String name) {
        return RUNS.resolve(name).toAbsolutePath().toString();
    }

    /** The figure a written page carries (its non-executed JSON script element). */
    private static JsonNode figure(Path page) throws IOException {
        String html = Files.readString(page);
        int start = html.indexOf('>', html.indexOf("id=\"benchmem-figure\"")) + 1;
        return new ObjectMapper().readTree(html.substring(start, html.indexOf("</script>", start)));
    }

    private static List<String> traceNames(JsonNode figure) {
        List<String> names = new ArrayList<>();
        figure.get("data").forEach(t -> names.add(t.path("name").asText()));
        return names;
    }

    @Test
    void whereFiltersIdsAndEveryFilterMustMatch() throws IOException {
        Path page = dir.resolve("where.html");
        assertThat(plot(fixture("harness/collections/main.json"), "--where", "layout=INT_ARRAY", "--where", "n=100000",
                "--plotlyjs", "cdn", "-o", page.toString())).isZero();
        assertThat(out).startsWith("scaling (peak): 1 id -> ");
        assertThat(figure(page).at("/data/0/text/0").asText()).startsWith("<b>collectAndSum[INT_ARRAY-100000]</b>");
        assertThat(plot(fixture("harness/collections/main.json"), "--where", "layout")).isEqualTo(2);
        assertThat(err).contains("--where").contains("KEY=VALUE").hasLineCount(1);
        assertThat(plot(fixture("harness/collections/main.json"), "--where", "layout=TREE")).isEqualTo(2);
        assertThat(err).isEqualTo("benchmem plot: --where layout=TREE: no id matches (layout has: ARRAY_LIST, INT_ARRAY, "
                + "LINKED_LIST) (see 'benchmem plot --help')" + System.lineSeparator());
    }

    @Test
    void pivotComparesTheValuesOfADimInsideOneRun() throws IOException {
        Path page = dir.resolve("pivot.html");
        assertThat(plot(fixture("pytest-benchmem-0.5.json"), "--pivot", "kind", "--plotlyjs", "cdn", "-o", page.toString()))
                .isZero();
        assertThat(out).startsWith("compare (peak): 3 ids -> ");
        JsonNode bars = figure(page).at("/data/0");
        assertThat(bars.get("type").asText()).isEqualTo("bar");
        assertThat(bars.get("y").toString()).contains("test_build[100000]", "test_build[10000]", "test_build[1000]");
        assertThat(figure(page).at("/layout/title/text").asText()).startsWith("peak: kind=tuple − kind=dict");
        assertThat(plot(fixture("pytest-benchmem-0.5.json"), "--pivot", "kind", "--view", "scatter", "--plotlyjs", "cdn",
                "-o", page.toString())).isZero();
        assertThat(out).startsWith("scatter (peak): 3 ids -> ");
        assertThat(plot(fixture("harness/collections/main.json"), fixture("harness/collections/pr.json"), "--pivot", "layout")).isEqualTo(2);
        assertThat(err).contains("--pivot folds one run along a dim; got 2 runs").hasLineCount(1);
        assertThat(plot(fixture("harness/collections/main.json"), "--pivot", "layout", "--view", "sweep")).isEqualTo(2);
        assertThat(err).contains("--pivot applies to --view compare or scatter, not sweep").hasLineCount(1);
    }

    @Test
    void freeAxesUnmatchFacetPanels() throws IOException {
        Path page = dir.resolve("free.html");
        assertThat(plot(fixture("harness/collections/main.json"), "--facet", "layout", "--free-axes", "y", "--plotlyjs", "cdn",
                "-o", page.toString())).isZero();
        JsonNode layout = figure(page).get("layout");
        assertThat(layout.at("/xaxis2/matches").asText()).isEqualTo("x");
        assertThat(layout.at("/yaxis2").has("matches")).isFalse();
        assertThat(plot(fixture("harness/collections/main.json"), "--free-axes", "x")).isEqualTo(2);
        assertThat(err).contains("--free-axes needs --facet").hasLineCount(1);
        assertThat(plot(fixture("harness/collections/main.json"), "--facet", "layout", "--free-axes", "z")).isEqualTo(2);
        assertThat(err).contains("--free-axes").contains("X, Y, BOTH").hasLineCount(1);
    }

    @Test
    void colorAndBandShapeTheScalingLines() throws IOException {
        Path page = dir.resolve("color.html");
        assertThat(plot(fixture("pytest-benchmem-0.5.json"), "--color", "kind", "--plotlyjs", "cdn", "-o", page.toString())).isZero();
        JsonNode figure = figure(page);
        assertThat(traceNames(figure)).containsExactly("kind=list", "kind=dict", "kind=tuple");
        assertThat(figure.at("/data/0").has("error_y")).isTrue();
        assertThat(plot(fixture("pytest-benchmem-0.5.json"), "--band", "none", "--plotlyjs", "cdn", "-o", page.toString())).isZero();
        assertThat(figure(page).at("/data/0").has("error_y")).isFalse();
        assertThat(plot(fixture("harness/collections/main.json"), "--band", "minmax", "--plotlyjs", "cdn", "-o", page.toString())).isZero();
        assertThat(figure(page).at("/data/0").has("error_y")).isTrue();
        assertThat(plot(fixture("harness/collections/main.json"), "--band", "wide")).isEqualTo(2);
        assertThat(err).contains("--band").hasLineCount(1);
    }

    @Test
    void scalingOverlaysSeveralRunsAsLabelledCurves() throws IOException {
        Path page = dir.resolve("overlay.html");
        assertThat(plot(fixture("harness/collections/main.json"), fixture("harness/collections/pr.json"), "--view", "scaling", "--plotlyjs", "cdn",
                "-o", page.toString())).isZero();
        assertThat(traceNames(figure(page))).containsExactly("main · layout=ARRAY_LIST", "main · layout=LINKED_LIST",
                "main · layout=INT_ARRAY", "pr · layout=ARRAY_LIST", "pr · layout=LINKED_LIST", "pr · layout=INT_ARRAY");
    }

    @Test
    void perAxisScalesOverrideTheSharedOneAndYZero() throws IOException {
        Path page = dir.resolve("axes.html");
        assertThat(plot(fixture("harness/collections/main.json"), "--linear", "--log-y", "--plotlyjs", "cdn", "-o", page.toString())).isZero();
        JsonNode layout = figure(page).get("layout");
        assertThat(layout.at("/xaxis/type").asText()).isEqualTo("linear");
        assertThat(layout.at("/yaxis/type").asText()).isEqualTo("log");
        assertThat(plot(fixture("harness/collections/main.json"), "--log-log", "--linear-x", "--linear-y", "--plotlyjs", "cdn",
                "-o", page.toString())).isZero();
        layout = figure(page).get("layout");
        assertThat(layout.at("/xaxis/type").asText()).isEqualTo("linear");
        assertThat(layout.at("/yaxis/type").asText()).isEqualTo("linear");
        assertThat(layout.at("/yaxis/rangemode").asText()).isEqualTo("tozero");
        assertThat(plot(fixture("harness/collections/main.json"), "--linear", "--no-y-zero", "--plotlyjs", "cdn", "-o", page.toString()))
                .isZero();
        assertThat(figure(page).at("/layout/yaxis").has("rangemode")).isFalse();
        assertThat(plot(fixture("harness/collections/main.json"), "--log-x", "--linear-x")).isEqualTo(2);
        assertThat(err).contains("mutually exclusive").hasLineCount(1);
    }

    @Test
    void theOutputSuffixPicksTheWriter() throws IOException {
        for (String suffix : List.of("png", "svg", "pdf")) {
            Path image = dir.resolve("plots/scatter." + suffix);
            assertThat(plot(fixture("harness/collections/main.json"), fixture("harness/collections/pr.json"), "-o", image.toString())).isZero();
            assertThat(out).isEqualTo("scatter (peak): 6 ids -> " + image + System.lineSeparator());
            byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(image), 5);
            assertThat(new String(head, java.nio.charset.StandardCharsets.ISO_8859_1))
                    .isEqualTo(switch (suffix) {
                        case "png" -> "\u0089PNG\r";
                        case "svg" -> "<?xml";
                        default -> "%PDF-";
                    });
        }
        assertThat(plot(fixture("harness/collections/main.json"), "-o", dir.resolve("plot.jpg").toString())).isEqualTo(2);
        assertThat(err).isEqualTo("benchmem plot: -o " + dir.resolve("plot.jpg") + ": unsupported suffix '.jpg' "
                + "(use .html, .htm, .png, .svg or .pdf) (see 'benchmem plot --help')" + System.lineSeparator());
        assertThat(dir.resolve("plot.jpg")).doesNotExist();
    }

    @Test
    void columnsNamesTheOneMetricAndMetricIsItsAlias() throws IOException {
        Path page = dir.resolve("columns.html");
        assertThat(plot(fixture("harness/collections/main.json"), "--columns", "time", "--plotlyjs", "cdn", "-o", page.toString()))
                .isZero();
        assertThat(out).startsWith("scaling (time): 6 ids -> ");
        assertThat(figure(page).at("/layout/yaxis/title/text").asText()).startsWith("time (");
        assertThat(plot(fixture("harness/collections/main.json"), "--metric", "allocations", "--plotlyjs", "cdn",
                "-o", page.toString())).isZero();
        assertThat(figure(page).at("/layout/yaxis/title/text").asText()).isEqualTo("allocations");
        assertThat(plot(fixture("harness/collections/main.json"), "--columns", "peak,time")).isEqualTo(2);
        assertThat(err).contains("--columns: give one metric here, not 2").hasLineCount(1);
        assertThat(plot(fixture("harness/collections/main.json"), "--columns", "extra:layout")).isEqualTo(2);
        assertThat(err).contains("label columns are for compare").hasLineCount(1);
    }

    @Test
    void docsListEveryOptionTheHelpOffers() throws IOException {
        assertThat(plot("--help")).isZero();
        java.util.Set<String> options = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\w-])--(\\[no-\\])?([a-z][a-z-]*[a-z])").matcher(out);
        while (m.find()) {
            options.add("--" + m.group(2));
        }
        options.removeAll(List.of("--help", "--version"));
        String docs = Files.readString(Path.of("..", "docs", "plot.md"));
        assertThat(options).hasSizeGreaterThan(20);
        for (String option : options) {
            // named as itself in the table: `--label LABEL`, `--log-x`, not only as part of `--label-points`
            assertThat(java.util.regex.Pattern.compile("`" + java.util.regex.Pattern.quote(option) + "[` ]").matcher(docs).find())
                    .as(option).isTrue();
        }
    }
}
