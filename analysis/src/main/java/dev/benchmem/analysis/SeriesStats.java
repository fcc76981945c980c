package dev.benchmem.analysis;

/** The statistics of one benchmark's series, read from a file or computed from the values. */
record SeriesStats(double min, double max, double mean, double median, double stddev, int count) {

    static SeriesStats of(double[] values) {
        return new SeriesStats(Stat.MIN.of(values), Stat.MAX.of(values), Stat.MEAN.of(values),
                Stat.MEDIAN.of(values), Stat.STDDEV.of(values), values.length);
    }

    double get(Stat stat) {
        switch (stat) {
            case MIN:
                return min;
            case MAX:
                return max;
            case MEAN:
                return mean;
            case MEDIAN:
                return median;
            case STDDEV:
                return stddev;
            default:
                throw new AssertionError(stat);
        }
    }
}
