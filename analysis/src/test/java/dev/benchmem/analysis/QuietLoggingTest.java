package dev.benchmem.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Using the analysis API prints nothing on its own: in a fresh JVM on this module's class
 * path, loading a run (which starts tablesaw's SLF4J logging) writes no SLF4J warnings.
 */
class QuietLoggingTest {

    /** Loads the run named by the first argument, as a user's program would. */
    public static void main(String[] args) {
        System.out.println(Runs.load(List.of(Path.of(args[0])), List.of()).runLabels());
    }

    @Test
    void loadingARunPrintsNoSlf4jWarnings(@TempDir Path dir) throws Exception {
        Path run = Path.of("src/test/resources/runs/baseline.json").toAbsolutePath();
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), QuietLoggingTest.class.getName(), run.toString())
                .redirectError(dir.resolve("err.txt").toFile()).redirectOutput(dir.resolve("out.txt").toFile()).start();
        assertThat(java.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8)).contains("baseline");
        assertThat(Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8)).doesNotContain("SLF4J").isEmpty();
        assertThat(java.exitValue()).isZero();
    }
}
