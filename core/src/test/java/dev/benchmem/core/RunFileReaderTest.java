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
                .hasMessageEndingWith(": benchmark 'a': extra_info.benchmem series differ in length: peak_bytes 2, "
                        + "total_bytes 2, allocations 2, rss_bytes 1");
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
                .hasMessageEndingWith(": benchmark 'a': extra_info.benchmem.retained_bytes is \"x\", expected a number");
    }

    @Test
    void badFilesGetOneLineNamingTheFileAndTheProblem() throws IOException {
        Path missing = dir.resolve("missing.json");
        assertThatThrownBy(() -> RunFileReader.read(missing))
                .isInstanceOf(RunFileException.class).hasMessage(missing + ": no such file");

        Path notJson = file("{\"benchmarks\": [");
        assertThatThrownBy(() -> RunFileReader.read(notJson))
                .hasMessageStartingWith(notJson + ": malformed JSON at line 1, column 17: ").hasMessageNotContaining("\n");

        assertThatThrownBy(() -> RunFileReader.read(file("")))
                .hasMessageEndingWith(": empty file, not a benchmark run");
        assertThatThrownBy(() -> RunFileReader.read(file("[1, 2]")))
                .hasMessageEndingWith(": not a benchmark run (expected a JSON object)");
        assertThatThrownBy(() -> RunFileReader.read(file("{\"machine_info\": {}}")))
                .hasMessageEndingWith(": not a benchmark run (no \"benchmarks\" array)");
        assertThatThrownBy(() -> RunFileReader.read(file("{\"benchmarks\": [{\"fullname\": \"t#a\"}]}")))
                .hasMessageEndingWith(": benchmark #1 has no \"name\"");
        assertThatThrownBy(() -> RunFileReader.read(file("{\"benchmarks\": [1]}")))
                .hasMessageEndingWith(": benchmark #1 is not an object");
    }

    @Test
    void mismatchedMemorySeriesAreReported() throws IOException {
        RunFile run = Samples.run();
        String json = RunFileWriter.withData().toJson(new RunFile(run.machineInfo(),
                run.commitInfo(), List.of(run.benchmarks().get(0)), run.datetime(), run.version()))
                .replaceFirst("\"allocations\": \\[\\s*1,", "\"allocations\": [");
        Path broken = file(json);
        assertThatThrownBy(() -> RunFileReader.read(broken))
                .hasMessage(broken + ": benchmark 'sort[10000]': extra_info.benchmem series "
                        + "differ in length: peak_bytes 2, total_bytes 2, allocations 1");
    }

    @Test
    void absentValuesStayAbsentAndAreNotWrittenBack() throws IOException {
        RunFile run = RunFileReader.read(file("{\"benchmarks\": [{\"name\": \"a\", \"params\": null, "
                + "\"stats\": {\"min\": 1, \"max\": 3, \"mean\": 2, \"median\": 2, \"stddev\": NaN, "
                + "\"rounds\": 3, \"data\": [1, 2, null, 3]}}]}"));

        BenchmarkResult a = run.benchmarks().get(0);
        assertThat(a.fullname()).isEqualTo("a");
        assertThat(a.params()).isEmpty();
        assertThat(a.memory()).isNull();
        TimingStats s = a.stats();
        assertThat(s.min()).isEqualTo(1);
        assertThat(s.stddev()).isNaN();
        assertThat(s.q1()).isNaN();
        assertThat(s.iterations()).isEqualTo(TimingStats.ABSENT);
        assertThat(s.outliers()).isNull();
        assertThat(s.data()).containsExactly(1, 2, 3);
        assertThat(run.datetime()).isEmpty();
        String again = RunFileWriter.withData().toJson(run);
        assertThat(again).contains("\"rounds\": 3").doesNotContain("\"q1\"", "\"iterations\"", "\"outliers\"",
                "\"stddev\"");
    }

    @Test
    void olderPytestBenchmemLayoutsRead() throws IOException {
        RunFile run = RunFileReader.read(file("{\"benchmarks\": ["
                // scalars right in extra_info
                + "{\"name\": \"a\", \"extra_info\": {\"peak_bytes\": 80016, \"allocated_bytes\": 80032, "
                + "\"allocations\": 2, \"impl\": \"timsort\"}, " + STATS + "},"
                // pytest-benchmem 0.2: one scalar per metric, and the passes' summary beside them
                + "{\"name\": \"b\", \"extra_info\": {\"benchmem\": {\"peak_bytes\": 100, \"peak_bytes_max\": 120, "
                + "\"allocations\": 3, \"total_bytes\": 300, \"repeats\": 5}}, " + STATS + "},"
                // only some series, and a fraction from float arithmetic
                + "{\"name\": \"c\", \"extra_info\": {\"benchmem\": {\"peak_bytes\": [7.000000001, 9]}}, " + STATS + "}]}"));

        BenchmarkResult a = run.benchmarks().get(0);
        assertThat(a.memory().peakBytes()).containsExactly(80_016L);
        assertThat(a.memory().totalBytes()).containsExactly(80_032L);
        assertThat(a.memory().allocations()).containsExactly(2L);
        assertThat(a.extraInfo()).isEqualTo(Map.of("impl", "timsort"));
        MemoryPasses b = run.benchmarks().get(1).memory();
        assertThat(b).isEqualTo(new MemoryPasses(List.of(100L), List.of(300L), List.of(3L), List.of(), List.of(),
                Map.of("peak_bytes_max", 120, "repeats", 5)));
        MemoryPasses c = run.benchmarks().get(2).memory();
        assertThat(c.peakBytes()).containsExactly(7L, 9L);
        assertThat(c.has(Metric.PEAK)).isTrue();
        assertThat(c.has(Metric.ALLOCATIONS)).isFalse();
        assertThat(c.passes()).isEqualTo(2);
    }

    @Test
    void roundsLeftOutAreCheckedButNotKept() throws IOException {
        String stats = "\"stats\": {\"min\": 1, \"max\": 2, \"mean\": 1.5, \"rounds\": 2, \"data\": [1, 2]}";
        Path run = file("{\"benchmarks\": [{\"name\": \"a\", " + stats + "}, "
                + "{\"name\": \"b\", \"stats\": {\"data\": [4, 5, 6]}}]}");
        List<BenchmarkResult> read = new java.util.ArrayList<>();

        RunFile header = RunFileReader.read(run, false, read::add);

        assertThat(header.benchmarks()).isEmpty();
        assertThat(read.get(0).stats().data()).isEmpty();
        assertThat(read.get(0).stats().dataLeftOut()).isTrue();
        // no minimum to stand in for them: the rounds are kept
        assertThat(read.get(1).stats().data()).containsExactly(4, 5, 6);
        assertThat(read.get(1).stats().dataLeftOut()).isFalse();
        assertThat(RunFileReader.read(run).benchmarks().get(0).stats().data()).containsExactly(1, 2);

        Path bad = file("{\"benchmarks\": [{\"name\": \"a\", " + stats.replace("[1, 2]", "[1, \"x\"]") + "}]}");
        assertThatThrownBy(() -> RunFileReader.read(bad, false, b -> { }))
                .hasMessage(bad + ": benchmark 'a': stats.data is \"x\", expected a number");
    }

    @Test
    void presentButMalformedValuesNameTheBenchmarkAndTheField() throws IOException {
        Map<String, String> cases = Map.of(
                "\"stats\": {\"min\": \"fast\"}", "benchmark 'a': stats.min is \"fast\", expected a number",
                "\"stats\": {\"rounds\": 2.5}", "benchmark 'a': stats.rounds is 2.5, expected a whole number",
                "\"stats\": [1]", "benchmark 'a': stats is a list, expected an object",
                "\"params\": \"n=1\"", "benchmark 'a': params is \"n=1\", expected an object",
                "\"extra_info\": {\"benchmem\": {\"rss_bytes\": [{}]}}",
                "benchmark 'a': extra_info.benchmem.rss_bytes is an object, expected a number",
                "\"extra_info\": {\"allocations\": \"many\"}",
                "benchmark 'a': extra_info.allocations is \"many\", expected a number");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            // the bad value comes before the name: the reader reads on to name the benchmark
            Path bad = file("{\"benchmarks\": [{" + c.getKey() + ", \"name\": \"a\"}]}");
            assertThatThrownBy(() -> RunFileReader.read(bad)).as(c.getKey())
                    .isInstanceOf(RunFileException.class).hasMessage(bad + ": " + c.getValue());
        }
        Path root = file("{\"machine_info\": [1], \"benchmarks\": []}");
        assertThatThrownBy(() -> RunFileReader.read(root)).hasMessage(root + ": machine_info is a list, expected an object");
    }
}
