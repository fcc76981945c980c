package dev.benchmem.analysis.compare;

import dev.benchmem.analysis.Stat;
import org.hipparchus.stat.inference.MannWhitneyUTest;

/**
 * The Mann-Whitney U test (Hipparchus) on the timed rounds of a baseline and a candidate: the
 * two-sided p-value that rounds this far apart come from one distribution (exact for small
 * samples without ties, else the normal approximation with continuity and tie correction), and
 * which side is slower by the median round.
 */
final class RankTest {
    private RankTest() {
    }

    /**
     * @param p               the two-sided p-value
     * @param candidateSlower whether the candidate's median round is longer than the baseline's
     */
    record Result(double p, boolean candidateSlower) {
    }

    static Result of(double[] baseline, double[] candidate) {
        double p = new MannWhitneyUTest().mannWhitneyUTest(baseline, candidate);
        return new Result(p, Stat.MEDIAN.of(candidate) > Stat.MEDIAN.of(baseline));
    }

    /**
     * The smallest two-sided p-value any {@code n} and {@code m} rounds can give, {@code 2 / C(n+m, n)}:
     * when it is not below the level, the test can never fail, so a gate on it would pass blind.
     */
    static double smallestP(int n, int m) {
        double combinations = 1;
        for (int i = 1; i <= Math.min(n, m); i++) {
            combinations = combinations * (Math.max(n, m) + i) / i;
        }
        return Math.min(1, 2 / combinations);
    }
}
