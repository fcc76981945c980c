package dev.benchmem.core;

import java.util.List;

/**
 * The gate's verdict as text, the one format of the inline gate and {@code benchmem compare}:
 * each offending id with metric, baseline, candidate, change and the threshold that tripped.
 *
 * <pre>
 * 1 regression over thresholds vs 0001_main:
 *   sort[500000]  peak  3.81 MiB  -&gt; 4.58 MiB  +20.0%  (over peak:10%)
 * </pre>
 */
public final class RegressionReport {
    /** Printed when no threshold is exceeded. */
    public static final String CLEAN = "no regressions over thresholds";

    private RegressionReport() {}

    /** The text lines (no newlines): {@link #CLEAN}, or a header then one aligned line per regression. */
    public static List<String> lines(List<Regression> regressions, String against) {
        if (regressions.isEmpty()) {
            return List.of(CLEAN);
        }
        String[][] cells = new String[regressions.size()][];
        int[] widths = new int[6];
        for (int i = 0; i < cells.length; i++) {
            Regression r = regressions.get(i);
            double magnitude = Math.max(Math.abs(r.baseline()), Math.abs(r.candidate()));
            cells[i] = new String[] {r.id(), r.metric().key(), Units.withUnit(r.metric(), r.baseline(), magnitude),
                    "-> " + Units.withUnit(r.metric(), r.candidate(), magnitude), r.change().text(),
                    "(over " + r.threshold().text() + ")"};
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], cells[i][c].length());
            }
        }
        String[] lines = new String[cells.length + 1];
        lines[0] = header(regressions, against);
        for (int i = 0; i < cells.length; i++) {
            StringBuilder line = new StringBuilder(" ");
            String[] row = cells[i];
            for (int c = 0; c < row.length; c++) {
                boolean right = c == 2 || c == 4;
                String pad = " ".repeat(widths[c] - row[c].length());
                line.append(' ').append(right ? pad + row[c] : row[c] + (c == row.length - 1 ? "" : pad));
            }
            lines[i + 1] = line.toString();
        }
        return List.of(lines);
    }

    /** {@link #lines} joined, each ending with a newline. */
    public static String text(List<Regression> regressions, String against) {
        return String.join("\n", lines(regressions, against)) + "\n";
    }

    /** A Markdown list (for {@code --format markdown} and CI summaries), with a leading blank line. */
    public static String markdown(List<Regression> regressions, String against) {
        if (regressions.isEmpty()) {
            return "\n" + CLEAN + "\n";
        }
        StringBuilder out = new StringBuilder("\n**").append(header(regressions, against)).append("**\n\n");
        for (Regression r : regressions) {
            double magnitude = Math.max(Math.abs(r.baseline()), Math.abs(r.candidate()));
            out.append("- `").append(r.id().replace("`", "'")).append("` ").append(r.metric().key()).append(' ')
                    .append(Units.withUnit(r.metric(), r.baseline(), magnitude)).append(" \u2192 ")
                    .append(Units.withUnit(r.metric(), r.candidate(), magnitude)).append(' ')
                    .append(r.change().text()).append(" (over ").append(r.threshold().text()).append(")\n");
        }
        return out.toString();
    }

    private static String header(List<Regression> regressions, String against) {
        return regressions.size() + (regressions.size() == 1 ? " regression" : " regressions") + " over thresholds"
                + (against == null || against.isEmpty() ? "" : " vs " + against) + ":";
    }
}
