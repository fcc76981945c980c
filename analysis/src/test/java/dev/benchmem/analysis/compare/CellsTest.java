package dev.benchmem.analysis.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellsTest {

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
        assertThat(Cells.significant(value, 4)).isEqualTo(expected);
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
        assertThat(Cells.fixed(value, decimals)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "100, 104.2, +4.2%",
        "100, 98.4, -1.6%",
        "100, 99.99, -0.0%",
        "100, 100, +0.0%",
        "0, 0, +0.0%",
        "0, 5, from 0",
        "NaN, 5, \u2014",
        "5, NaN, \u2014"
    })
    void changes(double baseline, double candidate, String expected) {
        assertThat(Cells.change(Change.of(baseline, candidate))).isEqualTo(expected);
    }
}
