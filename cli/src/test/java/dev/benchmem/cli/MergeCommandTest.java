package dev.benchmem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchmem.core.RunFileReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeCommandTest {
    private static final Path RUNS = Path.of(System.getProperty("benchmem.runs", "../analysis/src/test/resources/runs"));

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int benchmem(String... args) {
        return BenchmemCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void refusesOverlappingIdsInOneLineWithExitTwo() {
        String baseline = RUNS.resolve("baseline.json").toString();
        assertThat(benchmem("merge", baseline, RUNS.resolve("regressed.json").toString(), "-o", dir.resolve("m.json").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).isEqualTo("benchmem merge: " + RUNS.resolve("regressed.json")
                + ": benchmark test_sortbench.py::test_sort[10000] is also in " + baseline + " (overlapping shards)"
                + System.lineSeparator());
        assertThat(Files.exists(dir.resolve("m.json"))).isFalse();
    }

    @Test
    void refusesRunsOfDifferentCommits() {
        assertThat(benchmem("merge", RUNS.resolve("baseline.json").toString(), RUNS.resolve("pytest-benchmark.json").toString(),
                "-o", dir.resolve("m.json").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("commit unversioned differs from").contains("commit 0123456789abcdef")
                .hasLineCount(1);
    }

    @Test
    void theMergeOfOneRunIsThatRun() {
        Path merged = dir.resolve("merged.json");
        assertThat(benchmem("merge", RUNS.resolve("baseline.json").toString(), "-o", merged.toString())).isZero();
        assertThat(RunFileReader.read(merged)).isEqualTo(RunFileReader.read(RUNS.resolve("baseline.json")));
    }
}
