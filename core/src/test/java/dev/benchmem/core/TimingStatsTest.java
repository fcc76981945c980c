package dev.benchmem.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class TimingStatsTest {

    /** Cases and pytest-benchmark's own results, from {@code runfile/stats-golden.py}. */
    static List<JsonNode> goldenCases() throws IOException {
        try (InputStream in = TimingStatsTest.class.getResourceAsStream("/runfile/stats-golden.json")) {
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
        Map<String, ToDoubleFunction<TimingStats>> fields = new LinkedHashMap<>();
        fields.put("min", TimingStats::min);
        fields.put("max", TimingStats::max);
        fields.put("mean", TimingStats::mean);
        fields.put("stddev", TimingStats::stddev);
        fields.put("median", TimingStats::median);
        fields.put("q1", TimingStats::q1);
        fields.put("q3", TimingStats::q3);
        fields.put("iqr", TimingStats::iqr);
        fields.put("ld15iqr", TimingStats::ld15iqr);
        fields.put("hd15iqr", TimingStats::hd15iqr);
        fields.put("ops", TimingStats::ops);
        fields.put("total", TimingStats::total);
        fields.forEach((field, get) -> {
            double expected = want.get(field).asDouble();
            // Python sums with exact fractions; a double sum differs in the last bits only.
            assertThat(get.applyAsDouble(stats)).as(caseName + " " + field)
                    .isCloseTo(expected, within(Math.abs(expected) * 1e-9 + 1e-18));
        });
        assertThat(stats.rounds()).as(caseName + " rounds").isEqualTo(want.get("rounds").asInt());
        assertThat(stats.iqrOutliers()).as(caseName + " iqr_outliers")
                .isEqualTo(want.get("iqr_outliers").asInt());
        assertThat(stats.stddevOutliers()).as(caseName + " stddev_outliers")
                .isEqualTo(want.get("stddev_outliers").asInt());
        assertThat(stats.outliers()).as(caseName + " outliers").isEqualTo(want.get("outliers").asText());
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
