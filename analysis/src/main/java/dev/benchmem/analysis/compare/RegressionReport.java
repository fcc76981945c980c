package dev.benchmem.analysis.compare;

import java.util.List;

/** The gate's verdict as text: each offending id with metric, baseline, candidate, change and threshold. */
public final class RegressionReport {
    /** Printed when no threshold is exceeded. */
    public static final String CLEAN = "no regressions over thresholds";

    private RegressionReport() {
    }

    /**
     * {@link #CLEAN}, or a header line and one line per regression (aligned for
     * {@link TableFormat#TEXT}, a list for {@link TableFormat#MARKDOWN}); ends with a newline.
     */
    public static String render(List<Regression> regressions, TableFormat format) {
        if (format == TableFormat.MARKDOWN) {
            return markdown(regressions);
        }
        if (regressions.isEmpty()) {
            return CLEAN + "\n";
        }
        String[][] cells = new String[regressions.size()][];
        int[] widths = new int[6];
        for (int i = 0; i < cells.length; i++) {
            Regression r = regressions.get(i);
            double magnitude = Math.max(Math.abs(r.baseline()), Math.abs(r.candidate()));
            cells[i] = new String[] {r.id(), r.metric().key(), Cells.withUnit(r.metric(), r.baseline(), magnitude),
                    "-> " + Cells.withUnit(r.metric(), r.candidate(), magnitude), Cells.change(r.change()),
                    "(over " + r.threshold().text() + ")"};
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], cells[i][c].length());
            }
        }
        StringBuilder out = new StringBuilder(header(regressions)).append('\n');
        for (String[] row : cells) {
            out.append(' ');
            for (int c = 0; c < row.length; c++) {
                boolean right = c == 2 || c == 4;
                String pad = " ".repeat(widths[c] - row[c].length());
                out.append(' ').append(right ? pad + row[c] : row[c] + (c == row.length - 1 ? "" : pad));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String markdown(List<Regression> regressions) {
        if (regressions.isEmpty()) {
            return "\n" + CLEAN + "\n";
        }
        StringBuilder out = new StringBuilder("\n**").append(header(regressions)).append("**\n\n");
        for (Regression r : regressions) {
            double magnitude = Math.max(Math.abs(r.baseline()), Math.abs(r.candidate()));
            out.append("- `").append(r.id().replace("`", "'")).append("` ").append(r.metric().key()).append(' ')
                    .append(Cells.withUnit(r.metric(), r.baseline(), magnitude)).append(" \u2192 ")
                    .append(Cells.withUnit(r.metric(), r.candidate(), magnitude)).append(' ')
                    .append(Cells.change(r.change())).append(" (over ").append(r.threshold().text()).append(")\n");
        }
        return out.toString();
    }

    private static String header(List<Regression> regressions) {
        return regressions.size() + (regressions.size() == 1 ? " regression" : " regressions") + " over thresholds:";
    }
}
