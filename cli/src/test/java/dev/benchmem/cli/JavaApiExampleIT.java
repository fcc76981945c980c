package dev.benchmem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documented Java API example runs as documented: {@code java -cp benchmem-cli.jar
 * examples/api/CompareAndPlot.java BASELINE CANDIDATE}, with that one jar on the class path,
 * prints the peaks and writes the page, and nothing on stderr (no SLF4J warnings).
 */
class JavaApiExampleIT {

    @Test
    void compareAndPlotRunsWithTheCliJarAlone(@TempDir Path dir) throws Exception {
        Path jar = Path.of("target/benchmem-cli.jar").toAbsolutePath();
        Path example = Path.of("../examples/api/CompareAndPlot.java").toAbsolutePath().normalize();
        Path runs = Path.of("../analysis/src/test/resources/runs").toAbsolutePath().normalize();
        Launcher.Result r = Launcher.runCommand(Path.of(System.getProperty("java.home"), "bin", "java").toString(), dir,
                Map.of(), "-cp", jar.toString(), example.toString(),
                runs.resolve("baseline.json").toString(), runs.resolve("regressed.json").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("test_sort[500000]", "4000016", "scatter (peak): 4 ids -> scatter.html");
        assertThat(r.err()).isEmpty();
        assertThat(Files.size(dir.resolve("scatter.html"))).isPositive();
    }
}
