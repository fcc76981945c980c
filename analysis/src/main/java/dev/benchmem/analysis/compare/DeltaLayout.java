package dev.benchmem.analysis.compare;

import dev.benchmem.core.Units;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The delta table: ids down, label columns, one column per run, then the change of the last against the first. */
final class DeltaLayout {
    private DeltaLayout() {
    }

    static Grid grid(DeltaTable table) {
        Units.Unit unit = Cells.unit(List.of(table));
        List<String> header = new ArrayList<>();
        header.add("id");
        header.addAll(table.labels());
        header.addAll(table.columns());
        if (table.compares()) {
            header.add("change");
        }
        List<List<String>> rows = new ArrayList<>(table.rows().size());
        for (DeltaRow row : table.rows()) {
            List<String> cells = new ArrayList<>(header.size());
            cells.add(row.id());
            for (int l = 0; l < table.labels().size(); l++) {
                cells.add(row.labelText(l));
            }
            for (int c = 0; c < table.columns().size(); c++) {
                cells.add(Cells.value(table.metric(), unit, row.value(c)));
            }
            if (table.compares()) {
                cells.add(row.change().text());
            }
            rows.add(cells);
        }
        List<Grid.Tone> plain = Collections.nCopies(header.size(), Grid.Tone.PLAIN);
        return new Grid(Cells.title(table, unit, true), header, rows, Collections.nCopies(rows.size(), plain), 1);
    }
}
