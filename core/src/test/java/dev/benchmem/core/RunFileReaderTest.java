package dev.benchmem.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFileReaderTest {

    @TempDir
    Path dir;

    private Path resource(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/runfile/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    /** A complete stats block of one round of one second. */
    private static final String STATS = "\"stats\": {\"min\": 1, \"max\": 1, \"mean\": 1, \"stddev\": 0, "
            + "\"rounds\": 1, \"median\": 1, \"iqr\": 0, \"q1\": 1, \"q3\": 1, \"iqr_outliers\": 0, "
            + "\"stddev_outliers\": 0, \"ld15iqr\": 1, \"hd15iqr\": 1, \"total\": 1, "
            + "\"iterations\": 1}";

    private Path file(String json) throws IOException {
        return Files.writeString(dir.resolve("run.json"), json);
    }

    @Test
    void readsAFileWrittenByPytestBenchmark() throws IOException {
        RunFile run = RunFileReader.read(resource("pytest-benchmark-5.2.3.json"));

        assertThat(run.version()).isEqualTo("5.2.3");
        assertThat(run.machineInfo()).containsEntry("python_implementation", "CPython");
        assertThat(run.commitInfo()).containsEntry("id", "unversioned");
        assertThat(run.hasMemory()).isFalse();
        BenchmarkResult sort = run.benchmarks().get(0);
        assertThat(sort.name()).isEqualTo("test_sort[100]");
        assertThat(sort.fullname()).isEqualTo("test_x.py::test_sort[100]");
        assertThat(sort.params()).isEqualTo(Map.of("n", 100));
        assertThat(sort.param()).isEqualTo("100");
        assertThat(sort.extraInfo()).isEqualTo(Map.of("foo", 1));
        assertThat(sort.stats().rounds()).isEqualTo(2547);
        assertThat(sort.stats().outliers()).isEqualTo("10;296");
        assertThat(sort.stats().data()).hasSize(5);
        assertThat(sort.memory()).isNull();
        BenchmarkResult plain = run.benchmarks().get(2);
        assertThat(plain.params()).isEmpty();
        assertThat(plain.param()).isNull();
        assertThat(plain.stats().iterations()).isEqualTo(4);
    }

    @Test
    void readsMemorySeriesAndSinglePassScalars() throws IOException {
        RunFile run = RunFileReader.read(file("{\"benchmarks\": ["
                + "{\"name\": \"a\", \"fullname\": \"t#a\", \"extra_info\": {\"benchmem\": "
                + "{\"peak_bytes\": [10, 12], \"total_bytes\": [20, 20], \"allocations\": [2, 2]}}, "
                + STATS + "},"
                + "{\"name\": \"b\", \"fullname\": \"t#b\", \"extra_info\": {\"k\": \"v\", \"benchmem\": "
                + "{\"peak_bytes\": 5, \"total_bytes\": 6, \"allocations\": 7}}, " + STATS + "}]}"));

        MemoryPasses a = run.benchmarks().get(0).memory();
        assertThat(a.passes()).isEqualTo(2);
        assertThat(a.headline(Metric.PEAK)).isEqualTo(10);
        assertThat(a.max(Metric.PEAK)).isEqualTo(12);
        assertThat(run.benchmarks().get(1).memory()).isEqualTo(MemoryPasses.single(5, 6, 7));
        assertThat(run.benchmarks().get(1).extraInfo()).isEqualTo(Map.of("k", "v"));
        // no "ops" (pytest-benchmark before 3.1): 1 / mean
        assertThat(run.benchmarks().get(0).stats().ops()).isEqualTo(1.0);
        assertThat(run.hasMemory()).isTrue();
    }

    @Test
    void rssAndOtherSeriesAreKeptAndWrittenBack() throws IOException {
        RunFile run = RunFileReader.read(file("{\"benchmarks\": ["
                + "{\"name\": \"a\", \"fullname\": \"t#a\", \"extra_info\": {\"benchmem\": "
                + "{\"peak_bytes\": [10, 12], \"allocations\": [2, 2], \"total_bytes\": [20, 20], "
                + "\"rss_bytes\": [41943040, 42991616], \"calls\": 3}}, " + STATS + "}]}"));

        MemoryPasses a = run.benchmarks().get(0).memory();
        assertThat(a.rssBytes()).containsExactly(41_943_040L, 42_991_616L);
        assertThat(a.otherSeries()).isEqualTo(Map.of("calls", 3));
        RunFile again = RunFileReader.read(file(RunFileWriter.withData().toJson(run)));
        assertThat(again.benchmarks().get(0).memory()).isEqualTo(a);

        assertThatThrownBy(() -> RunFileReader.read(file("{\"benchmarks\": [{\"name\": \"a\", "
                + "\"fullname\": \"t#a\", \"extra_info\": {\"benchmem\": {\"peak_bytes\": [10, 12], "
                + "\"allocations\": [2, 2], \"total_bytes\": [20, 20], \"rss_bytes\": [1]}}, " + STATS + "}]}")))
                .hasMessageEndingWith("memory series differ in length: peak_bytes 2, total_bytes 2, "
                        + "allocations 2, rss_bytes 1");
    }

    @Test
    void retainedIsASeriesLikeRssAndEitherMayBeAbsent() throws IOException {
        RunFile run = RunFileReader.read(file("{\"benchmarks\": ["
                + "{\"name\": \"a\", \"fullname\": \"t#a\", \"extra_info\": {\"benchmem\": "
                + "{\"peak_bytes\": [10, 12], \"total_bytes\": [20, 20], \"allocations\": [2, 2], "
                + "\"retained_bytes\": [1040000, 1040016]}}, " + STATS + "}]}"));

        MemoryPasses a = run.benchmarks().get(0).memory();
        assertThat(a.has(Metric.RETAINED)).isTrue();
        assertThat(a.has(Metric.RSS)).isFalse();
        assertThat(a.headline(Metric.RETAINED)).isEqualTo(1_040_000);
        assertThat(a.max(Metric.RETAINED)).isEqualTo(1_040_016);
        assertThat(a.otherSeries()).isEmpty();
        assertThatThrownBy(() -> a.headline(Metric.RSS)).hasMessage("rss was not measured");
        String json = RunFileWriter.withData().toJson(run);
        assertThat(json).contains("\"retained_bytes\"").doesNotContain("rss_bytes");
        assertThat(RunFileReader.read(file(json)).benchmarks().get(0).memory()).isEqualTo(a);

        assertThatThrownBy(() -> RunFileReader.read(file("{\"benchmarks\": [{\"name\": \"a\", "
                + "\"fullname\": \"t#a\", \"extra_info\": {\"benchmem\": {\"peak_bytes\": [10], "
                + "\"allocations\": [2], \"total_bytes\": [20], \"retained_bytes\": [\"x\"]}}, " + STATS + "}]}")))
                .hasMessageEndingWith("extra_info.benchmem.retained_bytes is not a list of numbers");
    }

    @Test
    void badFilesGetOneLineNamingTheFileAndTheProblem() throws IOException {
        Path missing = dir.resolve("missing.json");
        assertThatThrownBy(() -> RunFileReader.read(missing))
                .isInstanceOf(RunFileException.class).hasMessage(missing + ": no such file");

        Path notJson = file("{\"benchmarks\": [");
        assertThatThrownBy(() -> RunFileReader.read(notJson))
                .hasMessageStartingWith(notJson + ": not JSON: ").hasMessageNotContaining("\n");

        assertThatThrownBy(() -> RunFileReader.read(file("[1, 2]")))
                .hasMessageEndingWith(": not a run file (expected a JSON object)");
        assertThatThrownBy(() -> RunFileReader.read(file("{\"machine_info\": {}}")))
                .hasMessageEndingWith(": not a run file (no \"benchmarks\" list)");
        assertThatThrownBy(() -> RunFileReader.read(file("{\"benchmarks\": [{\"name\": \"a\"}]}")))
                .hasMessageEndingWith(": benchmarks[0]: no \"fullname\"");
        assertThatThrownBy(() -> RunFileReader.read(file(
                "{\"benchmarks\": [{\"name\": \"a\", \"fullname\": \"t#a\", \"stats\": {\"min\": 1}}]}")))
                .hasMessageEndingWith(": benchmarks[0] (a): stats.max missing or not a number");
    }

    @Test
    void mismatchedMemorySeriesAreReported() throws IOException {
        RunFile run = Samples.run();
        String json = RunFileWriter.withData().toJson(new RunFile(run.machineInfo(),
                run.commitInfo(), List.of(run.benchmarks().get(0)), run.datetime(), run.version()))
                .replaceFirst("\"allocations\": \\[\\s*1,", "\"allocations\": [");
        Path broken = file(json);
        assertThatThrownBy(() -> RunFileReader.read(broken))
                .hasMessage(broken + ": benchmarks[0] (sort[10000]): extra_info.benchmem: memory series "
                        + "differ in length: peak_bytes 2, total_bytes 2, allocations 1");
    }
}
