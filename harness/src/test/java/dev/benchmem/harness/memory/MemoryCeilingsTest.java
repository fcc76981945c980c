package dev.benchmem.harness.memory;

import dev.benchmem.core.MemoryPasses;
import dev.benchmem.core.Metric;
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

    @MemoryCeiling(maxRss = "64MiB", maxRetained = "1KiB")
    void rssAndRetained() {
    }

    @MemoryCeiling(maxRetained = "1KiB%")
    void badRetained() {
    }

    @Test
    void rssAndRetainedAreCeilingsToo() throws Exception {
        MemoryCeilings ceilings = MemoryCeilings.of(ceiling("rssAndRetained"));
        MemoryPasses isolated = new MemoryPasses(List.of(MIB), List.of(MIB), List.of(1L))
                .with(Metric.RSS, List.of(70 * MIB)).with(Metric.RETAINED, List.of(1024L));

        assertThat(ceilings.violations("direct", isolated))
                .containsExactly("direct: rss 70 MiB exceeds maxRss 64 MiB");
        assertThat(ceilings.violations("leak", isolated.with(Metric.RETAINED, List.of(1025L))))
                .contains("leak: retained 1 KiB exceeds maxRetained 1 KiB");
        assertThat(ceilings.violations("shared", new MemoryPasses(List.of(MIB), List.of(MIB), List.of(1L))))
                .containsExactly("shared: maxRss set but rss was not measured (rss needs @MemoryPass(isolate = true)"
                        + " or --benchmark-memory-isolate)", "shared: maxRetained set but retained was not measured");
        assertThatThrownBy(() -> MemoryCeilings.of(ceiling("badRetained")))
                .hasMessageStartingWith("@MemoryCeiling(maxRetained = \"1KiB%\"): ");
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
