package dev.benchmem.analysis.plot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayUnitTest {

    @Test
    void bytesScaleByPowersOf1024() {
        assertThat(DisplayUnit.of("peak", 4_000_000).label()).isEqualTo("peak (MiB)");
        assertThat(DisplayUnit.of("allocated", 2048).label()).isEqualTo("allocated (KiB)");
        assertThat(DisplayUnit.of("peak", 100).label()).isEqualTo("peak (B)");
        assertThat(DisplayUnit.of("peak", 3 * 1024.0 * 1024).apply(3 * 1024.0 * 1024)).isEqualTo(3.0);
    }

    @Test
    void secondsScaleByPowersOf1000() {
        assertThat(DisplayUnit.of("time", 0.002).label()).isEqualTo("time (ms)");
        assertThat(DisplayUnit.of("time", 5e-5).label()).isEqualTo("time (us)");
        assertThat(DisplayUnit.of("time", 3e-8).label()).isEqualTo("time (ns)");
        assertThat(DisplayUnit.of("time", 2.5).label()).isEqualTo("time (s)");
        assertThat(DisplayUnit.of("time", 0.002).format(0.0015)).isEqualTo("1.500 ms");
    }

    @Test
    void countsHaveNoUnit() {
        assertThat(DisplayUnit.of("allocations", 1e6).label()).isEqualTo("allocations");
        assertThat(DisplayUnit.of("allocations", 1e6).format(12)).isEqualTo("12");
    }
}
