package dev.benchmem.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThresholdTest {

    @ParameterizedTest
    @CsvSource({
        "peak:10%, PEAK, true, 10",
        "peak:2.5%, PEAK, true, 2.5",
        "Peak: 0.5%, PEAK, true, 0.5",
        "peak:5MiB, PEAK, false, 5242880",
        "allocated:100B, ALLOCATED, false, 100",
        "allocated:1.5KiB, ALLOCATED, false, 1536",
        "peak:1GiB, PEAK, false, 1073741824",
        "time:2ms, TIME, false, 0.002",
        "time:250ns, TIME, false, 2.5e-7",
        "TIME:3us, TIME, false, 3e-6",
        "time:3µs, TIME, false, 3e-6",
        "allocations:100, ALLOCATIONS, false, 100",
        "allocs:5%, ALLOCATIONS, true, 5",
        "rss:10%, RSS, true, 10",
        "rss:64MiB, RSS, false, 67108864",
        "retained:1KiB, RETAINED, false, 1024",
        "retained:0B, RETAINED, false, 0"
    })
    void parsesPercentAndAbsolute(String text, Metric metric, boolean percent, double amount) {
        Threshold t = Threshold.parse(text);

        assertThat(t.metric()).isEqualTo(metric);
        assertThat(t.percent()).isEqualTo(percent);
        assertThat(t.amount()).isCloseTo(amount, Percentage.withPercentage(1e-9));
        assertThat(t.text()).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "peak:10          | bad threshold 'peak:10': peak needs % or a unit (B, KiB, MiB, GiB)",
        "time:2           | bad threshold 'time:2': time needs % or a unit (ns, us, ms, s)",
        "peak:-5%         | bad threshold 'peak:-5%': a limit is a growth and cannot be negative",
        "foo:10%          | bad threshold 'foo:10%': unknown metric 'foo' (expected time, peak, allocated, allocations, rss, retained)",
        "allocations:5MiB | bad threshold 'allocations:5MiB': allocations is a count: use a bare number or %, not 'MiB'",
        "time:5MiB        | bad threshold 'time:5MiB': unknown unit 'MiB' for time (use %, ns, us, ms, s)",
        "peak:5MB         | bad threshold 'peak:5MB': unknown unit 'MB' for peak (use %, B, KiB, MiB, GiB)",
        "peak             | bad threshold 'peak': expected METRIC:LIMIT, e.g. peak:10% or peak:5MiB",
        "rss:10           | bad threshold 'rss:10': rss needs % or a unit (B, KiB, MiB, GiB)",
        "retained:3       | bad threshold 'retained:3': retained needs % or a unit (B, KiB, MiB, GiB)",
        "peak:lots        | bad threshold 'peak:lots': 'lots' is not a number with a unit or %, e.g. 10% or 5MiB"
    })
    void rejectsInOneLineNamingTheThreshold(String text, String message) {
        assertThatThrownBy(() -> Threshold.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void onlyGrowthBeyondTheAmountCounts() {
        Threshold tenPercent = Threshold.parse("peak:10%");
        assertThat(tenPercent.exceededBy(100, 110)).isFalse();
        assertThat(tenPercent.exceededBy(100, 110.5)).isTrue();
        assertThat(tenPercent.exceededBy(100, 50)).isFalse();
        assertThat(tenPercent.exceededBy(Double.NaN, 5)).as("id absent from the baseline").isFalse();

        Threshold absolute = Threshold.parse("peak:1KiB");
        assertThat(absolute.exceededBy(10_000, 11_024)).isFalse();
        assertThat(absolute.exceededBy(10_000, 11_025)).isTrue();
    }

    @Test
    void growthFromZeroTripsAnyPercentAndAnAbsoluteBeyondItsAmount() {
        Threshold tenPercent = Threshold.parse("peak:10%");
        assertThat(tenPercent.exceededBy(0, 1)).as("no percentage of nothing: any growth").isTrue();
        assertThat(tenPercent.exceededBy(0, 0)).isFalse();

        Threshold absolute = Threshold.parse("allocations:100");
        assertThat(absolute.exceededBy(0, 100)).isFalse();
        assertThat(absolute.exceededBy(0, 101)).isTrue();
    }
}
