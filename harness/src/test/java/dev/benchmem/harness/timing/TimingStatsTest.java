package dev.benchmem.harness.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class TimingStatsTest {

    /** Cases and pytest-benchmark's own results, from {@code report/stats-golden.py}. */
    static List<JsonNode> goldenCases() throws IOException {
        try (InputStream in = TimingStatsTest.class.getResourceAsStream("/report/stats-golden.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            return StreamSupport.stream(root.spliterator(), false).toList();
        }
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("goldenCases")
    void matchesPytestBenchmark(JsonNode golden) {
        List<Double> values = new ArrayList<>();
        golden.get("data").forEach(v -> values.add(v.asDouble()));
        double[] data = values.stream().mapToDouble(Double::doubleValue).toArray();
        JsonNode want = golden.get("stats");

        TimingStats stats = TimingStats.of(data, 1);

        String caseName = golden.get("case").asText();
        assertClose(caseName, "min", stats.min(), want);
        assertClose(caseName, "max", stats.max(), want);
        assertClose(caseName, "mean", stats.mean(), want);
        assertClose(caseName, "stddev", stats.stddev(), want);
        assertClose(caseName, "median", stats.median(), want);
        assertClose(caseName, "q1", stats.q1(), want);
        assertClose(caseName, "q3", stats.q3(), want);
        assertClose(caseName, "iqr", stats.iqr(), want);
        assertClose(caseName, "ld15iqr", stats.ld15iqr(), want);
        assertClose(caseName, "hd15iqr", stats.hd15iqr(), want);
        assertClose(caseName, "ops", stats.ops(), want);
        assertClose(caseName, "total", stats.total(), want);
        assertThat(stats.rounds()).as(caseName + " rounds").isEqualTo(want.get("rounds").asInt());
        assertThat(stats.iqrOutliers()).as(caseName + " iqr_outliers")
                .isEqualTo(want.get("iqr_outliers").asInt());
        assertThat(stats.stddevOutliers()).as(caseName + " stddev_outliers")
                .isEqualTo(want.get("stddev_outliers").asInt());
        assertThat(stats.outliers()).as(caseName + " outliers").isEqualTo(want.get("outliers").asText());
    }

    private static void assertClose(String caseName, String field, double actual, JsonNode want) {
        double expected = want.get(field).asDouble();
        // Python sums with exact fractions; a double sum differs in the last bits only.
        assertThat(actual).as(caseName + " " + field)
                .isCloseTo(expected, within(Math.abs(expected) * 1e-9 + 1e-18));
    }

    @Test
    void keepsDataInRunOrderAndCopiesIt() {
        double[] data = {3, 1, 2};
        TimingStats stats = TimingStats.of(data, 7);
        data[0] = 99;
        assertThat(stats.data()).containsExactly(3, 1, 2);
        stats.data()[1] = 99;
        assertThat(stats.data()).containsExactly(3, 1, 2);
        assertThat(stats.iterations()).isEqualTo(7);
        assertThat(stats.hasData()).isTrue();
    }

    @Test
    void equalStatsAreEqual() {
        assertThat(TimingStats.of(new double[] {1, 2, 3}, 1))
                .isEqualTo(TimingStats.of(new double[] {1, 2, 3}, 1))
                .hasSameHashCodeAs(TimingStats.of(new double[] {1, 2, 3}, 1))
                .isNotEqualTo(TimingStats.of(new double[] {1, 2, 3}, 2));
    }

    @Test
    void rejectsNoRounds() {
        assertThatThrownBy(() -> TimingStats.of(new double[0], 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
