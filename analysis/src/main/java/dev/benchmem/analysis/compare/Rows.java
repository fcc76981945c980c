package dev.benchmem.analysis.compare;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Row order across tables shown together (statistics side by side, metrics in a diff). */
final class Rows {
    private Rows() {
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
