package dev.benchmem.harness.timing;

/**
 * Work that runs beside the benchmarks and must not run while rounds are timed: the
 * memory-pass JVM, which works through the warmups and is paused for calibration and the
 * measured rounds ({@link TimingEngine#measure(TimedTarget, TimingOptions, Bystander)}). On two
 * cores a process on the other core slowed the rounds' medians by 40-50% (shared caches and
 * memory bandwidth), so "beside" has to mean "not at the same time".
 */
public interface Bystander {

    /** Nothing runs beside the rounds. */
    Bystander NONE = new Bystander() {
        @Override
        public void pause() {
        }

        @Override
        public void resume() {
        }
    };

    /** Returns once the bystander no longer runs (paused, or finished when it cannot be paused). */
    void pause();

    /** Lets a paused bystander run again. */
    void resume();
}
