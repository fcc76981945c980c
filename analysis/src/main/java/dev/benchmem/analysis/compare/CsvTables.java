package dev.benchmem.analysis.compare;

import dev.benchmem.core.AtomicFile;
import dev.benchmem.core.Change;
import dev.benchmem.core.Units;
import dev.benchmem.analysis.DimValues;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Delta tables as CSV for other tools: raw unscaled numbers (seconds, bytes, counts), one
 * line per (metric, section, id), the change as a signed percent in {@code change_pct}.
 * Missing values and changes without a percentage are empty fields. A label column
 * ({@code extra:NAME}) holds its value, or its values in column order joined by {@code →}.
 */
public final class CsvTables {
    private CsvTables() {
    }

    /** The CSV text: {@code metric[,stat][,SECTION_KEY...],id[,LABEL...],COLUMN...[,change_pct]}; {@code stat} when there are several. */
    public static String render(List<DeltaTable> tables) {
        StringBuilder out = new StringBuilder();
        DeltaTable first = tables.get(0);
        List<String> sectionKeys = tables.stream().map(t -> t.section().keys()).filter(k -> !k.isEmpty())
                .findFirst().orElse(List.of());
        boolean severalStats = tables.stream().map(DeltaTable::stat).distinct().count() > 1;
        out.append(severalStats ? "metric,stat" : "metric");
        sectionKeys.forEach(k -> out.append(',').append(field(k)));
        out.append(",id");
        first.labels().forEach(l -> out.append(',').append(field(l)));
        first.columns().forEach(c -> out.append(',').append(field(c)));
        if (first.compares()) {
            out.append(",change_pct");
        }
        out.append('\n');
        for (DeltaTable table : tables) {
            for (DeltaRow row : table.rows()) {
                out.append(table.metric().key());
                if (severalStats) {
                    out.append(',').append(table.stat().key());
                }
                for (int k = 0; k < sectionKeys.size(); k++) {
                    out.append(',').append(field(table.section().isAll() ? "" : table.section().values().get(k)));
                }
                out.append(',').append(field(row.id()));
                for (int l = 0; l < table.labels().size(); l++) {
                    String text = row.labelText(l);
                    out.append(',').append(field(text.equals(Comparison.NO_VALUE) ? "" : text));
                }
                for (int c = 0; c < table.columns().size(); c++) {
                    out.append(',').append(number(row.value(c)));
                }
                if (table.compares()) {
                    Change change = row.change();
                    out.append(',').append(change.kind() == Change.Kind.PERCENT
                            ? Units.fixed(change.percent(), 4) : "");
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** Writes {@link #render} to {@code file} atomically: a temporary file beside it, then a rename. */
    public static void write(Path file, List<DeltaTable> tables) throws IOException {
        String csv = render(tables);
        AtomicFile.write(file, out -> out.write(csv));
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : DimValues.format(v);
    }

    private static String field(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
