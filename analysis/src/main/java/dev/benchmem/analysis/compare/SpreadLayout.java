package dev.benchmem.analysis.compare;

import dev.benchmem.core.Units;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code --stat all}: the reference's table. One column per statistic; one row per id and run
 * (or pivot value); with two runs or more every cell carries the reference's multiplier against
 * the best (smallest) value of its id in that column, {@code (1.0)} for the best, and the best is
 * green, the worst red. One run is a plain readout.
 */
final class SpreadLayout {
    private SpreadLayout() {
    }

    /** One grid per metric and section, its statistics side by side. */
    static List<Grid> grids(List<DeltaTable> tables) {
        Map<List<Object>, List<DeltaTable>> bySlice = new LinkedHashMap<>();
        for (DeltaTable t : tables) {
            bySlice.computeIfAbsent(List.of(t.metric(), t.section()), k -> new ArrayList<>()).add(t);
        }
        List<Grid> grids = new ArrayList<>(bySlice.size());
        bySlice.values().forEach(slice -> grids.add(grid(slice)));
        return grids;
    }

    private static Grid grid(List<DeltaTable> stats) {
        DeltaTable first = stats.get(0);
        List<Units.Unit> units = stats.stream().map(t -> Cells.unit(List.of(t))).toList();
        boolean oneUnit = units.stream().map(Units.Unit::symbol).distinct().count() == 1;
        List<String> header = new ArrayList<>();
        header.add("id");
        header.addAll(first.labels());
        for (int s = 0; s < stats.size(); s++) {
            String stat = stats.get(s).stat().key();
            String symbol = units.get(s).symbol();
            header.add(oneUnit || symbol.isEmpty() ? stat : stat + " (" + symbol + ")");
        }
        boolean ranked = first.compares();
        List<Map<String, DeltaRow>> byId = Rows.byId(stats);
        List<List<String>> rows = new ArrayList<>();
        List<List<Grid.Tone>> tones = new ArrayList<>();
        for (String id : Rows.ids(stats)) {
            for (int c = 0; c < first.columns().size(); c++) {
                List<String> cells = new ArrayList<>(header.size());
                List<Grid.Tone> rowTones = new ArrayList<>(header.size());
                boolean any = false;
                DeltaRow labelled = null;
                for (int s = 0; s < stats.size(); s++) {
                    DeltaRow row = byId.get(s).get(id);
                    if (row != null && !Double.isNaN(row.value(c))) {
                        any = true;
                        labelled = Objects.requireNonNullElse(labelled, row);
                    }
                }
                if (!any) {
                    continue;
                }
                cells.add(ranked ? id + " (" + first.columns().get(c) + ")" : id);
                rowTones.add(Grid.Tone.PLAIN);
                for (int l = 0; l < first.labels().size(); l++) {
                    cells.add(labelled.labels().get(l).get(c));
                    rowTones.add(Grid.Tone.PLAIN);
                }
                for (int s = 0; s < stats.size(); s++) {
                    DeltaRow row = byId.get(s).get(id);
                    double v = row == null ? Double.NaN : row.value(c);
                    String text = Cells.value(first.metric(), units.get(s), v);
                    Grid.Tone tone = Grid.Tone.PLAIN;
                    if (ranked && !Double.isNaN(v)) {
                        double best = extreme(row, true);
                        text += multiplier(v, best);
                        tone = v == best ? Grid.Tone.GOOD : v == extreme(row, false) ? Grid.Tone.BAD : Grid.Tone.PLAIN;
                    }
                    cells.add(text);
                    rowTones.add(tone);
                }
                rows.add(cells);
                tones.add(rowTones);
            }
        }
        String title = Cells.title(first, oneUnit ? units.get(0) : Units.of(first.metric(), 0), oneUnit);
        return new Grid(title, header, rows, tones, 1);
    }

    /** The smallest ({@code min}) or largest value of a row's columns. */
    private static double extreme(DeltaRow row, boolean min) {
        double e = Double.NaN;
        for (double v : row.values()) {
            if (!Double.isNaN(v) && (Double.isNaN(e) || (min ? v < e : v > e))) {
                e = v;
            }
        }
        return e;
    }

    /** The reference's annotation: {@code (1.0)} for the best, else the ratio to it, capped at 1000. */
    static String multiplier(double value, double best) {
        if (!(best > 0)) {
            return "";
        }
        if (value == best) {
            return " (1.0)";
        }
        double scale = value / best;
        if (scale > 1000) {
            return Double.isInfinite(scale) ? " (inf)" : " (>1000.0)";
        }
        return " (" + Units.fixed(scale, 2) + ")";
    }
}
