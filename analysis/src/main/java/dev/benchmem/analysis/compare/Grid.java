package dev.benchmem.analysis.compare;

import dev.benchmem.core.Units;
import java.util.ArrayList;
import java.util.List;

/** One delta table as display text: a title, a header and rows of cells, shared by the text formats. */
record Grid(String title, List<String> header, List<List<String>> rows) {

    static Grid of(DeltaTable table) {
        Units.Unit unit = Cells.unit(table);
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
        return new Grid(Cells.title(table, unit), header, rows);
    }
}
