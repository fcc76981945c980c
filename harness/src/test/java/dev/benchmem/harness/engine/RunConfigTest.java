package dev.benchmem.harness.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.benchmem.harness.memory.MemorySchedule;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RunConfigTest {

    @Test
    void absentSettingsKeepTheDefaults() {
        RunConfig config = RunConfig.DEFAULT;

        assertThat(config.memoryForAll()).isFalse();
        assertThat(config.selection()).isEqualTo(RunConfig.Selection.ALL);
        assertThat(config.minRounds()).isEmpty();
        assertThat(config.maxTime()).isEmpty();
        assertThat(config.memory()).isEqualTo(MemorySchedule.DEFAULT);
        assertThat(config.memoryMode()).isFalse();
    }

    @Test
    void readsEverySettingAndWritesThemBack() {
        Map<String, String> parameters = Map.of(
                RunConfig.MEMORY, "true", RunConfig.ONLY, "true", RunConfig.MIN_ROUNDS, "7",
                RunConfig.MAX_TIME, "0.25", RunConfig.MIN_TIME, "10us", RunConfig.WARMUP, "off",
                RunConfig.MEMORY_REPEATS, "3", RunConfig.MEMORY_WARMUP, "0", RunConfig.MEMORY_MAX_TIME, "2s",
                RunConfig.MEMORY_CHILD_OUTPUT, "/tmp/m.json");

        RunConfig config = RunConfig.from(key -> Optional.ofNullable(parameters.get(key)));

        assertThat(config.memoryForAll()).isTrue();
        assertThat(config.selection()).isEqualTo(RunConfig.Selection.ONLY_BENCHMARKS);
        assertThat(config.minRounds()).hasValue(7);
        assertThat(config.maxTime()).hasValue(Duration.ofMillis(250));
        assertThat(config.minTime()).hasValue(Duration.ofNanos(10_000));
        assertThat(config.warmup()).hasValue(false);
        assertThat(config.memory()).isEqualTo(new MemorySchedule(3, 0, Duration.ofSeconds(2), 1, false));
        assertThat(config.memoryChildOutput()).hasValue(Path.of("/tmp/m.json"));
        Map<String, String> written = config.toParameters();
        assertThat(RunConfig.from(key -> Optional.ofNullable(written.get(key)))).isEqualTo(config);
    }

    @Test
    void aMalformedValueNamesItsKey() {
        assertThatThrownBy(() -> RunConfig.from(key -> key.equals(RunConfig.MAX_TIME) ? Optional.of("soon") : Optional.empty()))
                .isInstanceOf(RunConfig.InvalidSetting.class)
                .hasMessageStartingWith("benchmem.max-time: not a time")
                .satisfies(e -> assertThat(((RunConfig.InvalidSetting) e).key()).isEqualTo(RunConfig.MAX_TIME));
        assertThatThrownBy(() -> RunConfig.from(key -> key.equals(RunConfig.MIN_ROUNDS) ? Optional.of("0") : Optional.empty()))
                .hasMessage("benchmem.min-rounds: must be at least 1: '0'");
        assertThatThrownBy(() -> RunConfig.from(key -> key.equals(RunConfig.MEMORY_MAX_TIME) ? Optional.of("0") : Optional.empty()))
                .hasMessage("benchmem.memory-max-time: must be more than 0: '0'");
    }

    @Test
    void onlyAndSkipExcludeEachOther() {
        assertThatThrownBy(() -> RunConfig.from(key -> key.equals(RunConfig.ONLY) || key.equals(RunConfig.SKIP)
                ? Optional.of("true") : Optional.empty()))
                .hasMessage("benchmem.only: excludes benchmem.skip");
    }

    @dev.benchmem.harness.MemoryPass(calls = 5)
    void fiveCalls() {
    }

    @dev.benchmem.harness.MemoryPass(isolate = true, repeats = 2)
    void isolated() {
    }

    @dev.benchmem.harness.MemoryPass(calls = 0)
    void noCalls() {
    }

    private static dev.benchmem.harness.MemoryPass pass(String method) throws NoSuchMethodException {
        return RunConfigTest.class.getDeclaredMethod(method).getAnnotation(dev.benchmem.harness.MemoryPass.class);
    }

    @Test
    void isolationAndCallsComeFromTheRunOrTheAnnotation() throws Exception {
        RunConfig suiteWide = RunConfig.from(key -> key.equals(RunConfig.MEMORY_ISOLATE) ? Optional.of("true") : Optional.empty());
        assertThat(suiteWide.memory().isolate()).isTrue();
        assertThat(BenchmarkFixture.memorySchedule(suiteWide, pass("fiveCalls")))
                .as("isolate = false keeps the run's setting").isEqualTo(MemorySchedule.DEFAULT.withIsolate(true).withCalls(5));
        assertThat(BenchmarkFixture.memorySchedule(RunConfig.DEFAULT, pass("isolated")))
                .isEqualTo(MemorySchedule.DEFAULT.withIsolate(true).withRepeats(2));

        RunConfig onePass = RunConfig.from(key -> key.equals(RunConfig.ISOLATED_PASS) ? Optional.of("a.B#c") : Optional.empty());
        assertThat(BenchmarkFixture.memorySchedule(onePass, pass("fiveCalls")))
                .as("an isolated pass's JVM: one pass of 5 calls, no warmup")
                .isEqualTo(new MemorySchedule(1, 0, Duration.ofSeconds(5), 5, true));
        assertThatThrownBy(() -> BenchmarkFixture.memorySchedule(RunConfig.DEFAULT, pass("noCalls")))
                .hasMessage("@MemoryPass(calls = 0): must be at least 1");
    }
}
