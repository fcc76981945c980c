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
}
