package dev.benchmem.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files written by the Python tools read with every value intact. The oracle is an independent
 * parse of the same file (Jackson's tree): the run read by {@link RunFileReader} and written
 * again by {@link RunFileWriter} must hold the very same JSON values, and the model's own
 * accessors must give the values the tree holds.
 *
 * <p>The pytest-benchmark file is made here, by Debian's {@code python3 -m pytest} with
 * pytest-benchmark 5.x ({@code python3-pytest-benchmark}). Without them the test fails and
 * says so; set {@code BENCHMEM_SKIP_PYTHON=1} to skip it instead.
 */
class PytestBenchmarkFilesTest {

    private static final ObjectMapper TREE = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    /** A tiny suite: parametrized, a class, a group, extra info, pedantic iterations. */
    private static final String SUITE = """
            import pytest

            @pytest.mark.parametrize("n", [100, 1000])
            def test_sort(benchmark, n):
                benchmark.extra_info["impl"] = "timsort"
                benchmark.extra_info["sizes"] = [n, 2 * n]
                benchmark(sorted, list(range(n, 0, -1)))

            class TestGroup:
                @pytest.mark.benchmark(group="pedantic")
                def test_join(self, benchmark):
                    benchmark.pedantic("-".join, args=(["a"] * 50,), iterations=4, rounds=7)
            """;

    @Test
    void pytestBenchmarkFileReadsWithEveryValueIntact(@TempDir Path dir) throws Exception {
        Path file = pytestBenchmarkRun(dir);
        JsonNode tree = TREE.readTree(file.toFile());
        assertThat(tree.get("version").asText()).as("pytest-benchmark version").startsWith("5.");

        RunFile run = RunFileReader.read(file);

        assertEveryValueIntact(run, tree);
        assertThat(run.hasMemory()).isFalse();
        assertThat(run.benchmarks()).extracting(BenchmarkResult::name)
                .containsExactly("test_sort[100]", "test_sort[1000]", "test_join");
        BenchmarkResult join = run.benchmarks().get(2);
        assertThat(join.fullname()).isEqualTo("test_suite.py::TestGroup::test_join");
        assertThat(join.group()).isEqualTo("pedantic");
        assertThat(join.stats().iterations()).isEqualTo(4);
        assertThat(join.stats().rounds()).isEqualTo(7);
        assertThat(join.stats().data()).hasSize(7);
        BenchmarkResult sort = run.benchmarks().get(1);
        assertThat(sort.params()).isEqualTo(Map.of("n", 1000));
        assertThat(sort.param()).isEqualTo("1000");
        assertThat(sort.extraInfo()).isEqualTo(Map.of("impl", "timsort", "sizes", List.of(1000, 2000)));
    }

    @Test
    void pytestBenchmem05FileKeepsEverySeriesIncludingRss(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("pytest-benchmem-0.5.json");
        try (InputStream in = getClass().getResourceAsStream("/runfile/pytest-benchmem-0.5.json")) {
            Files.copy(in, file);
        }
        JsonNode tree = TREE.readTree(file.toFile());

        RunFile run = RunFileReader.read(file);

        assertEveryValueIntact(run, tree);
        BenchmarkResult isolated = run.benchmarks().get(1);
        assertThat(isolated.name()).isEqualTo("test_build[100000]");
        assertThat(isolated.extraInfo()).isEqualTo(Map.of("op", "build"));
        MemoryPasses m = isolated.memory();
        assertThat(m.peakBytes()).containsExactly(800_056L, 800_056L, 800_088L);
        assertThat(m.allocations()).containsExactly(1L, 1L, 2L);
        assertThat(m.totalBytes()).containsExactly(800_056L, 800_056L, 800_120L);
        assertThat(m.rssBytes()).containsExactly(32_257_280L, 32_261_376L, 32_253_184L);
        assertThat(m.headline(Metric.PEAK)).isEqualTo(800_056L);
        assertThat(m.otherSeries()).isEmpty();
        MemoryPasses inProcess = run.benchmarks().get(2).memory();
        assertThat(inProcess.has(Metric.RSS)).isFalse();
        assertThat(inProcess.passes()).isEqualTo(2);
    }

    /**
     * Every value of the file as read: the model's values against the tree's, then the run
     * written again against the file, value for value (key order aside).
     */
    private static void assertEveryValueIntact(RunFile run, JsonNode tree) throws IOException {
        JsonNode benchmarks = tree.get("benchmarks");
        assertThat(run.benchmarks()).hasSize(benchmarks.size());
        for (int i = 0; i < benchmarks.size(); i++) {
            JsonNode b = benchmarks.get(i);
            TimingStats s = run.benchmarks().get(i).stats();
            JsonNode st = b.get("stats");
            assertThat(s.min()).isEqualTo(st.get("min").doubleValue());
            assertThat(s.median()).isEqualTo(st.get("median").doubleValue());
            assertThat(s.stddev()).isEqualTo(st.get("stddev").doubleValue());
            assertThat(s.hd15iqr()).isEqualTo(st.get("hd15iqr").doubleValue());
            assertThat(s.ops()).isEqualTo(st.get("ops").doubleValue());
            assertThat(s.outliers()).isEqualTo(st.get("outliers").asText());
            List<Double> data = new ArrayList<>();
            st.get("data").forEach(d -> data.add(d.doubleValue()));
            assertThat(s.data()).containsExactly(data.stream().mapToDouble(Double::doubleValue).toArray());
        }
        JsonNode again = TREE.readTree(RunFileWriter.withData().toJson(run));
        if (!again.equals(tree)) {
            fail("read and written again, the run differs from the file:\n"
                    + TREE.writerWithDefaultPrettyPrinter().writeValueAsString(again));
        }
    }

    /** Runs {@link #SUITE} under pytest-benchmark; its {@code --benchmark-json} file. */
    private static Path pytestBenchmarkRun(Path dir) throws IOException, InterruptedException {
        if ("1".equals(System.getenv("BENCHMEM_SKIP_PYTHON"))) {
            org.junit.jupiter.api.Assumptions.abort("BENCHMEM_SKIP_PYTHON=1: pytest-benchmark not run");
        }
        Files.writeString(dir.resolve("test_suite.py"), SUITE);
        Path json = dir.resolve("run.json");
        Process p;
        try {
            p = new ProcessBuilder("python3", "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_suite.py",
                    "--benchmark-json=" + json, "--benchmark-min-rounds=5", "--benchmark-max-time=0.001",
                    "--benchmark-warmup=off")
                    .directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException noPython) {
            throw new AssertionError("python3 is not installed: install Debian's python3-pytest-benchmark "
                    + "(or set BENCHMEM_SKIP_PYTHON=1 to skip this test)", noPython);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        if (p.exitValue() != 0 || !Files.exists(json)) {
            fail("python3 -m pytest with pytest-benchmark failed (install Debian's python3-pytest-benchmark, "
                    + "or set BENCHMEM_SKIP_PYTHON=1 to skip this test):\n" + out);
        }
        return json;
    }
}
