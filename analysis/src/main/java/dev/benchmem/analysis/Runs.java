package dev.benchmem.analysis;

import dev.benchmem.core.Metric;
import dev.benchmem.core.RunFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads saved runs into a {@link LongTable}. An input is a run file (benchmem, pytest-benchmark,
 * pytest-benchmem or JMH {@code -rf json}) or a directory of saved runs
 * ({@code .benchmarks/} storage, every {@code NNNN_*.json} below it, oldest first).
 *
 * <pre>{@code
 * LongTable runs = Runs.load(List.of(Path.of("main.json"), Path.of("pr.json")), List.of());
 * Table peak = runs.summarize(Metric.PEAK, Stat.MIN);
 * }</pre>
 */
public final class Runs {
    private Runs() {
    }

    /**
     * Reads every input in order.
     *
     * @param labels one label per run, or empty (or null) for the file stems (made unique by their folder)
     * @throws RunFileException when an input cannot be read as a run, or the labels do not fit
     */
    public static LongTable load(List<Path> inputs, List<String> labels) {
        if (inputs.isEmpty()) {
            throw new RunFileException("runs", "no run given");
        }
        List<RunRecord> runs = RunFiles.read(inputs);
        if (labels == null || labels.isEmpty()) {
            return new LongTable(runs, stems(runs));
        }
        if (labels.size() != runs.size()) {
            throw new RunFileException("--label", labels.size() + " labels for " + runs.size() + " runs");
        }
        return new LongTable(runs, List.copyOf(labels));
    }

    /** The file stems, with the parent folder prefixed where two runs share a stem. */
    private static List<String> stems(List<RunRecord> runs) {
        Map<String, Integer> seen = new HashMap<>();
        runs.forEach(r -> seen.merge(r.stem(), 1, Integer::sum));
        List<String> labels = new ArrayList<>(runs.size());
        for (RunRecord r : runs) {
            if (seen.get(r.stem()) == 1) {
                labels.add(r.stem());
            } else {
                Path parent = Path.of(r.input()).toAbsolutePath().normalize().getParent();
                Path folder = parent == null ? null : parent.getFileName();
                labels.add((folder == null ? "" : folder + "/") + r.stem());
            }
        }
        return labels;
    }
}
