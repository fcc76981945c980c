package dev.benchmem.analysis.plot;

import dev.benchmem.core.Metric;
import dev.benchmem.core.Units;
import java.util.Locale;

/** The unit an axis shows a metric in, scaled to the data ({@code peak (MiB)}, {@code time (ms)}). */
record DisplayUnit(Metric metric, Units.Unit unit) {

    /** The unit in which values up to {@code magnitude} (seconds, bytes or a count) read best. */
    static DisplayUnit of(Metric metric, double magnitude) {
        return new DisplayUnit(metric, Units.of(metric, magnitude));
    }

    double apply(double raw) {
        return unit.scale(raw);
    }

    /** {@code peak (MiB)}; the bare metric name for counts. */
    String label() {
        return label(metric.key());
    }

    /** {@code prefix (MiB)}. */
    String label(String prefix) {
        return unit.symbol().isEmpty() ? prefix : prefix + " (" + unit.symbol() + ")";
    }

    /** The unit after a number: {@code " MiB"}, empty for counts. */
    String suffix() {
        return unit.symbol().isEmpty() ? "" : " " + unit.symbol();
    }

    /** A value with its unit, for hover text: {@code 1.526 MiB}; counts as whole numbers. */
    String format(double raw) {
        double v = apply(raw);
        if (unit.symbol().isEmpty()) {
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.4g", v);
        }
        return String.format(Locale.ROOT, "%.4g", v) + " " + unit.symbol();
    }
}
