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
    void defaultMetricIsPeakWhenRunsCarryMemoryElseTime() {
        assertThat(benchmem("compare", run("baseline.json"))).isZero();
        assertThat(out.toString()).startsWith("peak (MiB)\n");

        out.getBuffer().setLength(0);
        assertThat(benchmem("compare", run("pytest-benchmark.json"))).isZero();
        assertThat(out.toString()).startsWith("time (s)\n");
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
