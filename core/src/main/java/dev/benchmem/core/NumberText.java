package dev.benchmem.core;

/**
 * A number written as text in a result file: JMH writes NaN and the infinities so
 * ({@code "NaN"}, {@code "Infinity"}), and hand-made files quote numbers ({@code "10000"}).
 * Both readers, core's run-file reader and analysis's JMH reader, take such text the same way.
 */
public final class NumberText {

    private NumberText() {}

    /**
     * {@code text} (trimmed) as a number when it is one: {@code "10000"}, {@code "0.5"},
     * {@code "-1e3"}, {@code "Infinity"}, {@code "+Infinity"}, {@code "-Infinity"}; else NaN,
     * as for {@code "NaN"} itself.
     */
    public static double parse(String text) {
        String t = text.trim();
        switch (t) {
            case "Infinity":
            case "+Infinity":
                return Double.POSITIVE_INFINITY;
            case "-Infinity":
                return Double.NEGATIVE_INFINITY;
            default:
                if (t.isEmpty() || !(Character.isDigit(t.charAt(0)) || t.charAt(0) == '-' || t.charAt(0) == '.')) {
                    return Double.NaN;
                }
                try {
                    return Double.parseDouble(t);
                } catch (NumberFormatException e) {
                    return Double.NaN;
                }
        }
    }

    /** Whether {@code text} (trimmed) is NaN written as text. */
    public static boolean isNaN(String text) {
        return text.trim().equals("NaN");
    }
}
