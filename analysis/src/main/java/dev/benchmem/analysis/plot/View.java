package dev.benchmem.analysis.plot;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The plot views and the question each answers. */
public enum View {
    /** How does cost grow with input size? Cost against a numeric dim, one line per series. */
    SCALING(1),
    /** Which ids moved, and were they already big? Baseline against candidate/baseline. */
    SCATTER(2),
    /** What moved most, in native units? One bar per id, ranked by delta. */
    COMPARE(2),
    /** Fold change across versions: a heatmap of log2(run / first run), one cell per (id, run). */
    SWEEP(2),
    /**
     * How did each id move over the commits? One line per id over a history database's runs
     * ({@link Plots#history}), or over run files in the order given.
     */
    HISTORY(1);

    private final int minRuns;

    View(int minRuns) {
        this.minRuns = minRuns;
    }

    /** The fewest runs the view can draw. */
    public int minRuns() {
        return minRuns;
    }

    /** The name on the command line: {@code scaling}, {@code scatter}, ... */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The view a number of runs gets by default: 1 scaling, 2 scatter, 3 or more sweep. */
    public static View forRuns(int runs) {
        return runs <= 1 ? SCALING : runs == 2 ? SCATTER : SWEEP;
    }

    /** @throws PlotException naming the views when {@code key} is none of them */
    public static View parse(String key) {
        for (View view : values()) {
            if (view.key().equals(key)) {
                return view;
            }
        }
        throw new PlotException("unknown view '" + key + "' (views: "
                + Arrays.stream(values()).map(View::key).collect(Collectors.joining(", ")) + ")");
    }
}
