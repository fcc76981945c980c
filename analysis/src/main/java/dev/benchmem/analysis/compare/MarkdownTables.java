package dev.benchmem.analysis.compare;

import java.util.List;

/** GitHub-flavoured Markdown: a bold title, then a pipe table with numbers right-aligned (no colour: GFM drops it). */
final class MarkdownTables {
    private MarkdownTables() {
    }

    static String render(List<Grid> grids) {
        StringBuilder out = new StringBuilder();
        for (Grid grid : grids) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append("**").append(grid.title()).append("**\n\n");
            row(out, grid.header());
            for (int c = 0; c < grid.header().size(); c++) {
                out.append(c < grid.leftColumns() ? "|:---" : "|---:");
            }
            out.append("|\n");
            grid.rows().forEach(r -> row(out, r));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (String cell : cells) {
            out.append("| ").append(cell.replace("|", "\\|")).append(' ');
        }
        out.append("|\n");
    }
}
