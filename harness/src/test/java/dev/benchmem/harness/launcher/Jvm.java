package dev.benchmem.harness.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** A JVM the end-to-end tests start: the built jars, a capped heap, output captured. */
record Jvm(int exit, String out, String err) {

    static final Path AGENT_JAR = built("benchmem.agentJar", "../agent/target/benchmem.jar");
    static final Path HARNESS_JAR = built("benchmem.harnessJar", "target/benchmem-harness.jar");
    static final Path TEST_CLASSES = built("benchmem.testClasses", "target/test-classes");

    /** Runs {@code java -Xmx256m [jvmArgs] -cp harness.jar:test-classes MAIN args} in {@code dir}. */
    static Jvm run(Path dir, List<String> jvmArgs, String main, String... args) throws IOException, InterruptedException {
        return run(Path.of(System.getProperty("java.home")), dir, jvmArgs, main, args);
    }

    /** {@link #run(Path, List, String, String...)} on the JDK at {@code javaHome}. */
    static Jvm run(Path javaHome, Path dir, List<String> jvmArgs, String main, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin").resolve("java").toString());
        command.add("-Xmx256m");
        command.addAll(jvmArgs);
        command.addAll(List.of("-cp", HARNESS_JAR + File.pathSeparator + TEST_CLASSES, main));
        command.addAll(List.of(args));
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(4, TimeUnit.MINUTES)).as("%s finished", command).isTrue();
        return new Jvm(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /**
     * The JDK 25 to run on: {@code BENCHMEM_JDK25_HOME}, else the first {@code
     * /usr/lib/jvm/temurin-25*} with a java. Without one the test is skipped, except under CI
     * ({@code CI} set), where its absence fails the test.
     */
    static Path jdk25OrSkip() throws IOException {
        Optional<Path> home = jdk25();
        assumeTrue(home.isPresent() || System.getenv("CI") != null, "no JDK 25 (set BENCHMEM_JDK25_HOME)");
        return home.orElseThrow(() -> new AssertionError("CI is set but no JDK 25 was found"));
    }

    private static Optional<Path> jdk25() throws IOException {
        String env = System.getenv("BENCHMEM_JDK25_HOME");
        if (env != null && !env.isBlank()) {
            return Optional.of(Path.of(env));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> homes = Files.newDirectoryStream(jvms, "temurin-25*")) {
            for (Path home : homes) {
                if (Files.isExecutable(home.resolve("bin/java"))) {
                    return Optional.of(home);
                }
            }
        }
        return Optional.empty();
    }

    /** The file named by system property {@code key} (set by the pom), else {@code fallback} from the module directory. */
    private static Path built(String key, String fallback) {
        Path path = Path.of(System.getProperty(key, fallback)).toAbsolutePath().normalize();
        assertThat(path).as("built by the reactor before the integration tests").exists();
        return path;
    }
}
