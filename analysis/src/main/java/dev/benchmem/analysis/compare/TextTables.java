package dev.benchmem.analysis.compare;

import java.util.List;

/** The terminal table: title, header, a {@code ─} rule, ids left-aligned and numbers right-aligned. */
final class TextTables {
    private static final String GAP = "  ";

    private TextTables() {
    }

    static String render(List<DeltaTable> tables) {
        StringBuilder out = new StringBuilder();
        for (DeltaTable table : tables) {
            if (out.length() > 0) {
                out.append('\n');
            }
            append(out, Grid.of(table));
        }
        return out.toString();
    }

    private static void append(StringBuilder out, Grid grid) {
        int[] widths = new int[grid.header().size()];
        measure(widths, grid.header());
        grid.rows().forEach(r -> measure(widths, r));
        int total = GAP.length() * (widths.length - 1);
        for (int w : widths) {
            total += w;
        }
        out.append(grid.title()).append('\n');
        line(out, widths, grid.header());
        out.append("\u2500".repeat(total)).append('\n');
        grid.rows().forEach(r -> line(out, widths, r));
    }

    private static void measure(int[] widths, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            widths[i] = Math.max(widths[i], cells.get(i).length());
        }
    }

    private static void line(StringBuilder out, int[] widths, List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            String pad = " ".repeat(widths[i] - cell.length());
            if (i > 0) {
                line.append(GAP);
            }
            line.append(i == 0 ? cell + pad : pad + cell);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
