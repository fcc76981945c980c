package dev.benchmem.history;

import dev.benchmem.core.Metric;
import dev.benchmem.core.Trend;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The history gate: is an id's latest value outside the noise band of the runs before it?
 *
 * <p>The statistic is the <b>median ± 3 scaled MADs</b> of the window: the median of the
 * previous {@code window} values and their median absolute deviation times 1.4826 (which makes
 * it the standard deviation for normal noise, yet one wild run cannot widen it). The band is
 * never narrower than {@code minChange} of the median, so deterministic series (allocation
 * counts, MAD 0) flag real steps, not a one-byte wobble. Above the band is a regression (every
 * metric is lower-is-better), below it an improvement. Ids with fewer than {@link #MIN_HISTORY}
 * earlier values are not judged.
 *
 * @param metric the metric checked
 * @param window how many runs before the latest make the band
 * @param minChange the band's least half-width, a fraction of the median (0.05 = 5%)
 */
public record ChangeCheck(Metric metric, int window, double minChange) {

    /** Fewest earlier values a band is made from. */
    public static final int MIN_HISTORY = 5;
    /** MAD to standard deviation for normally distributed noise. */
    static final double MAD_SCALE = 1.4826;
    static final double BAND_MADS = 3;

    public ChangeCheck {
        if (window < MIN_HISTORY) {
            throw new IllegalArgumentException("--window " + window + ": needs at least " + MIN_HISTORY + " runs");
        }
        if (!(minChange >= 0)) {
            throw new IllegalArgumentException("--min-change " + minChange + ": must be 0 or more");
        }
    }

    /** How an id's latest value sits against its band. */
    public enum Status { OK, REGRESSION, IMPROVEMENT }

    /**
     * One id's verdict.
     *
     * @param id the benchmark id
     * @param latest its value in the latest run
     * @param median the window's median
     * @param low the band's lower edge
     * @param high the band's upper edge
     * @param history how many earlier values made the band
     * @param commitId the latest run's commit, or null
     * @param status where {@code latest} is
     */
    public record Verdict(String id, double latest, double median, double low, double high, int history,
            String commitId, Status status) {

        /** latest / median - 1. */
        public double change() {
            return median == 0 ? (latest == 0 ? 0 : Double.POSITIVE_INFINITY) : latest / median - 1;
        }
    }

    /** Checks every id in the latest stored run of {@code branch} (null: all) against the runs before it. */
    public List<Verdict> check(HistoryStore store, String branch) {
        List<StoredRun> runs = store.recent(branch, window + 1);
        if (runs.isEmpty()) {
            return List.of();
        }
        return check(store.trends(metric, runs, null), runs.get(runs.size() - 1).id());
    }

    /**
     * Checks every id that {@code latestRun} measured against its earlier points: {@code trends}
     * over the latest run and up to {@code window} runs before it, oldest first.
     */
    public List<Verdict> check(List<Trend> trends, long latestRun) {
        List<Verdict> verdicts = new ArrayList<>();
        for (Trend trend : trends) {
            List<Trend.Point> points = trend.points();
            Trend.Point last = points.get(points.size() - 1);
            if (last.run() != latestRun || points.size() - 1 < MIN_HISTORY) {
                continue;
            }
            int from = Math.max(0, points.size() - 1 - window);
            double[] before = points.subList(from, points.size() - 1).stream().mapToDouble(Trend.Point::value).toArray();
            verdicts.add(judge(trend.id(), last.value(), before, last.commitId()));
        }
        return verdicts;
    }

    /** The verdict on {@code latest} against the band of {@code before}. */
    Verdict judge(String id, double latest, double[] before, String commitId) {
        double median = median(before);
        double[] deviations = Arrays.stream(before).map(v -> Math.abs(v - median)).toArray();
        double halfWidth = Math.max(BAND_MADS * MAD_SCALE * median(deviations), minChange * Math.abs(median));
        double low = median - halfWidth;
        double high = median + halfWidth;
        Status status = latest > high ? Status.REGRESSION : latest < low ? Status.IMPROVEMENT : Status.OK;
        return new Verdict(id, latest, median, low, high, before.length, commitId, status);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
