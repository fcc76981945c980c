package dev.benchmem.analysis;

/**
 * The statistics of one benchmark's series: read from a file ({@link #of(double, double, double, double, double, int)}),
 * or computed from the values on demand (only the statistic asked for, so summarizing stays linear).
 */
abstract class SeriesStats {

    abstract double get(Stat stat);

    abstract int count();

    double min() {
        return get(Stat.MIN);
    }

    double max() {
        return get(Stat.MAX);
    }

    static SeriesStats of(double[] values) {
        return new SeriesStats() {
            @Override
            double get(Stat stat) {
                return stat.of(values);
            }

            @Override
            int count() {
                return values.length;
            }
        };
    }

    static SeriesStats of(double min, double max, double mean, double median, double stddev, int count) {
        double[] byStat = new double[Stat.values().length];
        byStat[Stat.MIN.ordinal()] = min;
        byStat[Stat.MAX.ordinal()] = max;
        byStat[Stat.MEAN.ordinal()] = mean;
        byStat[Stat.MEDIAN.ordinal()] = median;
        byStat[Stat.STDDEV.ordinal()] = stddev;
        return new SeriesStats() {
            @Override
            double get(Stat stat) {
                return byStat[stat.ordinal()];
            }

            @Override
            int count() {
                return count;
            }
        };
    }
}
