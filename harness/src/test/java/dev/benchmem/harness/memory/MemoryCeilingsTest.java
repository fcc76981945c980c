package dev.benchmem.harness.memory;

import dev.benchmem.core.MemoryPasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.benchmem.harness.MemoryCeiling;

import java.util.List;

import org.junit.jupiter.api.Test;

class MemoryCeilingsTest {

    private static final long MIB = 1024 * 1024;

    @MemoryCeiling(maxPeak = "100MiB")
    void peakOnly() {
    }

    @MemoryCeiling(maxPeak = "100MiB", maxAllocated = "1 GiB", maxAllocations = "1000")
    void all() {
    }

    @MemoryCeiling(maxPeak = "100")
    void bare() {
    }

    @MemoryCeiling(maxAllocated = "10%")
    void percent() {
    }

    @Test
    void checksTheWorstPassAndSaysByHowMuch() throws Exception {
        MemoryPasses passes = new MemoryPasses(List.of(90 * MIB, 117 * MIB), List.of(1L, 1L), List.of(1L, 1L));

        assertThat(MemoryCeilings.of(ceiling("peakOnly")).violations("sort[500000]", passes))
                .containsExactly("sort[500000]: peak 117 MiB exceeds maxPeak 100 MiB");
    }

    @Test
    void reportsEveryExceededLimit() throws Exception {
        MemoryPasses passes = new MemoryPasses(List.of(MIB, MIB), List.of(3 * 1024 * MIB / 2, MIB), List.of(1200L, 900L));

        assertThat(MemoryCeilings.of(ceiling("all")).violations("x", passes)).containsExactly(
                "x: allocated 1.5 GiB exceeds maxAllocated 1 GiB",
                "x: allocations 1200 exceeds maxAllocations 1000");
    }

    @Test
    void withinTheLimitsThereIsNothingToSay() throws Exception {
        MemoryPasses passes = new MemoryPasses(List.of(100 * MIB), List.of(MIB), List.of(1000L));

        assertThat(MemoryCeilings.of(ceiling("all")).violations("x", passes)).isEmpty();
        assertThat(MemoryCeilings.of(null).violations("x", passes)).isEmpty();
    }

    @Test
    void aMalformedLimitNamesTheMember() throws Exception {
        assertThatThrownBy(() -> MemoryCeilings.of(ceiling("bare")))
                .hasMessageStartingWith("@MemoryCeiling(maxPeak = \"100\"): ");
        assertThatThrownBy(() -> MemoryCeilings.of(ceiling("percent")))
                .hasMessageContaining("a ceiling is absolute");
    }

    private static MemoryCeiling ceiling(String method) throws NoSuchMethodException {
        return MemoryCeilingsTest.class.getDeclaredMethod(method).getAnnotation(MemoryCeiling.class);
    }
}
