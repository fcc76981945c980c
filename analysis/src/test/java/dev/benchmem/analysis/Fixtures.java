package dev.benchmem.analysis;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Run files kept under {@code src/test/resources/runs}. */
final class Fixtures {
    private Fixtures() {
    }

    static Path run(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/runs/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no fixture " + name, e);
        }
    }
}
