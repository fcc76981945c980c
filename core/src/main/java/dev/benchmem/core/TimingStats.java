package dev.benchmem.core;

import java.util.Arrays;

/**
 * Statistics of timed rounds, with pytest-benchmark's field names and definitions
 * ({@code pytest_benchmark.stats.Stats}). Every time is seconds per iteration of one round.
 *
 * <p>Quartiles follow pytest-benchmark, not a textbook default: for an even round count the
 * medians of the lower and upper halves (Wikipedia's method 2), for an odd count weighted
 * neighbours (method 3). {@code stddev} is the sample standard deviation (0 for one round);
 * {@code ops} is {@code rounds / total}, i.e. 1 / mean.
 *
 * <p>Read from a file, a statistic the file does not give (older or hand-written files have
 * only some of them) stays absent: NaN for a time, {@link #ABSENT} for a count, and a writer
 * leaves it out again.
 *
 * @param min fastest round
 * @param max slowest round
 * @param mean arithmetic mean of the rounds
 * @param stddev sample standard deviation of the rounds
 * @param rounds number of timed rounds
 * @param median median of the rounds
 * @param iqr {@code q3 - q1}
 * @param q1 first quartile
 * @param q3 third quartile
 * @param iqrOutliers rounds outside {@code [q1 - 1.5 iqr, q3 + 1.5 iqr]} (Tukey)
 * @param stddevOutliers rounds outside {@code [mean - stddev, mean + stddev]}
 * @param ld15iqr lowest round within {@code 1.5 iqr} below {@code q1}
 * @param hd15iqr highest round within {@code 1.5 iqr} above {@code q3}, as pytest-benchmark
 *     computes it (the first round above that fence when there is one)
 * @param ops operations per second, {@code rounds / total}
 * @param total sum of the rounds
 * @param iterations calls per round
 * @param data every round in run order, or empty when read from a file saved without it or
 *     when the reader was asked to leave it out ({@code dataLeftOut})
 * @param dataLeftOut whether the file held rounds that the reader left out ({@link
 *     RunFileReader#read(java.nio.file.Path, boolean, java.util.function.Consumer)}); {@code data} is then empty
 */
public record TimingStats(
        double min,
        double max,
        double mean,
        double stddev,
        int rounds,
        double median,
        double iqr,
        double q1,
        double q3,
        int iqrOutliers,
        int stddevOutliers,
        double ld15iqr,
        double hd15iqr,
        double ops,
        double total,
        long iterations,
        double[] data,
        boolean dataLeftOut) {

    /** A count (rounds, outliers, iterations) that the file read did not give. */
    public static final int ABSENT = -1;

    public TimingStats {
        data = data.length == 0 ? NO_ROUNDS : data.clone();
    }

    private static final double[] NO_ROUNDS = {};

    /** Statistics with every round at hand (none left out by the reader). */
    public TimingStats(double min, double max, double mean, double stddev, int rounds, double median,
            double iqr, double q1, double q3, int iqrOutliers, int stddevOutliers, double ld15iqr,
            double hd15iqr, double ops, double total, long iterations, double[] data) {
        this(min, max, mean, stddev, rounds, median, iqr, q1, q3, iqrOutliers, stddevOutliers,
                ld15iqr, hd15iqr, ops, total, iterations, data, false);
    }

    /**
     * Statistics of the given rounds.
     *
     * @param data seconds per iteration of each round, in run order; at least one
     * @param iterations calls per round
     */
    public static TimingStats of(double[] data, long iterations) {
        if (data.length == 0) {
            throw new IllegalArgumentException("no rounds");
        }
        double[] sorted = data.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double total = 0;
        for (double d : data) {
            total += d;
        }
        double mean = total / n;
        double stddev = n > 1 ? sampleStddev(data, mean) : 0;
        double q1 = q1(sorted);
        double q3 = q3(sorted);
        double iqr = q3 - q1;
        double lowFence = q1 - 1.5 * iqr;
        double highFence = q3 + 1.5 * iqr;
        int iqrOutliers = countOutside(data, lowFence, highFence);
        int stddevOutliers = countOutside(data, mean - stddev, mean + stddev);
        double ld15iqr = n == 1 ? data[0] : sorted[bisectLeft(sorted, lowFence)];
        int high = bisectRight(sorted, highFence);
        double hd15iqr = n == 1 ? data[0] : sorted[Math.min(high, n - 1)];
        double ops = total != 0 ? n / total : 0;
        return new TimingStats(sorted[0], sorted[n - 1], mean, stddev, n, median(sorted, 0, n), iqr,
                q1, q3, iqrOutliers, stddevOutliers, ld15iqr, hd15iqr, ops, total, iterations, data);
    }

    /** pytest-benchmark's {@code outliers} column: {@code "stddevOutliers;iqrOutliers"}; null when either is absent. */
    public String outliers() {
        return stddevOutliers == ABSENT || iqrOutliers == ABSENT ? null : stddevOutliers + ";" + iqrOutliers;
    }

    /** A copy of the per-round data. */
    @Override
    public double[] data() {
        return data.length == 0 ? data : data.clone();
    }

    /** Whether the per-round data is present (files saved without it have only the stats). */
    public boolean hasData() {
        return data.length > 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimingStats t
                && Double.compare(min, t.min) == 0
                && Double.compare(max, t.max) == 0
                && Double.compare(mean, t.mean) == 0
                && Double.compare(stddev, t.stddev) == 0
                && rounds == t.rounds
                && Double.compare(median, t.median) == 0
                && Double.compare(iqr, t.iqr) == 0
                && Double.compare(q1, t.q1) == 0
                && Double.compare(q3, t.q3) == 0
                && iqrOutliers == t.iqrOutliers
                && stddevOutliers == t.stddevOutliers
                && Double.compare(ld15iqr, t.ld15iqr) == 0
                && Double.compare(hd15iqr, t.hd15iqr) == 0
                && Double.compare(ops, t.ops) == 0
                && Double.compare(total, t.total) == 0
                && iterations == t.iterations
                && Arrays.equals(data, t.data)
                && dataLeftOut == t.dataLeftOut;
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(mean) + 17 * rounds + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "TimingStats[min=" + min + ", median=" + median + ", mean=" + mean + ", max=" + max
                + ", stddev=" + stddev + ", rounds=" + rounds + ", iterations=" + iterations + "]";
    }

    private static double sampleStddev(double[] data, double mean) {
        double squares = 0;
        for (double d : data) {
            squares += (d - mean) * (d - mean);
        }
        return Math.sqrt(squares / (data.length - 1));
    }

    private static int countOutside(double[] data, double low, double high) {
        int count = 0;
        for (double d : data) {
            if (d < low || d > high) {
                count++;
            }
        }
        return count;
    }

    /** Median of {@code sorted[from, to)}. */
    private static double median(double[] sorted, int from, int to) {
        int n = to - from;
        int mid = from + n / 2;
        return n % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static double q1(double[] sorted) {
        int n = sorted.length;
        if (n == 1) {
            return sorted[0];
        }
        if (n % 2 == 0) {
            return median(sorted, 0, n / 2);
        }
        int k = n / 4;
        return n % 4 == 1
                ? 0.25 * sorted[k - 1] + 0.75 * sorted[k]
                : 0.75 * sorted[k] + 0.25 * sorted[k + 1];
    }

    private static double q3(double[] sorted) {
        int n = sorted.length;
        if (n == 1) {
            return sorted[0];
        }
        if (n % 2 == 0) {
            return median(sorted, n / 2, n);
        }
        int k = n / 4;
        return n % 4 == 1
                ? 0.75 * sorted[3 * k] + 0.25 * sorted[3 * k + 1]
                : 0.25 * sorted[3 * k + 1] + 0.75 * sorted[3 * k + 2];
    }

    /** First index whose value is {@code >= x} (Python's {@code bisect_left}). */
    private static int bisectLeft(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** First index whose value is {@code > x} (Python's {@code bisect_right}). */
    private static int bisectRight(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x < sorted[mid]) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
