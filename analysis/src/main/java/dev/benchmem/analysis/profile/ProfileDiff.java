package dev.benchmem.analysis.profile;

import dev.benchmem.core.Terminal;
import dev.benchmem.analysis.compare.Grid;
import dev.benchmem.analysis.compare.TextTables;
import dev.benchmem.core.profile.CollapsedStacks;
import dev.benchmem.core.profile.Profile;
import dev.benchmem.core.profile.ProfileMetric;
import dev.benchmem.core.profile.ProfilePath;
import dev.benchmem.core.profile.ProfileSite;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * What changed between two profiles of one benchmark, by allocation site and by call path:
 * each with its baseline and candidate value of a metric, ranked by growth (largest first,
 * shrinkage last). Sites match by location and what they allocate, paths by their frames, so a
 * change that moves code to other lines shows as one path shrinking and another growing.
 */
public final class ProfileDiff {
    /** Rows of each ranked table the text shows. */
    static final int SHOWN = 15;

    /**
     * One site or path: its values in the baseline and the candidate (0 where absent).
     *
     * @param id    the site ({@code location [allocates]}) or path (its collapsed stack)
     * @param label as the table shows it: a path's frames without packages
     */
    public record Change(String id, String label, long baseline, long candidate) {
        public long delta() {
            return candidate - baseline;
        }
    }

    private final Profile baseline;
    private final Profile candidate;
    private final ProfileMetric metric;
    private final List<Change> sites;
    private final List<Change> paths;

    private ProfileDiff(Profile baseline, Profile candidate, ProfileMetric metric, List<Change> sites, List<Change> paths) {
        this.baseline = baseline;
        this.candidate = candidate;
        this.metric = metric;
        this.sites = sites;
        this.paths = paths;
    }

    public static ProfileDiff of(Profile baseline, Profile candidate, ProfileMetric metric) {
        return new ProfileDiff(baseline, candidate, metric,
                ranked(baseline, candidate, (p, add) -> p.sites().forEach(s -> add.accept(site(s), site(s), s.value(metric)))),
                ranked(baseline, candidate, (p, add) -> p.paths().forEach(path -> add.accept(CollapsedStacks.stack(p, path),
                        shortStack(p, path), path.value(metric)))));
    }

    /** A path's frames without packages, then what its site allocates. */
    private static String shortStack(Profile profile, ProfilePath path) {
        StringBuilder stack = new StringBuilder();
        path.frames().forEach(f -> stack.append(f.shortLabel()).append(';'));
        return stack.append('[').append(ProfileValues.withoutPackages(profile.sites().get(path.site()).allocates())).append(']')
                .toString();
    }

    /** Receives an entry of one profile: its id, its label and its value. */
    @FunctionalInterface
    private interface Entry {
        void accept(String id, String label, long value);
    }

    private static String site(ProfileSite s) {
        return s.location() + " [" + s.allocates() + "]";
    }

    private static List<Change> ranked(Profile baseline, Profile candidate, BiConsumer<Profile, Entry> each) {
        Map<String, long[]> values = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        each.accept(baseline, (id, label, v) -> {
            values.computeIfAbsent(id, k -> new long[2])[0] += v;
            labels.putIfAbsent(id, label);
        });
        each.accept(candidate, (id, label, v) -> {
            values.computeIfAbsent(id, k -> new long[2])[1] += v;
            labels.putIfAbsent(id, label);
        });
        List<Change> changes = new ArrayList<>();
        values.forEach((id, v) -> changes.add(new Change(id, labels.get(id), v[0], v[1])));
        changes.sort(Comparator.comparingLong((Change c) -> -c.delta()).thenComparing(c -> -Math.max(c.baseline, c.candidate))
                .thenComparing(Change::id));
        return changes;
    }

    public ProfileMetric metric() {
        return metric;
    }

    public Profile baseline() {
        return baseline;
    }

    public Profile candidate() {
        return candidate;
    }

    /** Sites, largest growth first. */
    public List<Change> sites() {
        return sites;
    }

    /** Call paths (collapsed stacks), largest growth first. */
    public List<Change> paths() {
        return paths;
    }

    /** The two ranked tables: the sites and the paths that grew most, then those that shrank most. */
    public String table() {
        String heading = candidate.name() + ": " + metric.key() + " " + ProfileValues.format(metric, baseline.total(metric)) + " -> "
                + ProfileValues.format(metric, candidate.total(metric)) + " ("
                + ProfileValues.signed(metric, candidate.total(metric) - baseline.total(metric)) + ")\n";
        return heading + "\n" + TextTables.render(TextTables.fitFirstColumn(grid("sites by change in " + metric.key(),
                "site [allocates]", sites), Terminal.COLUMNS))
                + "\n" + TextTables.render(TextTables.fitFirstColumn(grid("call paths by change in " + metric.key()
                        + " (outermost frame first, ; between frames, packages left out)", "call path", paths),
                        Terminal.COLUMNS));
    }

    /**
     * The paths as Brendan Gregg's {@code difffolded.pl} writes them, {@code stack baseline candidate}
     * a line, which {@code flamegraph.pl} draws as a differential flame graph.
     */
    public String collapsed() {
        StringBuilder out = new StringBuilder();
        for (Change c : paths) {
            out.append(c.id()).append(' ').append(c.baseline()).append(' ').append(c.candidate()).append('\n');
        }
        return out.toString();
    }

    private Grid grid(String title, String what, List<Change> changes) {
        List<Change> moved = changes.stream().filter(c -> c.delta() != 0).toList();
        List<Change> shown = new ArrayList<>(moved.stream().filter(c -> c.delta() > 0).limit(SHOWN).toList());
        List<Change> shrunk = moved.stream().filter(c -> c.delta() < 0).toList();
        shown.addAll(shrunk.subList(Math.max(0, shrunk.size() - SHOWN), shrunk.size()));
        List<List<String>> rows = new ArrayList<>();
        for (Change c : shown) {
            rows.add(List.of(c.label(), ProfileValues.format(metric, c.baseline()), ProfileValues.format(metric, c.candidate()),
                    ProfileValues.signed(metric, c.delta()), change(c)));
        }
        int unchanged = changes.size() - moved.size();
        int hidden = moved.size() - shown.size();
        return Grid.plain(title + (unchanged + hidden > 0 ? " (" + (hidden > 0 ? hidden + " smaller changes and " : "")
                + unchanged + " unchanged not shown)" : ""), List.of(what, "baseline", "candidate", "change", "%"), rows);
    }

    private static String change(Change c) {
        if (c.baseline() == 0) {
            return "new";
        }
        if (c.candidate() == 0) {
            return "gone";
        }
        return String.format(java.util.Locale.ROOT, "%+.1f%%", 100.0 * c.delta() / c.baseline());
    }
}
