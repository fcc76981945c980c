package dev.benchmem.harness.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void bareNumbersAreSecondsAsInPytestBenchmark() {
        assertThat(Durations.parse("1.0")).isEqualTo(Duration.ofSeconds(1));
        assertThat(Durations.parse("0.000005")).isEqualTo(Duration.ofNanos(5_000));
        assertThat(Durations.parse("5e-6")).isEqualTo(Duration.ofNanos(5_000));
    }

    @Test
    void unitsAreAccepted() {
        assertThat(Durations.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Durations.parse("20 us")).isEqualTo(Duration.ofNanos(20_000));
        assertThat(Durations.parse("3ns")).isEqualTo(Duration.ofNanos(3));
        assertThat(Durations.parse("2s")).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void anythingElseIsRejectedWithTheText() {
        assertThatThrownBy(() -> Durations.parse("-1")).hasMessageContaining("'-1'");
        assertThatThrownBy(() -> Durations.parse("1h")).hasMessageContaining("'1h'");
    }
}
