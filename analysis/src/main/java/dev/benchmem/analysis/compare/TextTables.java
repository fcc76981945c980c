package dev.benchmem.analysis.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * The terminal table: title, header, a {@code ─} rule, ids left-aligned and numbers
 * right-aligned; with colour, ANSI green and red on the cells whose {@link Grid.Tone} says so
 * (widths are measured without the escapes).
 */
public final class TextTables {
    private static final String GAP = "  ";
    /** A first column cut shorter than this would say too little: the table stays wide instead. */
    static final int MIN_CUT = 24;
    private static final String GREEN = "\u001B[32m";
    private static final String RED = "\u001B[31m";
    private static final String RESET = "\u001B[0m";

    private TextTables() {
    }

    static String render(List<Grid> grids, boolean colour) {
        StringBuilder out = new StringBuilder();
        for (Grid grid : grids) {
            if (out.length() > 0) {
                out.append('\n');
            }
            append(out, grid, colour);
        }
        return out.toString();
    }

    /** One grid as a terminal table, without colour. */
    public static String render(Grid grid) {
        return render(List.of(grid), false);
    }

    /**
     * {@code grid} with the cells of its first column cut from the left ({@code …} and the end)
     * so that no row is wider than {@code width}: for call paths and allocation sites, whose
     * innermost frame, at the end, says most. Unchanged when it fits, or when the other columns
     * would leave the first fewer than {@link #MIN_CUT} characters.
     */
    public static Grid fitFirstColumn(Grid grid, int width) {
        int[] widths = new int[grid.header().size()];
        measure(widths, grid.header());
        grid.rows().forEach(r -> measure(widths, r));
        int others = GAP.length() * (widths.length - 1);
        for (int i = 1; i < widths.length; i++) {
            others += widths[i];
        }
        int room = width - others;
        if (widths[0] <= room || room < MIN_CUT) {
            return grid;
        }
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : grid.rows()) {
            List<String> cut = new ArrayList<>(row);
            String first = row.get(0);
            if (first.length() > room) {
                cut.set(0, "…" + first.substring(first.length() - (room - 1)));
            }
            rows.add(cut);
        }
        return new Grid(grid.title(), grid.header(), rows, grid.tones(), grid.leftColumns());
    }

    private static void append(StringBuilder out, Grid grid, boolean colour) {
        int[] widths = new int[grid.header().size()];
        measure(widths, grid.header());
        grid.rows().forEach(r -> measure(widths, r));
        int total = GAP.length() * (widths.length - 1);
        for (int w : widths) {
            total += w;
        }
        out.append(grid.title()).append('\n');
        line(out, widths, grid.header(), null, grid.leftColumns());
        out.append("\u2500".repeat(total)).append('\n');
        for (int r = 0; r < grid.rows().size(); r++) {
            line(out, widths, grid.rows().get(r), colour ? grid.tones().get(r) : null, grid.leftColumns());
        }
    }

    private static void measure(int[] widths, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            widths[i] = Math.max(widths[i], cells.get(i).length());
        }
    }

    private static void line(StringBuilder out, int[] widths, List<String> cells, List<Grid.Tone> tones, int left) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            String pad = " ".repeat(widths[i] - cell.length());
            if (i > 0) {
                line.append(GAP);
            }
            Grid.Tone tone = tones == null ? Grid.Tone.PLAIN : tones.get(i);
            String shown = tone == Grid.Tone.PLAIN ? cell : (tone == Grid.Tone.GOOD ? GREEN : RED) + cell + RESET;
            line.append(i < left ? shown + pad : pad + shown);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
