package dev.benchmem.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(err).contains("unknown view 'bars' (views: scaling, scatter, compare, sweep)").hasLineCount(1);
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
}
