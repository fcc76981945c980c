package dev.benchmem.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchmem.agent.workload.Probe;
import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Loading, passivity and arming of the real jar in child JVMs. */
class AgentLifecycleIT {
    static final List<Integer> JDKS = Jdks.FEATURES;
    private static final Path CURRENT = Path.of(System.getProperty("java.home"));

    @ParameterizedTest(name = "JDK {0}")
    @FieldSource("JDKS")
    void passiveAgentRegistersNothing(int feature) throws IOException {
        ChildJvm.Result result = ChildJvm.run(Jdks.home(feature),
                List.of("-javaagent:" + ChildJvm.AGENT_JAR, "-Xlog:class+load=info", "-cp", ChildJvm.TEST_CLASSES),
                Probe.class.getName()).requireSuccess();
        assertThat(result.stdout()).contains("loaded=true", "armed=false");
        assertThat(reportedJar(result)).isEqualTo(ChildJvm.AGENT_JAR.toAbsolutePath().normalize());
        assertThat(result.stdout()).anyMatch(line -> line.contains("dev.benchmem.agent.Premain"))
                .noneMatch(line -> line.contains("dev.benchmem.agent.internal.Hooks")
                        || line.contains("dev.benchmem.agent.internal.AllocationTransformer")
                        || line.contains("dev.benchmem.agent.shaded."));
    }

    @ParameterizedTest(name = "JDK {0}")
    @FieldSource("JDKS")
    void armsThroughTheApiAndHonoursTheScope(int feature) {
        ChildJvm.Result result = ChildJvm.run(Jdks.home(feature),
                List.of("-javaagent:" + ChildJvm.AGENT_JAR, "-XX:+UseSerialGC", "-cp", ChildJvm.TEST_CLASSES),
                Probe.class.getName(), "arm").requireSuccess();
        assertThat(result.stdout()).contains("armed=false", "same-report=true", "calling-thread=1000", "excluded-thread=0");
        assertThat(count(result, "worker-all-threads")).as("a worker's objects, all threads").isBetween(1_000L, 1_100L);
        assertThat(count(result, "worker-calling-thread")).as("a worker's objects, calling thread only").isLessThan(100L);
        assertThat(result.stderr()).containsPattern("benchmem: armed in \\d+ ms: \\d+ classes rewritten");
    }

    @Test
    void withoutTheAgentTheBundledApiLinksAndSaysSo(@TempDir Path api) throws IOException {
        // what the harness jar bundles: the top-level API classes only, no internals
        try (FileSystem jar = FileSystems.newFileSystem(ChildJvm.AGENT_JAR)) {
            Path apiPackage = jar.getPath("dev/benchmem/agent");
            try (Stream<Path> classes = Files.list(apiPackage)) {
                Path target = Files.createDirectories(api.resolve("dev/benchmem/agent"));
                for (Path type : classes.filter(p -> p.toString().endsWith(".class")).toList()) {
                    Files.copy(type, target.resolve(type.getFileName().toString()));
                }
            }
        }
        ChildJvm.Result result = ChildJvm.run(CURRENT, List.of("-cp", ChildJvm.TEST_CLASSES + File.pathSeparator + api),
                Probe.class.getName()).requireSuccess();
        assertThat(result.stdout()).containsExactly("loaded=false", "armed=false");
    }

    @Test
    void aRenamedJarStillPutsItsHooksOnTheBootClassPath(@TempDir Path dir) throws IOException {
        Path renamed = Files.copy(ChildJvm.AGENT_JAR, dir.resolve("agent-copy.jar"));
        ChildJvm.Result result = ChildJvm.run(CURRENT, List.of("-javaagent:" + renamed + "=armed", "-XX:+UseSerialGC",
                "-cp", ChildJvm.TEST_CLASSES), Probe.class.getName(), "arm").requireSuccess();
        assertThat(result.stdout()).contains("armed=true", "calling-thread=1000");
        assertThat(reportedJar(result)).isEqualTo(renamed.toAbsolutePath().normalize());
    }

    @Test
    void anUnknownOptionNamesItself() {
        ChildJvm.Result result = ChildJvm.run(CURRENT, List.of("-javaagent:" + ChildJvm.AGENT_JAR + "=armd",
                "-cp", ChildJvm.TEST_CLASSES), Probe.class.getName());
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.stderr()).contains("benchmem agent: unknown option 'armd' (expected none, 'armed' or 'armed,skip=PREFIX;...')");
    }

    private static long count(ChildJvm.Result result, String key) {
        return result.stdout().stream().filter(line -> line.startsWith(key + "=")).findFirst()
                .map(line -> Long.parseLong(line.substring(key.length() + 1))).orElseThrow();
    }

    private static Path reportedJar(ChildJvm.Result result) {
        return result.stdout().stream().filter(line -> line.startsWith("jar=")).findFirst()
                .map(line -> Path.of(line.substring(4))).orElseThrow();
    }
}
