package dev.benchmem.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFileWriterTest {

    @Test
    void writesPytestBenchmarkJson() {
        Golden.in("runfile").assertMatches("run.json", RunFileWriter.withData().toJson(Samples.run()));
    }

    @Test
    void streamsTheSameBytesAsTheText() throws IOException {
        Map<String, Object> machine = new LinkedHashMap<>(Samples.run().machineInfo());
        machine.put("node", "h\u00f4te-\u65e5\u672c-\ud83d\ude80");
        RunFile run = Samples.run();
        RunFile nonAscii = new RunFile(machine, run.commitInfo(), run.benchmarks(), run.datetime(), run.version());
        for (RunFile r : List.of(run, nonAscii)) {
            for (RunFileWriter writer : List.of(RunFileWriter.withData(), RunFileWriter.withoutData())) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                writer.write(r, out);
                assertThat(out.toByteArray()).isEqualTo(writer.toJson(r).getBytes(StandardCharsets.UTF_8));
            }
        }
        assertThat(RunFileWriter.withData().toJson(nonAscii)).contains("h\\u00F4te-\\u65E5\\u672C-\\uD83D\\uDE80");
    }

    @Test
    void leavesDataOutWhenAsked() {
        String json = RunFileWriter.withoutData().toJson(Samples.run());
        assertThat(json).doesNotContain("\"data\"").contains("\"iterations\": 40");
    }

    @Test
    void roundTripsThroughTheReader(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sub/run.json");
        RunFile run = Samples.run();

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
        RunFileWriter.withoutData().write(Samples.run(), file);
        assertThat(RunFileReader.read(file).benchmarks()).hasSize(3);
    }
}
