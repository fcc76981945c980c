package dev.benchmem.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the per-pass (or per-round) series of one benchmark is reduced to one number. */
public enum Stat {
    MIN, MAX, MEAN, MEDIAN, STDDEV;

    /** The name used on the command line, e.g. {@code "median"}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** This statistic of {@code values} (not empty); the sample standard deviation, 0 for one value. */
    public double of(double[] values) {
        switch (this) {
            case MIN:
                double min = values[0];
                for (double v : values) {
                    min = Math.min(min, v);
                }
                return min;
            case MAX:
                double max = values[0];
                for (double v : values) {
                    max = Math.max(max, v);
                }
                return max;
            case MEAN:
                return mean(values);
            case MEDIAN:
                double[] sorted = values.clone();
                Arrays.sort(sorted);
                int mid = sorted.length / 2;
                return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
            case STDDEV:
                if (values.length < 2) {
                    return 0;
                }
                double mean = mean(values);
                double squares = 0;
                for (double v : values) {
                    squares += (v - mean) * (v - mean);
                }
                return Math.sqrt(squares / (values.length - 1));
            default:
                throw new AssertionError(this);
        }
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /**
     * The statistic named by {@code key} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the unknown key and the known ones
     */
    public static Stat parse(String key) {
        for (Stat s : values()) {
            if (s.key().equalsIgnoreCase(key.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown stat '" + key + "' (expected "
                + Arrays.stream(values()).map(Stat::key).collect(Collectors.joining(", ")) + ")");
    }

    /**
     * {@code --stat}: one statistic by {@code key}, or every one for {@code all}, in declaration order.
     *
     * @throws IllegalArgumentException naming the unknown key and the known ones
     */
    public static List<Stat> parseChoice(String key) {
        if (key.strip().equalsIgnoreCase("all")) {
            return List.of(values());
        }
        try {
            return List.of(parse(key));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().replace(")", ", or all)"), e);
        }
    }

    @Override
    public String toString() {
        return key();
    }
}
