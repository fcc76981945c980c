package dev.benchmem.analysis.plot;

import dev.benchmem.core.Metric;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayUnitTest {

    @Test
    void labelsCarryTheUnitScaledToTheData() {
        assertThat(DisplayUnit.of(Metric.PEAK, 4_000_000).label()).isEqualTo("peak (MiB)");
        assertThat(DisplayUnit.of(Metric.ALLOCATED, 2048).label("Δ allocated")).isEqualTo("Δ allocated (KiB)");
        assertThat(DisplayUnit.of(Metric.TIME, 0.002).label()).isEqualTo("time (ms)");
        assertThat(DisplayUnit.of(Metric.ALLOCATIONS, 1e6).label()).isEqualTo("allocations");
    }

    @Test
    void formatsValuesWithTheirUnit() {
        assertThat(DisplayUnit.of(Metric.TIME, 0.002).format(0.0015)).isEqualTo("1.500 ms");
        assertThat(DisplayUnit.of(Metric.PEAK, 3 << 20).format(3 << 20)).isEqualTo("3.000 MiB");
        assertThat(DisplayUnit.of(Metric.ALLOCATIONS, 1e6).format(12)).isEqualTo("12");
    }
}
