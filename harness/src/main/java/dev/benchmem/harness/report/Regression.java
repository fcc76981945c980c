package dev.benchmem.harness.report;

/**
 * A benchmark whose metric grew past a threshold.
 *
 * @param threshold the threshold it crossed
 * @param name the benchmark's id, e.g. {@code sort[500000]}
 * @param prior the value in the prior run (seconds, bytes or a count)
 * @param current the value in this run
 */
public record Regression(Threshold threshold, String name, double prior, double current) {

    /** Growth in percent of the prior value; infinite when the prior value was 0. */
    public double percent() {
        return prior == 0 ? Double.POSITIVE_INFINITY : (current - prior) / prior * 100;
    }

    /**
     * One line, as the reference prints it:
     * {@code   peak         sort[500000]: 3.81 MiB → 4.58 MiB (+20.0%)}.
     */
    public String format() {
        String change = prior == 0 ? "from 0" : String.format("%+.1f%%", percent());
        return String.format("  %-12s %s: %s → %s (%s)", threshold.metric(), name, value(prior),
                value(current), change);
    }

    private String value(double v) {
        return switch (threshold.metric()) {
            case "time" -> Units.humanTime(v);
            case "allocations" -> Units.count(v);
            default -> Units.humanBytes(v);
        };
    }
}
