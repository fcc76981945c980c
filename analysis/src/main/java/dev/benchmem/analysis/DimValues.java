package dev.benchmem.analysis;

/** How a dim value reads as text: integral numbers without a fraction ({@code 10000}, not {@code 10000.0}). */
public final class DimValues {
    private DimValues() {
    }

    /** {@code value} (a {@code Double}, {@code String} or {@code Boolean}) as text. */
    public static String format(Object value) {
        if (value instanceof Double) {
            return format(((Double) value).doubleValue());
        }
        return String.valueOf(value);
    }

    /** A number as text, integral values without {@code .0}. */
    public static String format(double d) {
        if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return Double.toString(d);
    }
}
