package dev.benchmem.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChangeTest {

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
        assertThat(Change.of(baseline, candidate).text()).isEqualTo(expected);
    }
}
