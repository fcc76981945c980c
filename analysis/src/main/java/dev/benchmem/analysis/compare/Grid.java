package dev.benchmem.analysis.compare;

import java.util.List;

/**
 * One table as display text, shared by the text formats: a title, a header, rows of cells and
 * each cell's {@link Tone}. The first {@code leftColumns} columns (ids, metric names) align left,
 * the rest right. Compare's tables and the other terminal tables (a profile's sites) are grids,
 * so every table prints alike ({@link TextTables}).
 */
public record Grid(String title, List<String> header, List<List<String>> rows, List<List<Tone>> tones, int leftColumns) {

    /** How a cell is coloured where colour is on: the reference's best green, worst red; growth red, shrink green. */
    public enum Tone { PLAIN, GOOD, BAD }

    /** A table without colour whose first column is the id. */
    public static Grid plain(String title, List<String> header, List<List<String>> rows) {
        List<List<Tone>> tones = rows.stream().map(r -> java.util.Collections.nCopies(r.size(), Tone.PLAIN)).toList();
        return new Grid(title, header, rows, tones, 1);
    }

    public Grid {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        tones = List.copyOf(tones);
    }
}
