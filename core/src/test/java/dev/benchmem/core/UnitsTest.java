package dev.benchmem.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
        assertThat(Units.timePrefix(5e-7).symbol()).isEqualTo("n");
        assertThat(Units.timePrefix(1e-6).symbol()).isEqualTo("u");
        assertThat(Units.timePrefix(2e-3).symbol()).isEqualTo("m");
        assertThat(Units.timePrefix(1.5).symbol()).isEmpty();
        assertThat(Units.operationsPrefix(2e6).symbol()).isEqualTo("M");
        assertThat(Units.operationsPrefix(1e3).symbol()).isEmpty();
        assertThat(Units.humanTime(50.291e-6)).isEqualTo("50.29us");
    }

    @Test
    void byteUnitsFromTheLargestValue() {
        assertThat(Units.bytes(1023).symbol()).isEqualTo("B");
        assertThat(Units.bytes(1024).symbol()).isEqualTo("KiB");
        assertThat(Units.bytes(4_000_016).symbol()).isEqualTo("MiB");
        assertThat(Units.bytesIn(40_016, Units.bytes(4_000_016))).isEqualTo("0.04");
        assertThat(Units.bytesIn(1_000, Units.bytes(1_000))).isEqualTo("1,000");
        assertThat(Units.humanBytes(2_000_016)).isEqualTo("1.91 MiB");
    }

    @ParameterizedTest
    @CsvSource({
        "5.0291e-05, 5.029e-05",
        "0.001030703, 0.001031",
        "2.57348e-04, 0.0002573",
        "1234.5, 1234",
        "12345, 1.234e+04",
        "0.5, 0.5",
        "2.0, 2",
        "5e-05, 5e-05",
        "-0.00123456, -0.001235",
        "0, 0"
    })
    void fourSignificantDigitsAsPythonFormatsThem(double value, String expected) {
        assertThat(Units.significant(value, 4)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "0.0763, 2, 0.08",
        "3.8147, 2, 3.81",
        "1024, 0, 1024",
        "0.004, 1, 0.0",
        "-1.55, 1, -1.6",
        "-0.04, 1, 0.0",
        "12.5, 4, 12.5000"
    })
    void fixedDecimals(double value, int decimals, String expected) {
        assertThat(Units.fixed(value, decimals)).isEqualTo(expected);
    }
}
