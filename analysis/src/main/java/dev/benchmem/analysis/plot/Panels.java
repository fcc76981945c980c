package dev.benchmem.analysis.plot;

import dev.benchmem.analysis.plot.PlotData.Series;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small multiples: the series split by the value of the facet dim, one panel each. */
final class Panels {

    /** One panel: its heading ({@code n=10000}, empty without a facet) and its series. */
    record Panel(String title, List<Series> series) {}

    private static final String NONE = "(none)";

    private Panels() {}

    /** Series per panel, to size stacked panels. */
    static int[] sizes(List<Panel> panels) {
        return panels.stream().mapToInt(p -> p.series().size()).toArray();
    }

    static List<Panel> split(PlotData data, List<Series> series, Optional<String> facet) {
        if (facet.isEmpty()) {
            return List.of(new Panel("", series));
        }
        String dim = facet.get();
        data.requireDim(dim, "--facet");
        Map<Object, List<Series>> byValue = new LinkedHashMap<>();
        for (Series s : series) {
            byValue.computeIfAbsent(s.dims().getOrDefault(dim, NONE), v -> new ArrayList<>()).add(s);
        }
        List<Object> values = new ArrayList<>(byValue.keySet());
        values.sort(Comparator.comparing((Object v) -> v == NONE)
                .thenComparing(v -> v instanceof Double d ? d : Double.NaN)
                .thenComparing(String::valueOf));
        return values.stream().map(v -> new Panel(dim + "=" + PlotData.format(v), byValue.get(v))).toList();
    }
}
