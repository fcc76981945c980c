package dev.benchmem.harness.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.benchmem.core.MemoryPasses;
import dev.benchmem.core.Metric;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class IsolatedPassesTest {

    private static final String ID = "com.example.Direct#buffer";

    private static MemoryPasses pass(long peak, long rss, long nmtOther) {
        return MemoryPasses.single(peak, peak, 1).with(Metric.RSS, List.of(rss)).with(Metric.RETAINED, List.of(0L))
                .withOtherSeries(Map.of("nmt_other_bytes", List.of(nmtOther)));
    }

    private static IsolatedPasses.Launch launches(MemoryPasses... passes) {
        Deque<MemoryPasses> left = new ArrayDeque<>(List.of(passes));
        return () -> {
            MemoryResults results = new MemoryResults();
            results.record(ID, left.removeFirst());
            return results;
        };
    }

    @Test
    void aFixedCountLaunchesThatManyJvmsAndJoinsTheirSeries() throws Exception {
        MemorySchedule three = MemorySchedule.DEFAULT.withIsolate(true).withRepeats(3);

        MemoryPasses joined = IsolatedPasses.measure(ID, three,
                launches(pass(360, 67_129_344, 67_200_000), pass(352, 67_133_440, 67_100_000), pass(360, 67_125_248, 67_300_000)));

        assertThat(joined.passes()).isEqualTo(3);
        assertThat(joined.series(Metric.RSS)).containsExactly(67_129_344L, 67_133_440L, 67_125_248L);
        assertThat(joined.series(Metric.PEAK)).containsExactly(360L, 352L, 360L);
        assertThat(joined.series(Metric.RETAINED)).containsExactly(0L, 0L, 0L);
        assertThat(joined.otherSeries()).containsEntry("nmt_other_bytes", List.of(67_200_000L, 67_100_000L, 67_300_000L));
    }

    @Test
    void adaptivelyItStopsOnceTwoPassesSetNoNewMinimum() throws Exception {
        MemorySchedule adaptive = MemorySchedule.DEFAULT.withIsolate(true).withMaxTime(Duration.ofMinutes(5));
        MemoryPasses same = pass(360, 1000, 0);

        assertThat(IsolatedPasses.measure(ID, adaptive, launches(same, same, same, same)).passes())
                .as("the first pass sets the bar; an identical second ends it").isEqualTo(2);
        MemoryPasses lower = pass(352, 1000, 0);
        assertThat(IsolatedPasses.measure(ID, adaptive, launches(same, lower, lower, lower, lower)).passes())
                .as("a lower second pass is a new minimum: two more that repeat it end it").isEqualTo(4);
    }

    @Test
    void aPassThatFailedNamesItsError() {
        IsolatedPasses.Launch failed = () -> {
            MemoryResults results = new MemoryResults();
            results.recordError(ID, "java.lang.OutOfMemoryError: Direct buffer memory");
            return results;
        };
        assertThatThrownBy(() -> IsolatedPasses.measure(ID, MemorySchedule.DEFAULT.withIsolate(true), failed))
                .isInstanceOf(IOException.class)
                .hasMessage("the isolated memory pass failed: java.lang.OutOfMemoryError: Direct buffer memory");
    }
}
