package dev.benchmem.harness.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFileWriterTest {

    /** A run with fixed machine and commit info, so that its JSON is a golden file. */
    static RunFile sampleRun() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("node", "vm");
        machine.put("processor", "");
        machine.put("machine", "x86_64");
        machine.put("release", "6.18.44");
        machine.put("system", "Linux");
        machine.put("java_vm_name", "OpenJDK 64-Bit Server VM");
        machine.put("java_gc", List.of("G1 Young Generation", "G1 Old Generation"));
        machine.put("java_heap_max", 536_870_912);
        machine.put("cpu", Map.of("count", 2));
        Map<String, Object> commit = new LinkedHashMap<>();
        commit.put("id", "8a09a76c0ffee");
        commit.put("time", "2026-11-27T14:30:00+00:00");
        commit.put("author_time", "2026-11-27T14:30:00+00:00");
        commit.put("dirty", false);
        commit.put("project", "benchmem");
        commit.put("branch", "main");

        List<BenchmarkResult> results = new ArrayList<>(Samples.sortSuite().subList(0, 2));
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("parser", "jackson");
        extra.put("bytes_in", 1234);
        results.add(BenchmarkResult.builder("parse", "com.example.JsonBench#parse").group("json")
                .extraInfo(extra).options(Map.of("disable_gc", true))
                .stats(Samples.rounds(2.5e-6, 40)).build());
        results.add(BenchmarkResult.builder("broken", "com.example.JsonBench#broken")
                .outcome(Outcome.FAILED, "boom").build());
        return new RunFile(machine, commit, results, "2026-11-27T14:32:42.319002+00:00",
                "0.1.0");
    }

    @Test
    void writesPytestBenchmarkJson() {
        Golden.assertMatches("run.json", RunFileWriter.withData().toJson(sampleRun()));
    }

    @Test
    void leavesDataOutWhenAsked() {
        String json = RunFileWriter.withoutData().toJson(sampleRun());
        assertThat(json).doesNotContain("\"data\"").contains("\"iterations\": 40");
    }

    @Test
    void roundTripsThroughTheReader(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sub/run.json");
        RunFile run = sampleRun();

        RunFileWriter.withData().write(run, file);
        RunFile back = RunFileReader.read(file);

        assertThat(back.machineInfo()).isEqualTo(run.machineInfo());
        assertThat(back.commitInfo()).isEqualTo(run.commitInfo());
        assertThat(back.datetime()).isEqualTo(run.datetime());
        // the failed benchmark had no stats, so it is not in the file
        assertThat(back.benchmarks()).hasSize(3);
        for (int i = 0; i < 3; i++) {
            BenchmarkResult want = run.benchmarks().get(i);
            BenchmarkResult got = back.benchmarks().get(i);
            assertThat(got.stats()).isEqualTo(want.stats());
            assertThat(got.memory()).isEqualTo(want.memory());
            assertThat(got.params()).isEqualTo(want.params());
            assertThat(got.extraInfo()).isEqualTo(want.extraInfo());
            assertThat(got).usingRecursiveComparison().ignoringFields("stats", "options")
                    .isEqualTo(want);
        }
        assertThat(Files.list(dir.resolve("sub"))).containsExactly(file);
    }

    @Test
    void writingReplacesTheWholeFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("run.json");
        Files.writeString(file, "x".repeat(100_000));
        RunFileWriter.withoutData().write(sampleRun(), file);
        assertThat(RunFileReader.read(file).benchmarks()).hasSize(3);
    }

    @Test
    void currentRunCarriesThisJvm(@TempDir Path dir) {
        RunFile run = RunFile.current(Samples.sortSuite(), dir);
        assertThat(run.machineInfo()).containsKeys("node", "machine", "system", "java_vm_name",
                "java_version", "java_gc", "java_heap_max", "cpu");
        assertThat(run.commitInfo()).containsEntry("id", null).containsKey("project");
        assertThat(run.datetime()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}\\+00:00");
        assertThat(run.hasMemory()).isTrue();
    }
}
