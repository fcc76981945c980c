package dev.benchmem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** The second JDK the CLI tests run on: {@code BENCHMEM_JDK25_HOME}, else {@code /usr/lib/jvm/temurin-25*}. */
final class Jdk25 {
    private Jdk25() {
    }

    /** Its home, when installed. */
    static Optional<Path> home() {
        String configured = System.getenv("BENCHMEM_JDK25_HOME");
        Path found = null;
        if (configured != null) {
            found = Path.of(configured);
        } else if (Files.isDirectory(Path.of("/usr/lib/jvm"))) {
            try (Stream<Path> dirs = Files.list(Path.of("/usr/lib/jvm"))) {
                found = dirs.filter(d -> d.getFileName().toString().startsWith("temurin-25")).sorted().findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.ofNullable(found).filter(d -> Files.isExecutable(d.resolve("bin/java")));
    }

    /** Its home; the test is skipped when it is not installed, and fails then on CI ({@code CI} set). */
    static Path required() {
        Optional<Path> home = home();
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(home.isPresent(), "JDK 25 not installed");
        } else {
            assertThat(home).as("JDK 25 (BENCHMEM_JDK25_HOME or /usr/lib/jvm/temurin-25*)").isPresent();
        }
        return home.orElseThrow();
    }
}
