package dev.benchmem.analysis.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.benchmem.analysis.Fixtures;
import dev.benchmem.analysis.LongTable;
import dev.benchmem.core.Metric;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dashboard exports of two harness-written runs, against schemas written from the formats' own documents. */
class ExportFormatTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final LongTable runs = Fixtures.load("harness/main.json", "harness/pr.json");

    private List<DeltaTable> tables(Metric... metrics) {
        List<DeltaTable> tables = new ArrayList<>();
        for (Metric m : metrics) {
            tables.addAll(Comparison.tables(runs, m, new CompareOptions(dev.benchmem.analysis.Stat.MIN, SortOrder.NAME, "class", null)));
        }
        return tables;
    }

    private static JsonSchema schema(String name) throws Exception {
        try (InputStream in = ExportFormatTest.class.getResourceAsStream("/schemas/" + name)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    @Test
    void githubActionBenchmarkIsOneEntryPerIdAndMetricWithTheUnitInTheName() throws Exception {
        JsonNode doc = JSON.readTree(ExportFormat.GITHUB_ACTION_BENCHMARK.render(tables(Metric.TIME, Metric.PEAK, Metric.ALLOCATIONS)));

        assertThat(schema("github-action-benchmark-custom.json").validate(doc)).isEmpty();
        assertThat(doc).hasSize(12 * 3);
        assertThat(doc.findValuesAsText("name")).contains("sort[500000] - peak (bytes)", "sort[500000] - allocations (allocations)")
                .doesNotHaveDuplicates();
        JsonNode sortTime = doc.get(8 * 3); // SortBench's first id, after the 8 of CollectionsBench
        assertThat(sortTime.get("name").asText()).isEqualTo("sort[10000] - time (ns)");
        assertThat(sortTime.get("unit").asText()).isEqualTo("ns");
        // the candidate's (last run's) minimum round, in nanoseconds
        assertThat(sortTime.get("value").asDouble())
                .isEqualTo(tables(Metric.TIME).get(1).rows().get(0).candidate() * 1e9, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void bencherIsOneMeasurePerMetric() throws Exception {
        JsonNode doc = JSON.readTree(ExportFormat.BENCHER.render(tables(Metric.TIME, Metric.PEAK, Metric.ALLOCATED, Metric.ALLOCATIONS)));

        assertThat(schema("bencher-metric-format.json").validate(doc)).isEmpty();
        assertThat(doc.size()).isEqualTo(12);
        JsonNode sort = doc.get("sort[500000]");
        assertThat(sort.fieldNames()).toIterable().containsExactly("latency", "peak-bytes", "allocated-bytes", "allocations");
        assertThat(sort.get("peak-bytes").get("value").asLong()).isEqualTo(2_000_016); // int[500000]: 16 + 4 n bytes
        assertThat(sort.get("allocations").get("value").asLong()).isEqualTo(1);
    }

    @Test
    void theSchemasRejectWhatTheFormatsDoNotAllow() throws Exception {
        assertThat(schema("bencher-metric-format.json").validate(JSON.readTree("{\"a\": {\"latency\": {\"lower_value\": 1}}}"))).isNotEmpty();
        assertThat(schema("github-action-benchmark-custom.json").validate(JSON.readTree("[{\"name\": \"a\", \"value\": 1}]"))).isNotEmpty();
    }
}
