package dev.benchmem.cli.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line of one version's JVM: which java, what class path, which harness options, in which order. */
class SuiteRunTest {
    private static final Tools TOOLS = new Tools(Path.of("/b/benchmem.jar"), Path.of("/b/benchmem-harness.jar"),
            Path.of("/jdk25/bin/java"));
    private static final List<Path> DEPENDENCIES = List.of(Path.of("/m2/a-2.0.jar"), Path.of("/m2/b-1.1.jar"));

    @Test
    void theVersionRunsOnTheGivenJavaWithItsJarsBeforeTheSuiteAndNamesItselfInMachineInfo() {
        List<String> command = SuiteRun.command(plan(true, List.of("-k", "write")), "2.0", DEPENDENCIES, Path.of("/o/2.0.json"));

        Path suite = Path.of("suite").toAbsolutePath();
        assertThat(command).containsExactly("/jdk25/bin/java", "-javaagent:/b/benchmem.jar",
                "-cp", String.join(File.pathSeparator, "/b/benchmem-harness.jar", "/m2/a-2.0.jar", "/m2/b-1.1.jar", suite.toString()),
                "dev.benchmem.harness.Main", "--scan-classpath=" + suite, "--benchmark-json=/o/2.0.json",
                "--benchmark-machine-info=sweep_artifact=g:a", "--benchmark-machine-info=sweep_version=2.0",
                "--benchmark-memory", "-k", "write");
    }

    @Test
    void noMemoryLeavesTheMemoryPassesToBenchmarkMemoryFixtures() {
        List<String> command = SuiteRun.command(plan(false, List.of()), "2.0", DEPENDENCIES, Path.of("/o/2.0.json"));

        assertThat(command).doesNotContain("--benchmark-memory").last().isEqualTo("--benchmark-machine-info=sweep_version=2.0");
    }

    private static SweepPlan plan(boolean memory, List<String> harnessArgs) {
        return new SweepPlan(Coordinates.parse("g:a"), new VersionQuery(List.of("2.0"), null, null), Path.of("suite"),
                Path.of("/o"), memory, harnessArgs, List.of(), List.of(), TOOLS, 1);
    }
}
