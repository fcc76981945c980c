package dev.benchmem.analysis.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.benchmem.analysis.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThresholdTest {

    @ParameterizedTest
    @CsvSource({
        "peak:10%, PEAK, true, 10",
        "peak:2.5%, PEAK, true, 2.5",
        "peak:5MiB, PEAK, false, 5242880",
        "allocated:100B, ALLOCATED, false, 100",
        "allocated:1.5KiB, ALLOCATED, false, 1536",
        "peak:1GiB, PEAK, false, 1073741824",
        "time:2ms, TIME, false, 0.002",
        "time:500ns, TIME, false, 5e-7",
        "TIME:3us, TIME, false, 3e-6",
        "allocations:100, ALLOCATIONS, false, 100",
        "allocations:5%, ALLOCATIONS, true, 5"
    })
    void parsesPercentAndAbsolute(String text, Metric metric, boolean percent, double amount) {
        Threshold t = Threshold.parse(text);

        assertThat(t.metric()).isEqualTo(metric);
        assertThat(t.percent()).isEqualTo(percent);
        assertThat(t.amount()).isCloseTo(amount, org.assertj.core.data.Percentage.withPercentage(1e-9));
        assertThat(t.text()).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "peak:10|'peak:10': a peak threshold needs % or a unit (B, KiB, MiB, GiB)",
        "peak:-5%|'peak:-5%': a threshold is a growth and cannot be negative",
        "foo:10%|'foo:10%': unknown metric 'foo' (expected time, peak, allocated, allocations)",
        "allocations:5MiB|'allocations:5MiB': allocations is a count: use a bare number or a percent, not 'MiB'",
        "time:5MiB|'time:5MiB': unknown unit 'MiB' for time (expected %, ns, us, ms, s)",
        "peak|'peak': expected METRIC:THRESHOLD, e.g. peak:10% or peak:5MiB",
        "peak:lots|'peak:lots': 'lots' is not an amount (expected N% or N with a unit, e.g. 10% or 5MiB)"
    })
    void rejectsWithTheReason(String text, String message) {
        assertThatThrownBy(() -> Threshold.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void onlyGrowthBeyondTheAmountCounts() {
        Threshold tenPercent = Threshold.parse("peak:10%");
        assertThat(tenPercent.exceededBy(100, 110)).isFalse();
        assertThat(tenPercent.exceededBy(100, 110.5)).isTrue();
        assertThat(tenPercent.exceededBy(100, 50)).isFalse();
        assertThat(tenPercent.exceededBy(0, 1)).as("growth from zero").isTrue();
        assertThat(tenPercent.exceededBy(0, 0)).isFalse();
        assertThat(tenPercent.exceededBy(Double.NaN, 5)).as("id absent from the baseline").isFalse();

        Threshold absolute = Threshold.parse("peak:1KiB");
        assertThat(absolute.exceededBy(10_000, 11_024)).isFalse();
        assertThat(absolute.exceededBy(10_000, 11_025)).isTrue();
        assertThat(absolute.exceededBy(0, 2048)).isTrue();
    }
}
