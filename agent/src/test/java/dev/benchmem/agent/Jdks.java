package dev.benchmem.agent;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The JDKs the integration tests run child JVMs on: 17 ({@code BENCHMEM_JDK17_HOME}, the
 * Debian path, or the running JVM) and 25 ({@code BENCHMEM_JDK25_HOME} or
 * {@code /usr/lib/jvm/temurin-25*}). A missing JDK skips its tests, unless {@code CI} is set.
 */
final class Jdks {
    static final List<Integer> FEATURES = List.of(17, 25);

    private Jdks() {
    }

    /** The home of JDK {@code feature}; skips (or fails on CI) when it is not installed. */
    static Path home(int feature) {
        Optional<Path> home = find(feature);
        if (home.isEmpty() && System.getenv("CI") != null) {
            fail("JDK " + feature + " is required on CI: set BENCHMEM_JDK" + feature + "_HOME");
        }
        assumeTrue(home.isPresent(), "JDK " + feature + " not installed (set BENCHMEM_JDK" + feature + "_HOME)");
        return home.get();
    }

    private static Optional<Path> find(int feature) {
        String env = System.getenv("BENCHMEM_JDK" + feature + "_HOME");
        if (env != null && !env.isBlank()) {
            return Optional.of(Path.of(env));
        }
        if (Runtime.version().feature() == feature) {
            return Optional.of(Path.of(System.getProperty("java.home")));
        }
        String prefix = feature == 17 ? "java-17-openjdk" : "temurin-" + feature;
        try (Stream<Path> jvms = Files.list(Path.of("/usr/lib/jvm"))) {
            return jvms.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .filter(p -> Files.isExecutable(p.resolve("bin/java")))
                    .sorted()
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
