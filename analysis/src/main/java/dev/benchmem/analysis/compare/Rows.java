package dev.benchmem.analysis.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Row order across tables shown together (statistics side by side, metrics in a diff). */
final class Rows {
    private Rows() {
    }

    /** Per table, its rows by id. */
    static List<Map<String, DeltaRow>> byId(List<DeltaTable> tables) {
        List<Map<String, DeltaRow>> byId = new ArrayList<>(tables.size());
        for (DeltaTable t : tables) {
            Map<String, DeltaRow> rows = new HashMap<>();
            t.rows().forEach(r -> rows.put(r.id(), r));
            byId.add(rows);
        }
        return byId;
    }

    /** The ids of {@code tables}: the first table's in its order, then any the others add, in theirs. */
    static Set<String> ids(List<DeltaTable> tables) {
        Set<String> ids = new LinkedHashSet<>();
        for (DeltaTable t : tables) {
            t.rows().forEach(r -> ids.add(r.id()));
        }
        return ids;
    }
}
