package dev.benchmem.harness.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchmem.core.MemoryPasses;
import dev.benchmem.core.Metric;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryResultsTest {

    private static final String ID = "com.example.Direct#buffer";

    @Test
    void resultsKeepEverySeriesAcrossTheFile(@TempDir Path dir) throws Exception {
        MemoryResults results = MemoryResults.journal(dir.resolve("r.json"));
        MemoryPasses passes = MemoryPasses.single(360, 360, 1).with(Metric.RSS, List.of(67_129_344L))
                .with(Metric.RETAINED, List.of(0L))
                .withOtherSeries(Map.of("calls", 5, "retained_after_call_bytes", List.of(List.of(1L, 2L))));
        results.record(ID, passes);

        MemoryPasses back = MemoryResults.read(dir.resolve("r.json")).passes(ID).orElseThrow();

        assertThat(back.series(Metric.RSS)).isEqualTo(passes.series(Metric.RSS));
        assertThat(back.series(Metric.RETAINED)).isEqualTo(passes.series(Metric.RETAINED));
        assertThat(back.otherSeries()).isEqualTo(Map.of("calls", 5, "retained_after_call_bytes", List.of(List.of(1, 2))));
    }

    @Test
    void theParentTakesEachRecordAsTheChildWritesIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("r.json");
        MemoryResults child = MemoryResults.journal(file);
        MemoryResults parent = MemoryResults.read(file);
        assertThat(parent.size()).isZero();

        child.record("a", MemoryPasses.single(10, 10, 1));
        parent.readMore();
        assertThat(parent.passes("a")).isPresent();
        assertThat(parent.passes("b")).isEmpty();

        child.recordError("b", "java.lang.IllegalStateException: boom");
        child.recordProfile("a", "a[1]");
        parent.readMore();
        assertThat(parent.error("b")).hasValue("java.lang.IllegalStateException: boom");
        assertThat(parent.profiled()).containsExactly("a");
        assertThat(parent.name("a")).isEqualTo("a[1]");
        assertThat(parent.size()).isEqualTo(2);
    }

    @Test
    void aLineWithoutItsEndIsNotReadUntilItIsComplete(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("r.json");
        MemoryResults.journal(file).record("a", MemoryPasses.single(10, 10, 1));
        String line = Files.readString(file);
        Files.writeString(file, line.replace("\"a\"", "\"b\"").substring(0, 20), StandardOpenOption.APPEND);

        MemoryResults parent = MemoryResults.read(file);
        assertThat(parent.measured()).containsExactly("a");

        Files.write(file, line.replace("\"a\"", "\"b\"").substring(20).getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        parent.readMore();
        assertThat(parent.measured()).containsExactlyInAnyOrder("a", "b");
    }
}
