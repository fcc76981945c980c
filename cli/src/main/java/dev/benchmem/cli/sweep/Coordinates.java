package dev.benchmem.cli.sweep;

import java.util.regex.Pattern;

/**
 * A Maven artifact without its version, {@code GROUP:ARTIFACT}: what a sweep varies.
 *
 * @param groupId e.g. {@code com.fasterxml.jackson.core}
 * @param artifactId e.g. {@code jackson-databind}
 */
public record Coordinates(String groupId, String artifactId) {
    private static final Pattern PART = Pattern.compile("[A-Za-z0-9_.-]+");

    public Coordinates {
        if (!PART.matcher(groupId).matches() || !PART.matcher(artifactId).matches()) {
            throw new IllegalArgumentException("'" + groupId + ":" + artifactId + "' is not GROUP:ARTIFACT");
        }
    }

    /** Parses {@code GROUP:ARTIFACT}. */
    public static Coordinates parse(String text) {
        String[] parts = text.split(":", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("'" + text + "' is not GROUP:ARTIFACT (e.g. org.apache.commons:commons-lang3)");
        }
        return new Coordinates(parts[0], parts[1]);
    }

    @Override
    public String toString() {
        return groupId + ":" + artifactId;
    }
}
