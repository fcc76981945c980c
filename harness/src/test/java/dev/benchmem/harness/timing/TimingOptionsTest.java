package dev.benchmem.harness.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimingOptionsTest {

    @Test
    void defaultsAreRecordedWithPytestBenchmarkKeys() {
        assertThat(TimingOptions.defaults().asRunFileOptions()).containsExactly(
                entry("disable_gc", false), entry("timer", "System.nanoTime"), entry("min_rounds", 5),
                entry("max_time", 1.0), entry("min_time", 1e-4), entry("warmup", 1_000_000L),
                entry("warmup_time", 0.0), entry("warmup_max_time", 10.0));
    }

    @Test
    void pedanticRecordsItsFixedCountsAndNoWarmup() {
        TimingOptions options = TimingOptions.builder().pedantic(10, 2, 3).build();
        assertThat(options.isPedantic()).isTrue();
        assertThat(options.asRunFileOptions())
                .containsEntry("warmup", false).containsEntry("rounds", 10)
                .containsEntry("warmup_rounds", 2).containsEntry("iterations", 3L)
                .doesNotContainKey("warmup_time");
        assertThat(options.toBuilder().calibrated().build()).isEqualTo(TimingOptions.defaults());
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> TimingOptions.builder().minRounds(0))
                .hasMessage("minRounds must be >= 1, got 0");
        assertThatThrownBy(() -> TimingOptions.builder().maxTime(Duration.ofSeconds(-1)))
                .hasMessageStartingWith("maxTime must not be negative");
        assertThatThrownBy(() -> TimingOptions.builder().pedantic(1, -1, 1))
                .hasMessage("warmupRounds must be >= 0, got -1");
    }

    private static java.util.Map.Entry<String, Object> entry(String key, Object value) {
        return java.util.Map.entry(key, value);
    }
}
