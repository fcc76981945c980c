package dev.benchmem.harness.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.benchmem.agent.MemoryMeasurement;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class MemoryPassRunnerTest {

    private static final long FAR = Duration.ofHours(1).toNanos();

    @Test
    void adaptivePassesStopOnceTwoInARowSetNoNewMinimum() {
        MemorySchedule adaptive = MemorySchedule.DEFAULT;

        assertThat(MemoryPassRunner.done(adaptive, 1, 0, FAR)).isFalse();
        assertThat(MemoryPassRunner.done(adaptive, 2, 1, FAR)).isFalse();
        assertThat(MemoryPassRunner.done(adaptive, 2, 2, FAR)).isTrue();
        assertThat(MemoryPassRunner.done(adaptive, 3, 2, FAR)).isTrue();
        assertThat(MemoryPassRunner.done(adaptive, 9, 0, FAR)).isFalse();
        assertThat(MemoryPassRunner.done(adaptive, 10, 0, FAR)).isTrue();
    }

    @Test
    void adaptivePassesStopWhenTheTimeBudgetIsSpent() {
        assertThat(MemoryPassRunner.done(MemorySchedule.DEFAULT, 1, 0, 0)).isTrue();
    }

    @Test
    void aFixedCountIgnoresMinimaAndBudget() {
        MemorySchedule fixed = MemorySchedule.DEFAULT.withRepeats(4);

        assertThat(MemoryPassRunner.done(fixed, 3, 2, 0)).isFalse();
        assertThat(MemoryPassRunner.done(fixed, 4, 0, FAR)).isTrue();
    }

    @Test
    void aPassSetsANewMinimumWhenAnyMetricDrops() {
        List<MemoryMeasurement> before = List.of(new MemoryMeasurement(9, 400, 300), new MemoryMeasurement(1, 100, 100));

        assertThat(MemoryPassRunner.setsNewMinimum(new MemoryMeasurement(1, 100, 100), before)).isFalse();
        assertThat(MemoryPassRunner.setsNewMinimum(new MemoryMeasurement(1, 100, 90), before)).isTrue();
        assertThat(MemoryPassRunner.setsNewMinimum(new MemoryMeasurement(0, 100, 100), before)).isTrue();
        assertThat(MemoryPassRunner.setsNewMinimum(new MemoryMeasurement(5, 500, 500), List.of()))
                .as("the first pass sets the bar and beats none").isFalse();
    }

    @Test
    void refusesToRunWithoutAnArmedAgent() {
        assertThatThrownBy(() -> MemoryPassRunner.measure(() -> { }, () -> new int[1], MemorySchedule.DEFAULT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not armed");
    }

    @Test
    void theSlopeIsBytesPerCallByLeastSquares() {
        assertThat(MemoryPassRunner.slope(new long[] {1_040_000, 2_080_000, 3_120_000, 4_160_000, 5_200_000})).isEqualTo(1_040_000);
        assertThat(MemoryPassRunner.slope(new long[] {0, 0, 0})).isZero();
        assertThat(MemoryPassRunner.slope(new long[] {100, 100, 100})).as("a one-time fill is no leak").isZero();
        assertThat(MemoryPassRunner.slope(new long[] {7})).isZero();
    }
}
