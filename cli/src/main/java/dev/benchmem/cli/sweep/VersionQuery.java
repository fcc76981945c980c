package dev.benchmem.cli.sweep;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which versions a sweep runs: explicit versions and Maven ranges ({@code [3.12,3.17]},
 * {@code (,2.0)}) in the order given, ranges expanded oldest first; then {@code --as-of}
 * keeps those published on or before the date, and {@code --latest N} the newest N releases
 * (no snapshots or pre-releases). With neither a version nor a range, the range is every
 * version ({@code [0,)}).
 *
 * @param specs versions and ranges as typed
 * @param latest {@code --latest N}, or null
 * @param asOf {@code --as-of DATE}, or null
 */
public record VersionQuery(List<String> specs, Integer latest, LocalDate asOf) {
    private static final Pattern PRE_RELEASE = Pattern.compile(
            "(?i).*(snapshot|alpha|beta|rc|cr|milestone|preview|[.-]m\\d|[.-]ea\\b|[.-]pr\\d).*");

    public VersionQuery {
        specs = List.copyOf(specs);
        if (latest != null && latest < 1) {
            throw new IllegalArgumentException("--latest must be at least 1, not " + latest);
        }
        if (specs.isEmpty() && latest == null && asOf == null) {
            throw new IllegalArgumentException("give the versions (3.12.0 3.14.0), a range ('[3.12,3.17]') or --latest N");
        }
    }

    /**
     * The versions chosen and, for each left out by {@code --as-of}, a line saying why.
     *
     * @param versions what the sweep runs, in order
     * @param leftOut one line per version a filter dropped for want of a date
     */
    public record Selection(List<String> versions, List<String> leftOut) {
    }

    /** Expands the ranges against the repositories and applies the filters. */
    public Selection select(Coordinates artifact, MavenResolver resolver) throws MavenResolver.ResolutionFailure {
        Set<String> versions = new LinkedHashSet<>();
        for (String spec : specs.isEmpty() ? List.of("[0,)") : specs) {
            if (isRange(spec)) {
                List<String> inRange = resolver.versions(artifact, spec);
                if (inRange.isEmpty()) {
                    throw new MavenResolver.ResolutionFailure("no version of " + artifact + " in " + spec);
                }
                versions.addAll(inRange);
            } else {
                versions.add(spec);
            }
        }
        List<String> chosen = new ArrayList<>(versions);
        List<String> leftOut = new ArrayList<>();
        if (asOf != null) {
            Instant endOfDay = asOf.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            List<String> kept = new ArrayList<>();
            for (String version : chosen) {
                Optional<Instant> published = resolver.published(artifact, version);
                if (published.isEmpty()) {
                    leftOut.add(version + ": no repository says when it was published (no Last-Modified); left out by --as-of");
                } else if (published.get().isBefore(endOfDay)) {
                    kept.add(version);
                }
            }
            chosen = kept;
        }
        if (latest != null) {
            List<String> releases = chosen.stream().filter(v -> !PRE_RELEASE.matcher(v).matches()).toList();
            chosen = releases.subList(Math.max(0, releases.size() - latest), releases.size());
        }
        if (chosen.isEmpty()) {
            throw new MavenResolver.ResolutionFailure("no version of " + artifact + " is left to run"
                    + (asOf != null ? " (--as-of " + asOf + ")" : ""));
        }
        return new Selection(List.copyOf(chosen), List.copyOf(leftOut));
    }

    /** Maven's range syntax: {@code [1.0,2.0)}, {@code (,1.5]}, {@code [1.2]}. */
    static boolean isRange(String spec) {
        return spec.startsWith("[") || spec.startsWith("(");
    }
}
