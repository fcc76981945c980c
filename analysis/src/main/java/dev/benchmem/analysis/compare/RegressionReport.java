package dev.benchmem.analysis.compare;

import java.util.List;

/** The gate's verdict as text: each offending id with metric, baseline, candidate, change and threshold. */
public final class RegressionReport {
    /** Printed when no threshold is exceeded. */
    public static final String CLEAN = "no regressions over thresholds";

    private RegressionReport() {
    }

    /** {@link #CLEAN}, or a header line and one aligned line per regression; ends with a newline. */
    public static String render(List<Regression> regressions) {
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
        StringBuilder out = new StringBuilder();
        out.append(regressions.size()).append(regressions.size() == 1 ? " regression" : " regressions")
                .append(" over thresholds:\n");
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
}
