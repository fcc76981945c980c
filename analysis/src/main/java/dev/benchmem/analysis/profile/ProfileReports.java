package dev.benchmem.analysis.profile;

import dev.benchmem.core.Terminal;
import dev.benchmem.analysis.compare.Grid;
import dev.benchmem.analysis.compare.TextTables;
import dev.benchmem.core.Units;
import dev.benchmem.core.profile.CollapsedStacks;
import dev.benchmem.core.profile.Profile;
import dev.benchmem.core.profile.ProfileMetric;
import dev.benchmem.core.profile.ProfileSite;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The lenses on one profile, as memray has them: {@code flamegraph} (the page, {@link
 * FlameGraphPage}) and the terminal ones, {@code table} (one row per allocation site), {@code
 * tree} (the call tree, callees indented under callers), {@code summary} (what the profile is,
 * then per method what it allocated itself and with its callees) and {@code collapsed} (the
 * collapsed stacks). Each is text built from the profile alone.
 */
public final class ProfileReports {
    /** The lenses {@code --report} offers. */
    public enum Report {
        FLAMEGRAPH, TABLE, TREE, SUMMARY, COLLAPSED;

        /** Whether it is a page to write to a file, not text for the terminal. */
        public boolean isPage() {
            return this == FLAMEGRAPH;
        }
    }

    /** Tree nodes under this share of the total are left out (the line after says how many). */
    static final double TREE_CUTOFF = 0.01;
    private static final int SUMMARY_ROWS = 20;

    private ProfileReports() {
    }

    public static String render(Report report, Profile profile, ProfileMetric metric) {
        return switch (report) {
            case FLAMEGRAPH -> FlameGraphPage.html(profile, metric);
            case TABLE -> table(profile, metric);
            case TREE -> tree(profile, metric);
            case SUMMARY -> summary(profile, metric);
            case COLLAPSED -> collapsed(profile, metric);
        };
    }

    /** What the profile is, in one line: its id, totals and how its paths were taken. */
    public static String heading(Profile profile) {
        return profile.name() + ": " + Units.humanBytes(profile.allocated()) + " in " + Units.count(profile.allocations())
                + " allocations, peak " + Units.humanBytes(profile.peak()) + "\n(" + provenance(profile) + ")";
    }

    /** Which numbers are exact and which sampled. */
    public static String provenance(Profile profile) {
        return profile.exactPaths() ? "sites, paths and live-at-peak exact: every allocation's path walked"
                : "sites exact; paths and live at peak sampled every " + Units.humanBytes(profile.sampleIntervalBytes())
                        + " on average (" + Units.count(profile.samples()) + " samples), scaled to the site totals";
    }

    static String table(Profile profile, ProfileMetric metric) {
        List<ProfileSite> sites = new ArrayList<>(profile.sites());
        sites.sort(Comparator.comparingLong((ProfileSite s) -> -s.value(metric)).thenComparing(ProfileSite::location));
        double total = Math.max(1, profile.total(metric));
        List<List<String>> rows = new ArrayList<>();
        for (ProfileSite s : sites) {
            rows.add(List.of(s.location() + " [" + s.allocates() + "]", Units.humanBytes(s.bytes()),
                    Units.count(s.allocations()), Units.humanBytes(s.liveBytes()), percent(s.value(metric) / total)));
        }
        return heading(profile) + "\n\n" + TextTables.render(TextTables.fitFirstColumn(Grid.plain("sites by " + metric.key(),
                List.of("site [allocates]", "allocated", "allocations", "live at peak", metric.key() + " %"), rows), Terminal.COLUMNS));
    }

    static String tree(Profile profile, ProfileMetric metric) {
        CallTree tree = CallTree.of(profile, metric);
        long total = tree.root().value();
        StringBuilder out = new StringBuilder(heading(profile)).append("\n\n");
        out.append(metric.key()).append(" by call path (frames under ").append(percent(TREE_CUTOFF)).append(" of ")
                .append(ProfileValues.format(metric, total)).append(" left out)\n");
        int[] hidden = new int[1];
        for (CallTree.Node child : tree.root().children()) {
            tree(out, child, 0, total, metric, hidden);
        }
        if (hidden[0] > 0) {
            out.append("(").append(hidden[0]).append(hidden[0] == 1 ? " smaller frame" : " smaller frames").append(" left out)\n");
        }
        return out.toString();
    }

    private static void tree(StringBuilder out, CallTree.Node node, int depth, long total, ProfileMetric metric, int[] hidden) {
        if (node.value() < total * TREE_CUTOFF) {
            hidden[0]++;
            return;
        }
        out.append("  ".repeat(depth)).append(ProfileValues.format(metric, node.value())).append("  ")
                .append(percent((double) node.value() / Math.max(1, total))).append("  ").append(node.name()).append('\n');
        for (CallTree.Node child : node.children()) {
            tree(out, child, depth + 1, total, metric, hidden);
        }
    }

    static String summary(Profile profile, ProfileMetric metric) {
        CallTree tree = CallTree.of(profile, metric);
        Map<String, long[]> methods = new HashMap<>();
        totals(tree.root(), methods, new HashMap<>());
        List<Map.Entry<String, long[]>> ranked = new ArrayList<>(methods.entrySet());
        ranked.sort(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[0]).thenComparing(Map.Entry::getKey));
        double total = Math.max(1, tree.root().value());
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, long[]> e : ranked.subList(0, Math.min(SUMMARY_ROWS, ranked.size()))) {
            rows.add(List.of(e.getKey(), ProfileValues.format(metric, e.getValue()[0]), percent(e.getValue()[0] / total),
                    ProfileValues.format(metric, e.getValue()[1]), percent(e.getValue()[1] / total)));
        }
        String lines = heading(profile) + "\n"
                + "  allocated      " + Units.humanBytes(profile.allocated()) + " (" + Units.count(profile.allocated()) + " B, exact)\n"
                + "  allocations    " + Units.count(profile.allocations()) + " (exact)\n"
                + "  live at peak   " + Units.humanBytes(profile.total(ProfileMetric.LIVE)) + " of a peak of "
                + Units.humanBytes(profile.peak()) + (profile.exactPaths() ? "" : " (sampled)") + "\n"
                + "  sites          " + Units.count(profile.sites().size()) + ", call paths " + Units.count(profile.paths().size())
                + "\n  java           " + profile.java() + "\n\n";
        return lines + TextTables.render(Grid.plain("methods by " + metric.key() + " with callees (top " + SUMMARY_ROWS + ")",
                List.of("method", "total", "total %", "own", "own %"), rows));
    }

    /**
     * Per method ({@code class.method}, any line): the inclusive value, counted once per path
     * even when the method recurses, and the own value: what its own sites allocated (the
     * leaves right under its frames, which name what a site allocates, are not methods).
     */
    private static void totals(CallTree.Node node, Map<String, long[]> methods, Map<String, Integer> onStack) {
        for (CallTree.Node child : node.children()) {
            if (isLeaf(child)) {
                continue;
            }
            String method = method(child.name());
            long[] t = methods.computeIfAbsent(method, k -> new long[2]);
            boolean outermost = onStack.getOrDefault(method, 0) == 0;
            if (outermost) {
                t[0] += child.value();
            }
            for (CallTree.Node callee : child.children()) {
                t[1] += isLeaf(callee) ? callee.value() : 0;
            }
            onStack.merge(method, 1, Integer::sum);
            totals(child, methods, onStack);
            onStack.merge(method, -1, Integer::sum);
        }
    }

    private static boolean isLeaf(CallTree.Node node) {
        return node.name().startsWith("[");
    }

    /** A frame's method, without its line. */
    private static String method(String frame) {
        int colon = frame.lastIndexOf(':');
        return colon < 0 ? frame : frame.substring(0, colon);
    }

    static String collapsed(Profile profile, ProfileMetric metric) {
        StringWriter out = new StringWriter();
        try {
            CollapsedStacks.write(profile, metric, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
