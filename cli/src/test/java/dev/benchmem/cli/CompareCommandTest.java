package dev.benchmem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Option handling in process (the launcher itself is covered by {@code CompareIT}). */
class CompareCommandTest {
    private static final Path RUNS = Path.of(System.getProperty("benchmem.runs", "../analysis/src/test/resources/runs"));

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int benchmem(String... args) {
        return BenchmemCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private static String run(String name) {
        return RUNS.resolve(name).toString();
    }

    @Test
    void defaultColumnsAreTimeAndPeakThoseTheRunsCarry() {
        assertThat(benchmem("compare", run("baseline.json"))).isZero();
        assertThat(out.toString()).startsWith("time (s)\n").contains("\n\npeak (MiB)\n").doesNotContain("allocated");

        out.getBuffer().setLength(0);
        assertThat(benchmem("compare", run("pytest-benchmark.json"))).isZero();
        assertThat(out.toString()).startsWith("time (s)\n").doesNotContain("peak");
    }

    @Test
    void columnsTakeMetricsAndExtraInfoLabelsMetricIsItsAlias() {
        assertThat(benchmem("compare", run("edge-before.json"), run("edge-after.json"), "--columns", "peak,extra:impl")).isZero();
        String columns = out.toString();
        assertThat(columns).startsWith("peak (KiB)\nid                impl  edge-before  edge-after  change\n")
                .contains("sort[tree-100]    tree            \u2014       20.00       \u2014\n");

        out.getBuffer().setLength(0);
        assertThat(benchmem("compare", run("edge-before.json"), run("edge-after.json"), "--metric", "peak,extra:impl")).isZero();
        assertThat(out.toString()).isEqualTo(columns);
    }

    @Test
    void unknownLabelColumnNamesWhatTheRunsHave() {
        assertThat(benchmem("compare", run("edge-before.json"), "--columns", "time,extra:threads")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("benchmem compare: --columns extra:threads: no run has an extra_info or param "
                + "'threads' (these runs have: impl, n, jdk) (see 'benchmem compare --help')\n");
    }

    /** On two runs of the example suite written by the harness: two classes, a group, params and an extra_info value. */
    @Test
    void groupByComposesReferenceKeysAndDimsOnHarnessRuns() {
        assertThat(benchmem("compare", run("harness/main.json"), run("harness/pr.json"), "--columns", "allocations,extra:n",
                "--group-by", "class,param:layout")).isZero();
        assertThat(out.toString().lines().filter(l -> l.startsWith("allocations")))
                .containsExactly("allocations \u2014 CollectionsBench layout=ARRAY_LIST",
                        "allocations \u2014 CollectionsBench layout=INT_ARRAY", "allocations \u2014 CollectionsBench layout=LINKED_LIST",
                        "allocations \u2014 CollectionsBench layout=\u2014", "allocations \u2014 SortBench layout=\u2014");
        assertThat(out.toString()).contains(String.join("\n",
                "id                                      n    main      pr  change",
                "\u2500".repeat(65),
                "collectAndSum[LINKED_LIST-1000]      1000    2003    2003   +0.0%",
                "collectAndSum[LINKED_LIST-100000]  100000  200003  200003   +0.0%"));

        out.getBuffer().setLength(0);
        assertThat(benchmem("compare", run("harness/main.json"), run("harness/pr.json"), "--metric", "peak",
                "--group-by", "group")).isZero();
        assertThat(out.toString()).startsWith("peak (MiB) \u2014 collections\n").contains("\npeak (MiB) \u2014 \u2014\n");
    }

    @Test
    void groupByAndPivot() {
        assertThat(benchmem("compare", run("edge-before.json"), run("edge-after.json"), "--group-by", "n", "--sort", "CHANGE")).isZero();
        assertThat(out.toString()).contains("peak (B) \u2014 n=10\n", "peak (KiB) \u2014 n=100\n");

        out.getBuffer().setLength(0);
        assertThat(benchmem("compare", run("edge-before.json"), "--pivot", "impl", "--metric", "allocations")).isZero();
        assertThat(out.toString()).startsWith("allocations\nid         array  list  change\n");
    }

    @Test
    void groupByWithPivotIsAUsageError() {
        assertThat(benchmem("compare", run("edge-before.json"), "--pivot", "impl", "--group-by", "n")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo(
                "benchmem compare: --group-by and --pivot cannot be combined (see 'benchmem compare --help')\n");
    }

    @Test
    void versionNamesTheJvm() {
        assertThat(benchmem("--version")).isZero();
        assertThat(out.toString()).startsWith("benchmem ").contains("JVM: ");
    }

    /** pytest-benchmem's layout (the reference walkthrough's runs): every statistic, the reference's multipliers. */
    @Test
    void statAllPutsEveryStatisticSideBySideWithMultipliersAgainstTheBestRun() {
        assertThat(benchmem("compare", run("baseline.json"), run("candidate.json"), "--stat", "all", "--columns", "time")).isZero();
        assertThat(out.toString()).isEqualTo(String.join("\n",
                "time (s)",
                "id                                          min               max              mean            median            stddev",
                "\u2500".repeat(119),
                "test_sort[10000] (baseline)    5.029e-05 (1.02)   7.676e-05 (1.0)   5.373e-05 (1.0)   5.117e-05 (1.0)   5.117e-06 (1.0)",
                "test_sort[10000] (candidate)    4.947e-05 (1.0)    8.3e-05 (1.08)   5.81e-05 (1.08)  5.533e-05 (1.08)  5.533e-06 (1.08)",
                "test_sort[50000] (baseline)    0.0002573 (1.01)   0.0003939 (1.0)   0.0002757 (1.0)   0.0002626 (1.0)   2.626e-05 (1.0)",
                "test_sort[50000] (candidate)    0.0002544 (1.0)  0.0003989 (1.01)  0.0002792 (1.01)  0.0002659 (1.01)  2.659e-05 (1.01)",
                "test_sort[200000] (baseline)    0.001031 (1.00)    0.001566 (1.0)    0.001096 (1.0)    0.001044 (1.0)   0.0001044 (1.0)",
                "test_sort[200000] (candidate)    0.001031 (1.0)   0.001567 (1.00)   0.001097 (1.00)   0.001044 (1.00)  0.0001044 (1.00)",
                "test_sort[500000] (baseline)     0.002657 (1.0)    0.004137 (1.0)    0.002896 (1.0)    0.002758 (1.0)   0.0002758 (1.0)",
                "test_sort[500000] (candidate)   0.002768 (1.04)   0.005111 (1.24)   0.003577 (1.24)   0.003407 (1.24)  0.0003407 (1.24)",
                ""));

        out.getBuffer().setLength(0);
        assertThat(benchmem("compare", run("harness/main.json"), "--stat", "all", "--columns", "allocations,extra:layout")).isZero();
        assertThat(out.toString()).startsWith("allocations\nid                                      layout     min     max    mean  median  stddev\n")
                .contains("collectAndSum[LINKED_LIST-100000]  LINKED_LIST  200003  200003  200003  200003       0\n")
                .doesNotContain("(1.0)");
    }

    /** On a terminal the best run of an id is green and the worst red; a diff's growth red and shrinking green. */
    @Test
    void coloursWhereAnsiIsOn() {
        var cli = BenchmemCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        cli.setColorScheme(picocli.CommandLine.Help.defaultColorScheme(picocli.CommandLine.Help.Ansi.ON));
        assertThat(cli.execute("compare", run("baseline.json"), run("candidate.json"), "--stat", "all", "--columns", "time")).isZero();
        assertThat(out.toString()).contains("\u001B[31m5.029e-05 (1.02)\u001B[0m", "\u001B[32m4.947e-05 (1.0)\u001B[0m");

        out.getBuffer().setLength(0);
        assertThat(cli.execute("compare", run("baseline.json"), run("candidate.json"), "--diff", "--columns", "time")).isZero();
        assertThat(out.toString()).contains("\u001B[32m-1.6%\u001B[0m", "\u001B[31m+4.2%\u001B[0m");
    }

    @Test
    void diffIsOneRowPerIdAndMetricOnHarnessRuns() {
        assertThat(harnessDiffByClass("peak,allocations")).contains(String.join("\n",
                "change against main \u2014 SortBench",
                "id            metric             base     pr",
                "\u2500".repeat(44),
                "sort[10000]   peak          39.08 KiB  +0.0%",
                "              allocations           1  +0.0%",
                "sort[50000]   peak         195.33 KiB  +0.0%"));

        // Label columns (extra:NAME) sit beside the id, on its first row only.
        assertThat(harnessDiffByClass("peak,allocations,extra:n")).contains(String.join("\n",
                "id                                 n       metric             base     pr",
                "\u2500".repeat(73),
                "collectAndSum[ARRAY_LIST-1000]     1000    peak               24 B  +0.0%",
                "                                           allocations        1016  +0.0%",
                "collectAndSum[ARRAY_LIST-100000]   100000  peak           1.89 MiB  +0.0%"));
        // One metric: the label still reads as text, left-aligned as in the table with several.
        assertThat(harnessDiffByClass("peak,extra:n")).contains(String.join("\n",
                "id                                 n        peak base     pr",
                "\u2500".repeat(60),
                "collectAndSum[ARRAY_LIST-1000]     1000          24 B  +0.0%",
                "collectAndSum[ARRAY_LIST-100000]   100000    1.89 MiB  +0.0%"));

        out.getBuffer().setLength(0);
        assertThat(benchmem("compare", run("harness/main.json"), "--diff")).isEqualTo(2);
        assertThat(err.toString()).contains("--diff needs two runs or more, or one run with --pivot");
    }

    /** What {@code compare harness/main.json harness/pr.json --diff --columns COLUMNS --group-by class} printed; it exits 0. */
    private String harnessDiffByClass(String columns) {
        out.getBuffer().setLength(0);
        assertThat(benchmem("compare", run("harness/main.json"), run("harness/pr.json"), "--diff", "--columns", columns,
                "--group-by", "class")).isZero();
        return out.toString();
    }

    /** The reference's find_pivot_regressions: one run, the dim's first value against its last. */
    @Test
    void failOnWithPivotGatesOneRunAlongTheDim() {
        assertThat(benchmem("compare", run("harness/main.json"), "--pivot", "layout", "--columns", "allocations",
                "--fail-on", "allocations:50%")).isEqualTo(1);
        assertThat(out.toString()).isEqualTo(String.join("\n",
                "allocations",
                "id                     ARRAY_LIST  INT_ARRAY  LINKED_LIST  change",
                "\u2500".repeat(65),
                "collectAndSum[1000]          1016          2         2003  +97.1%",
                "collectAndSum[100000]      100027          2       200003  +99.9%",
                "2 regressions over thresholds:",
                "  collectAndSum[1000]   allocations   1016 -> 2003   +97.1% (over allocations:50%)",
                "  collectAndSum[100000] allocations 100027 -> 200003 +99.9% (over allocations:50%)",
                ""));

        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        assertThat(benchmem("compare", run("harness/main.json"), run("harness/pr.json"), "--pivot", "layout",
                "--fail-on", "allocations:50%")).isEqualTo(2);
        assertThat(err.toString()).contains("--fail-on with --pivot gates one run (the first value of layout against the last), not 2");
    }

    @Test
    void significanceOptionAndLevelsAreChecked() {
        assertThat(benchmem("compare", run("harness/main.json"), run("harness/pr.json"), "--significance", "0.01",
                "--fail-on", "peak:5%")).isEqualTo(2);
        assertThat(err.toString()).contains("--significance applies to time thresholds");
        err.getBuffer().setLength(0);
        assertThat(benchmem("compare", run("harness/main.json"), run("harness/pr.json"), "--fail-on", "peak:5%@0.01")).isEqualTo(2);
        assertThat(err.toString()).contains("bad threshold 'peak:5%@0.01': a significance level is for time; peak is "
                + "near-deterministic, gate it with a plain threshold such as peak:5%");
        err.getBuffer().setLength(0);
        assertThat(benchmem("compare", run("harness/main.json"), run("harness/pr.json"), "--fail-on", "time:5%@5")).isEqualTo(2);
        assertThat(err.toString()).contains("bad threshold 'time:5%@5': '5' is not a significance level");
        err.getBuffer().setLength(0);
        // The walkthrough's runs carry 5 rounds a benchmark: no rank test on 5 and 5 reaches 0.001, so the gate refuses.
        assertThat(benchmem("compare", run("baseline.json"), run("candidate.json"), "--fail-on", "time:1%@0.001")).isEqualTo(2);
        assertThat(err.toString()).contains("--fail-on time:1%@0.001: test_sort[500000] has 5 and 5 timed rounds; a rank test "
                + "on so few can never reach p < 0.001");
    }

    @Test
    void exportsPrintTheLastRunAsDashboardJson() {
        assertThat(benchmem("compare", run("harness/main.json"), run("harness/pr.json"), "--columns", "peak,allocations",
                "--format", "bencher")).isZero();
        assertThat(out.toString()).startsWith("{\n  \"collectAndSum[ARRAY_LIST-1000]\" : {\n    \"peak-bytes\" : {\n"
                + "      \"value\" : 24\n    },\n    \"allocations\" : {\n      \"value\" : 1016\n    }\n  },\n");

        out.getBuffer().setLength(0);
        assertThat(benchmem("compare", run("harness/main.json"), run("harness/pr.json"), "--columns", "allocations",
                "--format", "github-action-benchmark", "--fail-on", "allocations:5%")).isZero();
        assertThat(out.toString()).startsWith("[ {\n  \"name\" : \"collectAndSum[ARRAY_LIST-1000] - allocations (allocations)\",\n"
                + "  \"unit\" : \"allocations\",\n  \"value\" : 1016\n}, {");
        assertThat(err.toString()).isEqualTo("no regressions over thresholds\n");
    }
}
