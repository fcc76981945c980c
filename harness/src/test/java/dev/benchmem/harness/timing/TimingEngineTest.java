package dev.benchmem.harness.timing;

import dev.benchmem.core.TimingStats;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimingEngineTest {

    /** A clock that only moves when read (1 ns) or when the fake workload runs. */
    static final class FakeClock implements Timer {
        long now;

        @Override
        public long nanos() {
            return now++;
        }

        @Override
        public String name() {
            return "fake";
        }
    }

    /** A workload costing {@code costNanos} of fake time per call; records each round's size. */
    static class FakeWork implements TimedTarget {
        final FakeClock clock;
        final long costNanos;
        final List<Long> rounds = new ArrayList<>();
        int setups;

        FakeWork(FakeClock clock, long costNanos) {
            this.clock = clock;
            this.costNanos = costNanos;
        }

        @Override
        public void run(long iterations) {
            rounds.add(iterations);
            clock.now += iterations * costNanos;
        }

        @Override
        public void beforeRound() {
            setups++;
        }
    }

    static TimingOptions.Builder fake(FakeClock clock) {
        // pytest-benchmark's 5 us minimum round, to follow its calibration step by step
        return TimingOptions.builder().timer(clock).warmup(false).maxTime(Duration.ofMillis(10))
                .minTime(Duration.ofNanos(5_000));
    }

    @Test
    void growsIterationsTenfoldUntilARoundReachesMinTime() throws Throwable {
        FakeClock clock = new FakeClock();
        FakeWork work = new FakeWork(clock, 100);

        TimingStats stats = TimingEngine.measure(work, fake(clock).build());

        // precision 1 ns, so min_time = 5 us: 1 call = 101 ns, 10 = 1001 ns, 100 = 10001 ns.
        assertThat(work.rounds.subList(0, 3)).containsExactly(1L, 10L, 100L);
        assertThat(stats.iterations()).isEqualTo(100);
        // rounds = ceil(10 ms / 10001 ns) = 1000, each 10001 ns / 100 iterations.
        assertThat(stats.rounds()).isEqualTo(1000);
        assertThat(stats.median()).isEqualTo(10001 / 1e9 / 100);
        assertThat(stats.data()).hasSize(1000);
    }

    @Test
    void estimatesIterationsOnceARoundIsLongEnoughToExtrapolate() throws Throwable {
        FakeClock clock = new FakeClock();
        FakeWork work = new FakeWork(clock, 3000);

        TimingStats stats = TimingEngine.measure(work, fake(clock).build());

        // 3001 ns >= 5 us * 5 / 10: estimate ceil(5000 / 3001) = 2 calls, 6001 ns is enough.
        assertThat(work.rounds.subList(0, 2)).containsExactly(1L, 2L);
        assertThat(stats.iterations()).isEqualTo(2);
    }

    @Test
    void slowCallsRunOneIterationAndAtLeastMinRounds() throws Throwable {
        FakeClock clock = new FakeClock();
        FakeWork work = new FakeWork(clock, 4_000_000);

        TimingStats stats = TimingEngine.measure(work, fake(clock).minRounds(7).build());

        assertThat(stats.iterations()).isEqualTo(1);
        assertThat(stats.rounds()).isEqualTo(7);
        assertThat(stats.min()).isEqualTo(4_000_001 / 1e9);
    }

    @Test
    void roundCountFollowsTheTimeBudget() throws Throwable {
        FakeClock clock = new FakeClock();
        FakeWork work = new FakeWork(clock, 1_000_000);

        TimingStats stats = TimingEngine.measure(work, fake(clock).minRounds(1).build());

        assertThat(stats.rounds()).isEqualTo(10); // ceil(10 ms / 1,000,001 ns)
    }

    @Test
    void roundsSlowerThanCalibratedEndAtTheWallClockBudget() throws Throwable {
        FakeClock clock = new FakeClock();
        // the fake clock says 100 ns per call (1,000 rounds planned), the wall clock 1 ms per round
        FakeWork work = new FakeWork(clock, 100) {
            @Override
            public void run(long iterations) {
                super.run(iterations);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };

        TimingStats stats = TimingEngine.measure(work, fake(clock).build());

        assertThat(stats.rounds()).isBetween(5, 11);
    }

    @Test
    void warmupRunsBeforeCalibration() throws Throwable {
        FakeClock clock = new FakeClock();
        FakeWork work = new FakeWork(clock, 100);
        TimingOptions options = fake(clock).warmup(true).warmupTime(Duration.ZERO)
                .warmupMaxTime(Duration.ZERO).build();

        TimingEngine.measure(work, options);

        // one warmup round (its minimum is met at once), then calibration: 1, 10, 100
        assertThat(work.rounds.subList(0, 4)).containsExactly(1L, 1L, 10L, 100L);
    }

    @Test
    void pedanticRunsExactlyTheGivenRounds() throws Throwable {
        FakeClock clock = new FakeClock();
        FakeWork work = new FakeWork(clock, 500);
        TimingOptions options = fake(clock).warmup(true).pedantic(4, 2, 3).build();

        TimingStats stats = TimingEngine.measure(work, options);

        assertThat(work.rounds).containsExactly(3L, 3L, 3L, 3L, 3L, 3L);
        assertThat(work.setups).isEqualTo(6);
        assertThat(stats.rounds()).isEqualTo(4);
        assertThat(stats.iterations()).isEqualTo(3);
        assertThat(stats.max()).isEqualTo(1501 / 1e9 / 3);
    }

    @Test
    void disableGcCollectsBeforeEveryMeasuredRound() throws Throwable {
        FakeClock clock = new FakeClock();
        FakeWork work = new FakeWork(clock, 500);
        long before = collections();

        TimingEngine.measure(work, fake(clock).pedantic(5, 0, 1).disableGc(true).build());

        assertThat(collections() - before).isGreaterThanOrEqualTo(5);
    }

    private static long collections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    @Test
    void aThrowingTargetEndsTheMeasurement() {
        IllegalStateException boom = new IllegalStateException("boom");
        TimedTarget failing = iterations -> {
            throw boom;
        };
        assertThatThrownBy(() -> TimingEngine.measure(failing, TimingOptions.defaults()))
                .isSameAs(boom);
    }

    @Test
    void timesRealWorkWithTheSystemClock() throws Throwable {
        TimingOptions options = TimingOptions.builder().maxTime(Duration.ofMillis(50))
                .warmupTime(Duration.ofMillis(20)).warmupMaxTime(Duration.ofMillis(100)).build();
        long[] sink = new long[1];

        TimingStats stats = TimingEngine.measure(iterations -> {
            for (long i = 0; i < iterations; i++) {
                sink[0] += Long.toString(i).length();
            }
        }, options);

        assertThat(stats.rounds()).isGreaterThanOrEqualTo(5);
        assertThat(stats.min()).isPositive().isLessThanOrEqualTo(stats.median());
        assertThat(stats.median()).isLessThanOrEqualTo(stats.max());
        // a sub-microsecond call needs many iterations to fill a 100 us round
        assertThat(stats.iterations()).isGreaterThan(1);
    }
}
