package dev.benchmem.harness.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorageTest {

    @TempDir
    Path root;

    @Test
    void numbersRunsPerMachineAndFindsTheLatest() throws IOException {
        Storage storage = Storage.of(root, "Linux-OpenJDK-17-64bit");
        assertThat(storage.latest()).isEmpty();

        Path first = storage.save(RunFileWriterTest.sampleRun(), "main", RunFileWriter.withoutData());
        Path second = storage.save(RunFileWriterTest.sampleRun(), "pr-42", RunFileWriter.withData());
        Path third = storage.save(RunFileWriterTest.sampleRun(), "main", RunFileWriter.withoutData());

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

        Path saved = storage.save(RunFileWriterTest.sampleRun(), "new", RunFileWriter.withData());

        assertThat(saved.getFileName()).hasToString("0042_new.json");
        assertThat(storage.runs()).extracting(p -> p.getFileName().toString())
                .containsExactly("0041_old.json", "0042_new.json");
    }

    @Test
    void rejectsNamesThatAreNotFileNames() {
        assertThatThrownBy(() -> Storage.of(root).save(RunFileWriterTest.sampleRun(), "a/b",
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
}
