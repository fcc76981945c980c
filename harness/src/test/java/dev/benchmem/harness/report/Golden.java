package dev.benchmem.harness.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/report/}. To regenerate after an intended
 * format change: {@code mvn -pl harness test -Dbenchmem.golden.update=true}, then review the
 * diff.
 */
final class Golden {

    private Golden() {}

    static void assertMatches(String name, String actual) {
        if (Boolean.getBoolean("benchmem.golden.update")) {
            try {
                Path file = Path.of("src/test/resources/report", name);
                Files.writeString(file, actual);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        assertThat(actual).as("golden file report/" + name).isEqualTo(read(name));
    }

    static String read(String name) {
        try (InputStream in = Golden.class.getResourceAsStream("/report/" + name)) {
            if (in == null) {
                throw new AssertionError("missing golden file report/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
