package dev.benchmem.analysis.compare;

import java.util.List;

/** GitHub-flavoured Markdown: a bold title, then a pipe table with numbers right-aligned. */
final class MarkdownTables {
    private MarkdownTables() {
    }

    static String render(List<DeltaTable> tables) {
        StringBuilder out = new StringBuilder();
        for (DeltaTable table : tables) {
            if (out.length() > 0) {
                out.append('\n');
            }
            Grid grid = Grid.of(table);
            out.append("**").append(grid.title()).append("**\n\n");
            row(out, grid.header());
            out.append("|:---");
            out.append("|---:".repeat(grid.header().size() - 1)).append("|\n");
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
