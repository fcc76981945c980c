package dev.benchmem.analysis.compare;

import dev.benchmem.core.Change;
import dev.benchmem.core.Units;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --diff}, the reference's collapsed baseline view: one row per id and metric (and
 * statistic, when several), the id's label columns ({@code extra:NAME}) on its first row, the
 * first column's value with its unit, then the signed change of every later column against it:
 * red for growth, green for shrinking. Tall, not wide, however many runs and metrics.
 */
final class DiffLayout {
    private DiffLayout() {
    }

    /** One grid per section, every metric's rows in it. */
    static List<Grid> grids(List<DeltaTable> tables) {
        Map<DeltaTable.Section, List<DeltaTable>> bySection = new LinkedHashMap<>();
        for (DeltaTable t : tables) {
            bySection.computeIfAbsent(t.section(), k -> new ArrayList<>()).add(t);
        }
        boolean severalStats = tables.stream().map(DeltaTable::stat).distinct().count() > 1;
        List<Grid> grids = new ArrayList<>(bySection.size());
        bySection.values().forEach(slice -> grids.add(grid(slice, severalStats)));
        return grids;
    }

    private static Grid grid(List<DeltaTable> slice, boolean severalStats) {
        DeltaTable first = slice.get(0);
        List<String> stems = slice.stream().map(t -> severalStats ? t.metric().key() + " " + t.stat().key() : t.metric().key())
                .toList();
        boolean severalMetrics = stems.size() > 1;
        List<String> header = new ArrayList<>();
        header.add("id");
        header.addAll(first.labels());
        if (severalMetrics) {
            header.add("metric");
            header.add("base");
        } else {
            header.add(stems.get(0) + " base");
        }
        header.addAll(first.columns().subList(1, first.columns().size()));
        List<Map<String, DeltaRow>> byId = Rows.byId(slice);
        List<List<String>> rows = new ArrayList<>();
        List<List<Grid.Tone>> tones = new ArrayList<>();
        for (String id : Rows.ids(slice)) {
            boolean firstOfId = true;
            for (int m = 0; m < slice.size(); m++) {
                DeltaRow row = byId.get(m).get(id);
                if (row == null) {
                    continue;
                }
                List<String> cells = new ArrayList<>(header.size());
                List<Grid.Tone> rowTones = new ArrayList<>(header.size());
                cells.add(firstOfId ? id : "");
                rowTones.add(Grid.Tone.PLAIN);
                for (int l = 0; l < first.labels().size(); l++) {
                    cells.add(firstOfId ? row.labelText(l) : "");
                    rowTones.add(Grid.Tone.PLAIN);
                }
                firstOfId = false;
                if (severalMetrics) {
                    cells.add(stems.get(m));
                    rowTones.add(Grid.Tone.PLAIN);
                }
                double base = row.baseline();
                cells.add(Double.isNaN(base) ? Cells.MISSING : Units.withUnit(slice.get(m).metric(), base, Math.abs(base)));
                rowTones.add(Grid.Tone.PLAIN);
                for (int c = 1; c < row.values().length; c++) {
                    Change change = Change.of(base, row.value(c));
                    cells.add(change.text());
                    rowTones.add(tone(change));
                }
                rows.add(cells);
                tones.add(rowTones);
            }
        }
        String title = "change against " + first.columns().get(0)
                + (first.section().isAll() ? "" : " \u2014 " + first.section().label());
        // The id, its labels and the metric name read as text, left-aligned; the values right-aligned.
        return new Grid(title, header, rows, tones, 1 + first.labels().size() + (severalMetrics ? 1 : 0));
    }

    /** Growth red, shrinking green, no change or no value plain. */
    private static Grid.Tone tone(Change change) {
        return switch (change.kind()) {
            case FROM_ZERO -> Grid.Tone.BAD;
            case MISSING -> Grid.Tone.PLAIN;
            case PERCENT -> change.percent() > 0 ? Grid.Tone.BAD : change.percent() < 0 ? Grid.Tone.GOOD : Grid.Tone.PLAIN;
        };
    }
}
