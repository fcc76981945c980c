package dev.benchmem.analysis.compare;

import java.util.List;

/**
 * One table as display text, shared by the text formats: a title, a header, rows of cells and
 * each cell's {@link Tone}. The first {@code leftColumns} columns (ids, metric names) align left,
 * the rest right.
 */
record Grid(String title, List<String> header, List<List<String>> rows, List<List<Tone>> tones, int leftColumns) {

    /** How a cell is coloured where colour is on: the reference's best green, worst red; growth red, shrink green. */
    enum Tone { PLAIN, GOOD, BAD }

    Grid {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        tones = List.copyOf(tones);
    }
}
