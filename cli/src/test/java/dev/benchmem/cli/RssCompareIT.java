package dev.benchmem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchmem.core.BenchmarkResult;
import dev.benchmem.core.Metric;
import dev.benchmem.core.RunFile;
import dev.benchmem.core.RunFileWriter;
import dev.benchmem.core.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rss} and {@code retained} through the real launcher: our run files carrying the
 * series, and a file in pytest-benchmem 0.5's layout ({@code extra_info.benchmem} with its
 * three series and {@code rss_bytes}) written by the real pytest-benchmark.
 */
class RssCompareIT {

    @TempDir
    Path dir;

    @Test
    void rssAndRetainedOfOurFilesAreComparedAndGated() throws Exception {
        Path base = write("base.json", 60_000_000L, 0L);
        Path grown = write("grown.json", 70_000_000L, 1_040_000L);

        Launcher.Result table = Launcher.run(dir, "compare", base.toString(), grown.toString(), "--metric", "rss,retained");
        assertThat(table.exitCode()).isZero();
        assertThat(table.err()).isEmpty();
        // Only the id that measured them has rows.
        assertThat(table.out()).isEqualTo(String.join("\n",
                "rss (MiB)",
                "id             base  grown  change",
                "──────────────────────────────────",
                "sort[500000]  57.22  66.76  +16.7%",
                "",
                "retained (KiB)",
                "id            base    grown  change",
                "───────────────────────────────────",
                "sort[500000]  0.00  1015.62  from 0",
                ""));

        Launcher.Result gate = Launcher.run(dir, "compare", base.toString(), grown.toString(), "--metric", "rss",
                "--fail-on", "rss:10%", "--fail-on", "retained:1KiB");
        assertThat(gate.exitCode()).isEqualTo(1);
        assertThat(gate.out()).endsWith("2 regressions over thresholds:\n"
                + "  sort[500000] rss      57.22 MiB -> 66.76 MiB   +16.7% (over rss:10%)\n"
                + "  sort[500000] retained  0.00 KiB -> 1015.62 KiB from 0 (over retained:1KiB)\n");

        Launcher.Result within = Launcher.run(dir, "compare", base.toString(), grown.toString(), "--fail-on", "rss:20%");
        assertThat(within.exitCode()).isZero();
    }

    /** The sort suite with rss and retained measured for its largest id only. */
    private Path write(String name, long rss, long retained) throws IOException {
        RunFile sample = Samples.run();
        List<BenchmarkResult> results = new ArrayList<>(Samples.sortSuite());
        BenchmarkResult last = results.remove(results.size() - 1);
        results.add(last.toBuilder().memory(last.memory().with(Metric.RSS, List.of(rss, rss + 4096))
                .with(Metric.RETAINED, List.of(retained, retained))).build());
        Path file = dir.resolve(name);
        RunFileWriter.withData().write(new RunFile(sample.machineInfo(), sample.commitInfo(), results,
                sample.datetime(), sample.version()), file);
        return file;
    }

    @Test
    void rssOfAPytestBenchmem05FileIsShownAndGated() throws Exception {
        Path base = pytestBenchmem05Run();
        // The candidate: the same file, rss of one id grown by 25% (pytest-benchmark's own layout kept).
        Path candidate = dir.resolve("candidate.json");
        Files.writeString(candidate, Files.readString(base).replace("41000000", "51250000"));

        Launcher.Result table = Launcher.run(dir, "compare", base.toString(), candidate.toString(), "--metric", "rss");
        assertThat(table.exitCode()).isZero();
        assertThat(table.out()).startsWith("rss (MiB)\n")
                .contains("test_build[1000]    38.15      38.15   +0.0%")
                .contains("test_build[100000]  39.10      48.88  +25.0%");

        Launcher.Result gate = Launcher.run(dir, "compare", base.toString(), candidate.toString(),
                "--fail-on", "rss:10%");
        assertThat(gate.exitCode()).isEqualTo(1);
        assertThat(gate.out()).endsWith("1 regression over thresholds:\n"
                + "  test_build[100000] rss 39.10 MiB -> 48.88 MiB +25.0% (over rss:10%)\n");
    }

    /**
     * A run of the real pytest-benchmark whose {@code extra_info.benchmem} is laid out as
     * pytest-benchmem 0.5's {@code MemoryResult.as_dict} writes it: {@code peak_bytes},
     * {@code allocations}, {@code total_bytes}, then {@code rss_bytes} of isolated passes.
     * Skipped without python3-pytest-benchmark, failed without it when {@code CI} is set.
     */
    private Path pytestBenchmem05Run() throws IOException, InterruptedException {
        Path suite = dir.resolve("test_rss.py");
        Files.writeString(suite, String.join("\n",
                "import pytest",
                "RSS = {1000: [40000000, 40000000], 100000: [41000000, 41000000]}",
                "@pytest.mark.parametrize('n', [1000, 100000])",
                "def test_build(benchmark, n):",
                "    benchmark.pedantic(bytearray, args=(n,), rounds=3, iterations=1)",
                "    peak = n + 57",
                "    benchmark.extra_info['benchmem'] = {'peak_bytes': [peak, peak], 'allocations': [1, 1],",
                "                                        'total_bytes': [peak, peak], 'rss_bytes': RSS[n]}",
                ""));
        Path json = dir.resolve("base.json");
        Process p;
        try {
            p = new ProcessBuilder("python3", "-m", "pytest", "-q", "-p", "no:cacheprovider",
                    "--benchmark-json=" + json, suite.toString()).directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("pytest.log").toFile()).start();
        } catch (IOException noPython) {
            p = null;
        }
        boolean ran = p != null && p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0;
        if (!ran && System.getenv("CI") == null) {
            Assumptions.abort("python3 with pytest-benchmark (python3-pytest-benchmark) not available");
        }
        assertThat(ran).as("pytest-benchmark run: %s", Files.exists(dir.resolve("pytest.log"))
                ? Files.readString(dir.resolve("pytest.log"), StandardCharsets.UTF_8) : "python3 not found").isTrue();
        return json;
    }
}
