package dev.benchmem.core;

/**
 * The change of a candidate against a baseline, kept apart from its display so that a zero
 * or missing baseline is reported as such instead of as a division error.
 *
 * @param kind    whether a percentage exists
 * @param percent the signed percent change; meaningful for {@link Kind#PERCENT} only
 */
public record Change(Kind kind, double percent) {

    /** What kind of change there is. */
    public enum Kind {
        /** Both values exist and the baseline is not zero. */
        PERCENT,
        /** The baseline is zero and the candidate is not: growth without a percentage. */
        FROM_ZERO,
        /** One of the values is missing (the id is absent from a run). */
        MISSING
    }

    /** The change from {@code baseline} to {@code candidate}; NaN marks a missing value. */
    public static Change of(double baseline, double candidate) {
        if (Double.isNaN(baseline) || Double.isNaN(candidate)) {
            return new Change(Kind.MISSING, Double.NaN);
        }
        if (baseline == 0) {
            return candidate == 0 ? new Change(Kind.PERCENT, 0) : new Change(Kind.FROM_ZERO, Double.NaN);
        }
        return new Change(Kind.PERCENT, (candidate - baseline) / Math.abs(baseline) * 100);
    }

    /** {@code +12.5%}, {@code -0.8%}, {@code from 0}, or {@code —} when a value is missing. */
    public String text() {
        return switch (kind) {
            case MISSING -> "\u2014";
            case FROM_ZERO -> "from 0";
            case PERCENT -> (percent < 0 || (percent == 0 && 1 / percent < 0) ? "-" : "+")
                    + Units.fixed(Math.abs(percent), 1) + "%";
        };
    }

    /** A key that orders changes by growth: growth from zero first, missing last. */
    public double sortKey() {
        switch (kind) {
            case FROM_ZERO:
                return Double.POSITIVE_INFINITY;
            case MISSING:
                return Double.NEGATIVE_INFINITY;
            default:
                return percent;
        }
    }
}
