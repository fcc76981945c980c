package dev.benchmem.cli.sweep;

/**
 * {@code --pin GROUP:ARTIFACT:VERSION}: a dependency forced to one version in every version's
 * class path, whether the swept artifact brings it in transitively or not.
 *
 * @param artifact the pinned artifact
 * @param version its version
 */
public record Pin(Coordinates artifact, String version) {

    /** Parses {@code GROUP:ARTIFACT:VERSION}. */
    public static Pin parse(String text) {
        int last = text.lastIndexOf(':');
        String version = last < 0 ? "" : text.substring(last + 1);
        if (last < 0 || version.isBlank() || text.chars().filter(c -> c == ':').count() != 2) {
            throw new IllegalArgumentException("'" + text + "' is not GROUP:ARTIFACT:VERSION");
        }
        return new Pin(Coordinates.parse(text.substring(0, last)), version);
    }

    @Override
    public String toString() {
        return artifact + ":" + version;
    }
}
