package dev.benchmem.harness.report;

import dev.benchmem.core.Samples;
import dev.benchmem.core.RunFile;
import dev.benchmem.core.BenchmarkResult;
import dev.benchmem.core.RunFileWriter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pytest-benchmark's own {@code py.test-benchmark compare} reads a file we wrote and prints
 * the same timing numbers as our table. Needs pytest-benchmark (Debian {@code
 * python3-pytest-benchmark}); skipped without it, failed without it when {@code CI} is set.
 */
class PytestBenchmarkCompatTest {

    private static final String COLUMNS = "min,max,mean,stddev,median,iqr,outliers,ops,rounds,iterations";

    @Test
    void pytestBenchmarkCompareReadsOurRunFile(@TempDir Path dir) throws Exception {
        List<String> command = compareCommand().orElse(null);
        if (System.getenv("CI") == null) {
            assumeTrue(command != null, "py.test-benchmark is not installed");
        }
        assertThat(command).as("py.test-benchmark (python3-pytest-benchmark) on PATH").isNotNull();
        RunFile run = Samples.run();
        Path file = dir.resolve("ours.json");
        RunFileWriter.withData().write(run, file);

        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("compare", "--columns=" + COLUMNS, file.toString()));
        Process p = new ProcessBuilder(args).directory(dir.toFile()).redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(out).isZero();
        String ours = TerminalTable.builder().build().render(run.benchmarks());
        for (BenchmarkResult b : run.benchmarks()) {
            if (b.stats() != null) {
                assertThat(cells(out, b.name() + " ")).as(b.name() + " in\n" + out)
                        .isEqualTo(cells(ours, b.name() + " "));
            }
        }
    }

    /** The timing cells of the row starting with {@code name}: no source tag, no memory. */
    private static List<String> cells(String table, String name) {
        String row = table.lines().filter(l -> l.startsWith(name)).findFirst().orElseThrow();
        List<String> tokens = new ArrayList<>(Arrays.asList(row.strip().split("\\s+")));
        tokens.remove(0);
        if (tokens.get(0).matches("\\(\\w+\\)")) {
            tokens.remove(0); // pytest-benchmark's source file tag, e.g. "(ours)"
        }
        int divider = tokens.indexOf("│");
        return divider < 0 ? tokens : tokens.subList(0, divider);
    }

    private static Optional<List<String>> compareCommand() throws IOException, InterruptedException {
        for (String exe : List.of("py.test-benchmark", "pytest-benchmark")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, exe))) {
                    return Optional.of(List.of(Path.of(dir, exe).toString()));
                }
            }
        }
        try {
            Process p = new ProcessBuilder("python3", "-c", "import pytest_benchmark")
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0 ? Optional.of(List.of("python3", "-m", "pytest_benchmark"))
                    : Optional.empty();
        } catch (IOException noPython) {
            return Optional.empty();
        }
    }
}
