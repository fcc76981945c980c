package dev.benchmem.harness.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.benchmem.harness.suites.ReferenceSortSuite;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Identical code reads identical peaks: the reference's sort suite, run three times, reads
 * exactly the array it returns (4n+16 bytes) in every memory pass of every run, at every
 * size, on JDK 17 and JDK 25. Before the baseline waited for the reference threads and
 * readings were bounded by the bytes allocated, one pass in a few read 320 bytes low or
 * 280 bytes high, and the minimum over passes made a compare of two runs of the same code
 * show {@code sort[10000] -0.8%}.
 */
class IdenticalPeaksIT {

    private static final String MAIN = "dev.benchmem.harness.Main";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jdk17(@TempDir Path dir) throws Exception {
        assertSamePeaks(Path.of(System.getProperty("java.home")), dir);
    }

    @Test
    void jdk25(@TempDir Path dir) throws Exception {
        assertSamePeaks(Jvm.jdk25OrSkip(), dir);
    }

    private static void assertSamePeaks(Path javaHome, Path dir) throws Exception {
        for (int run = 1; run <= 3; run++) {
            String json = "run" + run + ".json";
            Jvm jvm = Jvm.run(javaHome, dir, List.of("-javaagent:" + Jvm.AGENT_JAR), MAIN, "-c",
                    ReferenceSortSuite.class.getName(), "--benchmark-json=" + json, "-q",
                    "--benchmark-max-time=0.05", "--benchmark-min-rounds=3", "--benchmark-warmup=off");
            assertThat(jvm.exit()).as(jvm.out() + jvm.err()).isZero();
            JsonNode benchmarks = JSON.readTree(dir.resolve(json).toFile()).path("benchmarks");
            assertThat(benchmarks).hasSize(4);
            int runNumber = run;
            for (JsonNode b : benchmarks) {
                long n = b.path("params").path("n").asLong();
                JsonNode peaks = b.path("extra_info").path("benchmem").path("peak_bytes");
                assertThat(peaks.size()).as("passes").isGreaterThanOrEqualTo(2);
                peaks.forEach(p -> assertThat(p.asLong()).as("run %d, %s, passes %s", runNumber, b.path("name").asText(), peaks)
                        .isEqualTo(4 * n + 16));
            }
        }
    }
}
