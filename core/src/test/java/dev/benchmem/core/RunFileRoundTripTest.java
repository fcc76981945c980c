package dev.benchmem.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Files the harness wrote, read by core and written again, are byte-identical. Both were written
 * by one real run of the example suite (JDK 17, with the agent):
 *
 * <pre>
 * java -javaagent:agent/target/benchmem.jar -jar examples/target/tests.jar -c SortBench \
 *     --benchmark-json=harness-sortbench.json --benchmark-save=harness --benchmark-storage=store \
 *     --benchmark-min-rounds=3 --benchmark-max-time=0.01
 * </pre>
 *
 * {@code harness-sortbench-saved.json} is the saved run ({@code store/.../0001_harness.json}),
 * which leaves {@code stats.data} out.
 */
class RunFileRoundTripTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"harness-sortbench.json, true", "harness-sortbench-saved.json, false"})
    void aHarnessFileReadAndWrittenAgainIsByteIdentical(String name, boolean withData) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/runfile/" + name)) {
            Files.copy(in, file);
        }

        RunFile run = RunFileReader.read(file);
        byte[] again = (withData ? RunFileWriter.withData() : RunFileWriter.withoutData()).toJson(run)
                .getBytes(StandardCharsets.UTF_8);

        assertThat(run.benchmarks()).hasSize(4);
        assertThat(run.benchmarks().get(0).memory().passes()).isPositive();
        assertThat(run.benchmarks().get(0).stats().hasData()).isEqualTo(withData);
        assertThat(new String(again, StandardCharsets.UTF_8)).isEqualTo(Files.readString(file));
        assertThat(again).isEqualTo(Files.readAllBytes(file));
    }
}
