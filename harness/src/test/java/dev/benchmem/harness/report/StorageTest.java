package dev.benchmem.harness.report;

import dev.benchmem.core.Threshold;
import dev.benchmem.core.Gate;
import dev.benchmem.core.Samples;
import dev.benchmem.core.RunFileReader;
import dev.benchmem.core.RunFileWriter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorageTest {

    @TempDir
    Path root;

    @Test
    void numbersRunsPerMachineAndFindsTheLatest() throws IOException {
        Storage storage = Storage.of(root, "Linux-OpenJDK-17-64bit");
        assertThat(storage.latest()).isEmpty();

        Path first = storage.save(Samples.run(), "main", RunFileWriter.withoutData());
        Path second = storage.save(Samples.run(), "pr-42", RunFileWriter.withData());
        Path third = storage.save(Samples.run(), "main", RunFileWriter.withoutData());

        Path dir = root.resolve("Linux-OpenJDK-17-64bit");
        assertThat(first).isEqualTo(dir.resolve("0001_main.json"));
        assertThat(second).isEqualTo(dir.resolve("0002_pr-42.json"));
        assertThat(third).isEqualTo(dir.resolve("0003_main.json"));
        assertThat(storage.runs()).containsExactly(first, second, third);
        assertThat(storage.latest()).contains(third);
        assertThat(storage.find("2")).contains(second);
        assertThat(storage.find("0001_main")).contains(first);
        assertThat(storage.find("0009")).isEmpty();
        assertThat(RunFileReader.read(second).benchmarks()).hasSize(3);
        // another machine's runs are separate
        assertThat(Storage.of(root, "Linux-OpenJDK-25-64bit").latest()).isEmpty();
    }

    @Test
    void continuesAfterTheHighestNumberAndIgnoresOtherFiles() throws IOException {
        Storage storage = Storage.of(root, "m");
        Files.createDirectories(storage.directory());
        Files.writeString(storage.directory().resolve("0041_old.json"), "{}");
        Files.writeString(storage.directory().resolve("notes.json"), "{}");

        Path saved = storage.save(Samples.run(), "new", RunFileWriter.withData());

        assertThat(saved.getFileName()).hasToString("0042_new.json");
        assertThat(storage.runs()).extracting(p -> p.getFileName().toString())
                .containsExactly("0041_old.json", "0042_new.json");
    }

    @Test
    void rejectsNamesThatAreNotFileNames() {
        assertThatThrownBy(() -> Storage.of(root).save(Samples.run(), "a/b",
                RunFileWriter.withData()))
                .hasMessage("bad run name 'a/b': use letters, digits and . _ + - only");
    }

    @Test
    void machineIdLooksLikePytestBenchmarks() {
        assertThat(MachineInfo.machineId())
                .matches("[A-Za-z_]+-[A-Za-z0-9._]+-\\d+-(32|64)bit")
                .contains("-" + Runtime.version().feature() + "-");
        assertThat(Storage.of(root).directory().getFileName())
                .hasToString(MachineInfo.machineId());
    }

    @Test
    void readsThePriorRunFromStorage(@TempDir Path root) throws Exception {
        Storage storage = Storage.of(root, "m");
        storage.save(Samples.run(), "main", RunFileWriter.withoutData());
        Gate.Result result = Gate.inline(List.of(Threshold.parse("peak:10%")), Samples.sortSuite(),
                storage.latest().map(RunFileReader::read), "0001_main");
        assertThat(result.lines()).containsExactly("no regressions over thresholds");
    }
}
