package dev.benchmem.analysis.plot;

import java.util.Locale;

/** The unit an axis shows a metric in, scaled to the data ({@code peak (MiB)}, {@code time (ms)}). */
record DisplayUnit(String metric, String symbol, double scale) {

    private static final String[] BYTES = {"B", "KiB", "MiB", "GiB", "TiB"};
    private static final String[] SECONDS = {"ns", "us", "ms", "s"};

    /** The unit in which {@code magnitude} (seconds, bytes or a count) reads best. */
    static DisplayUnit of(String metric, double magnitude) {
        double m = Math.abs(magnitude);
        return switch (metric) {
            case "time" -> {
                int i = 0;
                while (i < SECONDS.length - 1 && m >= Math.pow(1000, i + 1) * 1e-9) {
                    i++;
                }
                yield new DisplayUnit(metric, SECONDS[i], 1e-9 * Math.pow(1000, i));
            }
            case "peak", "allocated" -> {
                int i = 0;
                while (i < BYTES.length - 1 && m >= Math.pow(1024, i + 1)) {
                    i++;
                }
                yield new DisplayUnit(metric, BYTES[i], Math.pow(1024, i));
            }
            default -> new DisplayUnit(metric, "", 1);
        };
    }

    double apply(double raw) {
        return raw / scale;
    }

    /** {@code peak (MiB)}; a bare metric name for counts. */
    String label() {
        return label(metric);
    }

    /** {@code prefix (MiB)}. */
    String label(String prefix) {
        return symbol.isEmpty() ? prefix : prefix + " (" + symbol + ")";
    }

    /** A value with its unit, for hover text: {@code 1.53 MiB}. */
    String format(double raw) {
        double v = apply(raw);
        if (symbol.isEmpty()) {
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.4g", v);
        }
        return String.format(Locale.ROOT, "%.4g", v) + " " + symbol;
    }
}
