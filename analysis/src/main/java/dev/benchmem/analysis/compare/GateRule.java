package dev.benchmem.analysis.compare;

import dev.benchmem.core.Threshold;

/**
 * One {@code --fail-on} rule: a core {@link Threshold}, and for time optionally a significance
 * level, {@code time:5%@0.01}: then an id fails only when its change exceeds the threshold
 * <em>and</em> a Mann-Whitney U test on the timed rounds of the two runs says they differ at
 * that level ({@link RankTest}). Memory stays a plain threshold: it is near-deterministic here.
 *
 * @param threshold    the threshold; its text is the rule as written, {@code @0.01} included
 * @param significance the test's level, or NaN for a plain threshold
 */
public record GateRule(Threshold threshold, double significance) {

    /**
     * Parses {@code METRIC:LIMIT} or {@code time:LIMIT@LEVEL}.
     *
     * @throws IllegalArgumentException one line naming the rule and what is wrong
     */
    public static GateRule parse(String text) {
        int at = text.lastIndexOf('@');
        if (at < 0) {
            return new GateRule(Threshold.parse(text), Double.NaN);
        }
        Threshold plain = Threshold.parse(text.substring(0, at));
        double level;
        try {
            level = parseLevel(text.substring(at + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad threshold '" + text + "': " + e.getMessage(), e);
        }
        if (plain.metric().isMemory()) {
            throw new IllegalArgumentException("bad threshold '" + text + "': a significance level is for time; "
                    + plain.metric().key() + " is near-deterministic, gate it with a plain threshold such as " + plain.text());
        }
        return new GateRule(new Threshold(plain.metric(), plain.percent(), plain.amount(), text.strip()), level);
    }

    /**
     * A significance level ({@code --significance}, {@code @LEVEL}): a probability strictly between 0 and 1.
     *
     * @throws IllegalArgumentException naming the text
     */
    public static double parseLevel(String text) {
        double level;
        try {
            level = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            level = Double.NaN;
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not a significance level (a probability "
                    + "between 0 and 1, e.g. 0.01)");
        }
        return level;
    }

    /** True when the rule runs the rank test. */
    public boolean tested() {
        return !Double.isNaN(significance);
    }

    /** This rule, with {@code level} ({@code --significance}) when it is a time rule without its own. */
    public GateRule withDefaultSignificance(double level) {
        if (Double.isNaN(level) || tested() || threshold.metric().isMemory()) {
            return this;
        }
        Threshold t = threshold;
        return new GateRule(new Threshold(t.metric(), t.percent(), t.amount(), t.text() + "@" + trim(level)), level);
    }

    private static String trim(double level) {
        String s = Double.toString(level);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
