package dev.benchmem.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: the expected output of a format, reviewed by eye, under a folder of the
 * module's {@code src/test/resources}. To regenerate after an intended format change run the
 * module's tests with {@code -Dgolden.update=true}, then review the diff.
 */
public final class Golden {

    private final String folder;

    private Golden(String folder) {
        this.folder = folder;
    }

    /** The golden files under {@code src/test/resources/FOLDER}. */
    public static Golden in(String folder) {
        return new Golden(folder);
    }

    public void assertMatches(String name, String actual) {
        if (Boolean.getBoolean("golden.update")) {
            try {
                Files.writeString(Path.of("src/test/resources", folder, name), actual, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        assertThat(actual).as("golden file %s/%s", folder, name).isEqualTo(read(name));
    }

    /** The golden file's text, as the test class path holds it. */
    public String read(String name) {
        try (InputStream in = Golden.class.getResourceAsStream("/" + folder + "/" + name)) {
            if (in == null) {
                throw new AssertionError("missing golden file " + folder + "/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
