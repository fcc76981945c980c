package dev.benchmem.harness.timing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchmem.harness.timing.TimingEngineTest.FakeClock;
import dev.benchmem.harness.timing.TimingEngineTest.FakeWork;
import java.time.Duration;
import java.util.function.IntToLongFunction;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Warmup on a fake clock: every duration here is fake time, so the tests are deterministic. */
class WarmupTest {

    /** A JIT with nothing compiling or queued. */
    private static final BooleanSupplier IDLE = () -> true;
    /** A JIT always compiling something. */
    private static final BooleanSupplier BUSY = () -> false;

    /** A workload whose cost per call depends on the round: code the JIT speeds up. */
    private static final class Speeding extends FakeWork {
        private final IntToLongFunction costOfRound;

        Speeding(IntToLongFunction costOfRound) {
            super(new FakeClock(), 0);
            this.costOfRound = costOfRound;
        }

        @Override
        public void run(long iterations) {
            clock.now += iterations * costOfRound.applyAsLong(rounds.size());
            rounds.add(iterations);
        }
    }

    /** Warmup options with no minimum: only steadiness and {@code maxTime} end it. */
    private static TimingOptions options(FakeClock clock, Duration maxTime) {
        return TimingEngineTest.fake(clock).warmup(true).warmupTime(Duration.ZERO)
                .warmupMaxTime(maxTime).build();
    }

    private static void warmUp(FakeWork work, TimingOptions options, BooleanSupplier jitIdle) throws Throwable {
        Warmup.run(new TimingEngine.Rounds(work, options), options, jitIdle);
    }

    @Test
    void roundsAreBatchedToLastAtLeastTenMilliseconds() throws Throwable {
        FakeWork work = new FakeWork(new FakeClock(), 100);

        warmUp(work, options(work.clock, Duration.ofMinutes(1)), IDLE);

        // one call (101 ns with the fake timer's read), then sized from it: 99,010 calls make
        // 9,901,001 ns, just short of 10 ms, so 100,000 from then on
        assertThat(work.rounds.subList(0, 3)).containsExactly(1L, 99_010L, 100_000L);
        assertThat(work.rounds.subList(2, work.rounds.size())).containsOnly(100_000L);
    }

    /** A JIT busy the first {@code askings} times it is asked, then idle. */
    private static BooleanSupplier busyFor(int askings) {
        int[] asked = {0};
        return () -> ++asked[0] > askings;
    }

    /** JIT answers that let steady code end warmup as early as it can. */
    static Stream<Arguments> quietJits() {
        return Stream.of(
                Arguments.of(Named.of("an idle JIT", IDLE)),
                Arguments.of(Named.of("no JIT information: the time per call decides", null)));
    }

    @ParameterizedTest
    @MethodSource("quietJits")
    void steadyCodeEndsWarmupAfterTwentyRoundsWithoutANewBest(BooleanSupplier jit) throws Throwable {
        FakeWork work = new FakeWork(new FakeClock(), 100);

        warmUp(work, options(work.clock, Duration.ofMinutes(1)), jit);

        // the first round is the best (the rest are within 1% of it): 1 + STEADY_ROUNDS rounds
        assertThat(work.rounds).hasSize(1 + Warmup.STEADY_ROUNDS);
    }

    @Test
    void warmupGoesOnWhileTheTimePerCallImproves() throws Throwable {
        // 1000 ns per call, 5% faster every round until round 60, then flat
        Speeding work = new Speeding(round -> (long) (1000 * Math.pow(0.95, Math.min(round, 60))));

        warmUp(work, options(work.clock, Duration.ofMinutes(1)), IDLE);

        assertThat(work.rounds).hasSize(61 + Warmup.STEADY_ROUNDS);
    }

    @Test
    void fluctuationsWithinTheToleranceDoNotCount() throws Throwable {
        // every other round 0.5% faster: within the 1% tolerance, so steady from the second round on
        Speeding work = new Speeding(round -> round % 2 == 0 ? 1_000_000 : 995_000);

        warmUp(work, options(work.clock, Duration.ofMinutes(1)), IDLE);

        assertThat(work.rounds).hasSize(1 + Warmup.STEADY_ROUNDS);
    }

    @Test
    void warmupGoesOnWhileTheJitIsBusy() throws Throwable {
        FakeWork work = new FakeWork(new FakeClock(), 100);

        // something compiling or queued the first 3 times the JIT is asked: three rounds fewer
        // than the flat time that ends warmup with the JIT busy
        warmUp(work, options(work.clock, Duration.ofMinutes(1)), busyFor(3));

        // asked after round 21 (the 20th flat one) and each round after, idle the 4th time
        assertThat(work.rounds).hasSize(1 + Warmup.STEADY_ROUNDS + 3);
    }

    @Test
    void theJitIsAskedOnlyOnceTheTimeIsFlat() throws Throwable {
        // 5% faster every round until round 60, then flat
        Speeding work = new Speeding(round -> (long) (1000 * Math.pow(0.95, Math.min(round, 60))));
        int[] asked = {0};

        warmUp(work, options(work.clock, Duration.ofMinutes(1)), () -> ++asked[0] > 0);

        assertThat(asked[0]).isOne();
        assertThat(work.rounds).hasSize(61 + Warmup.STEADY_ROUNDS);
    }

    @Test
    void warmupMaxTimeEndsAWarmupThatNeverSettles() throws Throwable {
        // 1.5% faster every tenth round, forever, with the JIT always busy: never flat for 20 rounds
        Speeding work = new Speeding(round -> (long) (1_000_000 * Math.pow(0.985, round / 10)));

        warmUp(work, options(work.clock, Duration.ofSeconds(2)), BUSY);

        // 10 ms rounds until 2 s of fake time have passed
        long elapsed = work.clock.now;
        assertThat(elapsed).isBetween(2_000_000_000L, 2_000_000_000L + 2 * Warmup.ROUND_NANOS);
        assertThat(work.rounds).hasSizeGreaterThan(190);
    }

    @Test
    void aFlatTimeEndsWarmupWhileTheJitWorksOnOtherCode() throws Throwable {
        // Steady code in a fresh JVM whose compilers stay busy (10% of every round) on the test
        // framework's code: before, warmup waited for them until warmupMaxTime (10 s).
        FakeWork work = new FakeWork(new FakeClock(), 100);

        warmUp(work, options(work.clock, Duration.ofSeconds(10)), BUSY);

        // the best is the first round; flat for MIN_FLAT_NANOS after it (and 20 rounds) ends it
        assertThat(work.clock.now).isBetween(Warmup.MIN_FLAT_NANOS, Warmup.MIN_FLAT_NANOS + 3 * Warmup.ROUND_NANOS);
    }

    @Test
    void withTheJitBusyWarmupWaitsAsLongAsTheImprovementTook() throws Throwable {
        // 5% faster every round for 100 rounds (about a second), then flat; the JIT always busy
        Speeding work = new Speeding(round -> (long) (1000 * Math.pow(0.95, Math.min(round, 100))));

        warmUp(work, options(work.clock, Duration.ofMinutes(1)), BUSY);

        long rounds = work.rounds.size();
        // flat for at least as long as the 100 improving rounds took: about 100 more rounds
        assertThat(rounds).isBetween(195L, 205L);
    }

    @Test
    void theDefaultWarmupHasNoFixedMinimum() {
        assertThat(TimingOptions.defaults().warmupTime()).isZero();
    }

    @Test
    void warmupLastsAtLeastWarmupTimeEvenWhenSteady() throws Throwable {
        FakeWork work = new FakeWork(new FakeClock(), 100);
        TimingOptions options = TimingEngineTest.fake(work.clock).warmup(true)
                .warmupTime(Duration.ofSeconds(1)).warmupIterations(Long.MAX_VALUE)
                .warmupMaxTime(Duration.ofMinutes(1)).build();

        warmUp(work, options, IDLE);

        assertThat(work.clock.now).isBetween(1_000_000_000L, 1_000_000_000L + 2 * Warmup.ROUND_NANOS);
    }

    @Test
    void warmupIterationsEndTheMinimumBeforeWarmupTime() throws Throwable {
        FakeWork work = new FakeWork(new FakeClock(), 100);
        TimingOptions options = TimingEngineTest.fake(work.clock).warmup(true).warmupIterations(200_000)
                .warmupTime(Duration.ofMinutes(1)).warmupMaxTime(Duration.ZERO).build();

        warmUp(work, options, IDLE);

        // 1 + 99,010 + 100,000 + 100,000 calls: past 200,000 after the fourth round
        assertThat(work.rounds).containsExactly(1L, 99_010L, 100_000L, 100_000L);
    }
}
