package dev.benchmem.harness.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ThresholdTest {

    @Test
    void parsesPercentAndAbsoluteLimits() {
        assertThat(Threshold.parse("peak:10%"))
                .isEqualTo(new Threshold("peak", 10, true, "peak:10%"));
        assertThat(Threshold.parse("peak:5MiB").limit()).isEqualTo(5 * 1024 * 1024);
        assertThat(Threshold.parse("allocated:1.5KiB").limit()).isEqualTo(1536);
        assertThat(Threshold.parse("time:2ms").limit()).isEqualTo(2e-3);
        assertThat(Threshold.parse("time:250ns").limit()).isEqualTo(250e-9);
        assertThat(Threshold.parse("allocations:100"))
                .isEqualTo(new Threshold("allocations", 100, false, "allocations:100"));
        assertThat(Threshold.parse("Peak: 0.5%").percent()).isTrue();
        assertThat(Threshold.parse("time:5%").isMemory()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "peak:10          | bad threshold 'peak:10': peak needs a unit (B, KiB, MiB, GiB) or %",
            "peak:-5%         | bad threshold 'peak:-5%': a limit must not be negative (only growth counts)",
            "foo:10%          | bad threshold 'foo:10%': unknown metric 'foo' (use time, peak, allocated, allocations)",
            "allocations:5MiB | bad threshold 'allocations:5MiB': allocations is a count: drop 'MiB'",
            "time:2           | bad threshold 'time:2': time needs a unit (s, ms, us, ns) or %",
            "peak:5MB         | bad threshold 'peak:5MB': unknown unit 'MB': use a unit (B, KiB, MiB, GiB) or %",
            "peak             | bad threshold 'peak': expected METRIC:LIMIT, e.g. peak:10%",
            "peak:lots        | bad threshold 'peak:lots': 'lots' is not a number with an optional unit or %",
    })
    void rejectsMalformedThresholdsInOneLine(String text, String message) {
        assertThatThrownBy(() -> Threshold.parse(text))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void onlyGrowthPastTheLimitCounts() {
        Threshold pct = Threshold.parse("peak:10%");
        assertThat(pct.exceeded(100, 110)).isFalse();
        assertThat(pct.exceeded(100, 110.5)).isTrue();
        assertThat(pct.exceeded(100, 50)).isFalse();
        assertThat(pct.exceeded(0, 50)).as("no percentage of nothing").isFalse();
        Threshold abs = Threshold.parse("allocations:100");
        assertThat(abs.exceeded(1000, 1100)).isFalse();
        assertThat(abs.exceeded(1000, 1101)).isTrue();
        assertThat(abs.exceeded(0, 101)).isTrue();
    }
}
