package dev.benchmem.harness.engine;

import dev.benchmem.harness.timing.TimingOptions;

/** How a fixture's rounds are scheduled: calibrated ({@code run}) or fixed ({@code pedantic}). */
record Schedule(boolean pedantic, int rounds, int warmupRounds, int iterations) {

    static final Schedule ADAPTIVE = new Schedule(false, 0, 0, 0);

    static Schedule fixed(int rounds, int warmupRounds, int iterations) {
        return new Schedule(true, rounds, warmupRounds, iterations);
    }

    /** The timing options of this schedule under the run's settings. */
    TimingOptions options(RunConfig config) {
        TimingOptions.Builder builder = TimingOptions.builder().disableGc(config.disableGc());
        config.minRounds().ifPresent(builder::minRounds);
        config.maxTime().ifPresent(builder::maxTime);
        config.minTime().ifPresent(builder::minTime);
        config.warmup().ifPresent(builder::warmup);
        if (pedantic) {
            builder.pedantic(rounds, warmupRounds, iterations);
        }
        return builder.build();
    }
}
