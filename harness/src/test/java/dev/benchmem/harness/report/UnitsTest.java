package dev.benchmem.harness.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitsTest {

    @Test
    void numbersFormatAsPythonDoes() {
        // Python: format(1234567.891, ',.4f') == '1,234,567.8910'; format(0.125, '.2f') == '0.12'
        assertThat(Units.grouped(1234567.891, 4)).isEqualTo("1,234,567.8910");
        assertThat(Units.fixed(0.125, 2)).isEqualTo("0.12");
        assertThat(Units.fixed(0.375, 2)).isEqualTo("0.38");
        // 2.675 is 2.67499999... in binary: Python gives '2.67', a decimal HALF_UP would give 2.68
        assertThat(Units.fixed(2.675, 2)).isEqualTo("2.67");
        assertThat(Units.count(1_234_567)).isEqualTo("1,234,567");
    }

    @Test
    void timeUnitsAsPytestBenchmark() {
        assertThat(Units.time(5e-7).name()).isEqualTo("n");
        assertThat(Units.time(1e-6).name()).isEqualTo("u");
        assertThat(Units.time(2e-3).name()).isEqualTo("m");
        assertThat(Units.time(1.5).name()).isEmpty();
        assertThat(Units.operations(2e6).name()).isEqualTo("M");
        assertThat(Units.operations(1e3).name()).isEmpty();
        assertThat(Units.humanTime(50.291e-6)).isEqualTo("50.29us");
    }

    @Test
    void byteUnitsFromTheLargestValue() {
        assertThat(Units.bytes(1023).name()).isEqualTo("B");
        assertThat(Units.bytes(1024).name()).isEqualTo("KiB");
        assertThat(Units.bytes(4_000_016).name()).isEqualTo("MiB");
        assertThat(Units.bytesIn(40_016, Units.bytes(4_000_016))).isEqualTo("0.04");
        assertThat(Units.bytesIn(1_000, Units.bytes(1_000))).isEqualTo("1,000");
        assertThat(Units.humanBytes(2_000_016)).isEqualTo("1.91 MiB");
    }
}
