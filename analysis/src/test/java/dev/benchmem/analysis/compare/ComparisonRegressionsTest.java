package dev.benchmem.analysis.compare;

import dev.benchmem.core.Metric;
import dev.benchmem.core.Threshold;
import dev.benchmem.core.Regression;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.benchmem.analysis.Fixtures;
import dev.benchmem.analysis.Stat;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonRegressionsTest {

    @Test
    void noisePasses() {
        assertThat(Comparison.regressions(Fixtures.load("baseline.json", "candidate.json"), Stat.MIN,
                List.of(Threshold.parse("peak:10%"), Threshold.parse("allocations:5%"), Threshold.parse("time:5%")))).isEmpty();
    }

    @Test
    void twentyPercentPeakRegressionFailsNamingTheId() {
        List<Regression> regressions = Comparison.regressions(Fixtures.load("baseline.json", "regressed.json"), Stat.MIN,
                List.of(Threshold.parse("peak:10%"), Threshold.parse("allocations:5%")));

        assertThat(regressions).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo("test_sort[500000]");
            assertThat(r.metric()).isEqualTo(Metric.PEAK);
            assertThat(r.baseline()).isEqualTo(4_000_016);
            assertThat(r.candidate()).isEqualTo(4_800_019);
            assertThat(r.change().percent()).isBetween(19.9, 20.1);
        });
        assertThat(Comparison.regressions(Fixtures.load("baseline.json", "regressed.json"), Stat.MIN, List.of(Threshold.parse("peak:25%")))).isEmpty();
    }

    @Test
    void growthFromZeroIsARegressionAndAbsentIdsAreNot() {
        List<Regression> regressions = Comparison.regressions(Fixtures.load("edge-before.json", "edge-after.json"), Stat.MIN,
                List.of(Threshold.parse("peak:5%")));

        assertThat(regressions).extracting(Regression::id).containsExactly("sort[array-100]", "sort[list-100]");
    }

    @Test
    void comparesLastAgainstFirst() {
        assertThat(Comparison.regressions(Fixtures.load("baseline.json", "regressed.json", "candidate.json"), Stat.MIN,
                List.of(Threshold.parse("peak:10%")))).isEmpty();
    }

    @Test
    void thresholdOnAnAbsentMetricIsAnError() {
        assertThatThrownBy(() -> Comparison.regressions(Fixtures.load("jmh-avgt.json", "jmh-avgt.json"), Stat.MIN, List.of(Threshold.parse("peak:10%"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--fail-on peak:10%: neither the first nor the last run has peak");
    }

    @Test
    void needsTwoRuns() {
        assertThatThrownBy(() -> Comparison.regressions(Fixtures.load("baseline.json"), Stat.MIN, List.of(Threshold.parse("peak:10%"))))
                .hasMessageStartingWith("--fail-on needs two runs or more");
    }
}
