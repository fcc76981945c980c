package dev.benchmem.analysis;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Run files kept under {@code src/test/resources/runs}. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path run(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/runs/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no fixture " + name, e);
        }
    }

    /** The named fixtures loaded as one long table, labelled by their stems. */
    public static LongTable load(String... names) {
        List<Path> paths = new ArrayList<>();
        for (String name : names) {
            paths.add(run(name));
        }
        return Runs.load(paths, List.of());
    }
}
