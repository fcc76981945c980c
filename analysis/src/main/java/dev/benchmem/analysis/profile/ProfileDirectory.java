package dev.benchmem.analysis.profile;

import dev.benchmem.analysis.NaturalOrder;
import dev.benchmem.core.Metric;
import dev.benchmem.core.profile.ProfileFiles;
import dev.benchmem.core.profile.ProfileReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The profiles of one directory ({@code ID.profile.json} files, read by their headers, in the
 * natural order of their names) and
 * how a user picks one: by exact id (name or full name), by a substring that only one id
 * contains, or the worst by a metric. A pick that fails is an {@link IllegalArgumentException}
 * with a one-line message naming the directory and, for an unknown id, its near matches, or for
 * an ambiguous one, its candidates.
 */
public final class ProfileDirectory {
    private static final int LISTED = 5;

    private final Path dir;
    private final List<ProfileReader.Header> profiles;

    private ProfileDirectory(Path dir, List<ProfileReader.Header> profiles) {
        this.dir = dir;
        this.profiles = profiles;
    }

    /**
     * Reads the headers of the profiles in {@code dir}.
     *
     * @throws IllegalArgumentException when it is not a directory or holds no profile
     * @throws dev.benchmem.core.profile.ProfileException when a profile file is not one
     */
    public static ProfileDirectory open(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + ": no such directory");
        }
        List<Path> files;
        try {
            files = ProfileFiles.list(dir);
        } catch (IOException e) {
            throw new IllegalArgumentException(dir + ": cannot list (" + e.getMessage() + ")", e);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException(dir + ": no profiles here (*" + ProfileFiles.SUFFIX
                    + "); a run writes them with --benchmark-memory-profile " + dir);
        }
        return new ProfileDirectory(dir, files.stream().map(ProfileReader::header)
                .sorted(Comparator.comparing(ProfileReader.Header::name, NaturalOrder.INSTANCE)
                        .thenComparing(ProfileReader.Header::fullname)).toList());
    }

    public Path dir() {
        return dir;
    }

    public List<ProfileReader.Header> profiles() {
        return profiles;
    }

    /**
     * The profile {@code id} names: the one whose name or full name is {@code id}, else the only
     * one whose full name contains it; with no id, the only profile there is.
     */
    public ProfileReader.Header pick(Optional<String> id) {
        if (id.isEmpty()) {
            if (profiles.size() == 1) {
                return profiles.get(0);
            }
            throw new IllegalArgumentException(dir + " holds " + profiles.size() + " profiles: name one (ID) or pick with --worst ("
                    + listed(profiles) + ")");
        }
        String wanted = id.get();
        List<ProfileReader.Header> exact = profiles.stream()
                .filter(p -> p.name().equals(wanted) || p.fullname().equals(wanted)).toList();
        if (exact.size() == 1) {
            return exact.get(0);
        }
        List<ProfileReader.Header> containing = exact.isEmpty()
                ? profiles.stream().filter(p -> p.fullname().contains(wanted)).toList() : exact;
        if (containing.size() == 1) {
            return containing.get(0);
        }
        if (containing.size() > 1) {
            throw new IllegalArgumentException("'" + wanted + "' matches " + containing.size() + " profiles in " + dir
                    + ": " + listed(containing) + " (give more of the id)");
        }
        throw new IllegalArgumentException("no profile in " + dir + " matches '" + wanted + "'; " + near(wanted));
    }

    /** The profile with the largest value of {@code metric} (peak, allocated or allocations). */
    public ProfileReader.Header worst(Metric metric) {
        return profiles.stream().max(Comparator.comparingLong((ProfileReader.Header p) -> p.value(metric))
                .thenComparing(ProfileReader.Header::fullname, Comparator.reverseOrder())).orElseThrow();
    }

    /**
     * The ids closest to {@code wanted}, at most {@link #LISTED}: by edit distance to the name
     * or to the name without its parameters ({@code squares} of {@code squares[1000]}),
     * whichever is smaller, so a misspelt method finds its cases.
     */
    private String near(String wanted) {
        String w = wanted.toLowerCase(Locale.ROOT);
        List<ProfileReader.Header> close = profiles.stream()
                .sorted(Comparator.comparingInt((ProfileReader.Header p) -> closeness(w, p.name().toLowerCase(Locale.ROOT)))
                        .thenComparing(ProfileReader.Header::name, NaturalOrder.INSTANCE))
                .limit(LISTED).toList();
        return "near matches: " + listed(close);
    }

    private static int closeness(String wanted, String name) {
        int bracket = name.indexOf('[');
        return Math.min(distance(wanted, name), bracket < 0 ? Integer.MAX_VALUE : distance(wanted, name.substring(0, bracket)));
    }

    private static String listed(List<ProfileReader.Header> headers) {
        List<String> names = new ArrayList<>(headers.stream().limit(LISTED).map(ProfileReader.Header::name).toList());
        if (headers.size() > LISTED) {
            names.add("… " + (headers.size() - LISTED) + " more");
        }
        return names.stream().collect(Collectors.joining(", "));
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
