/**
 * Timed rounds, pytest-benchmark's method adapted to the JVM.
 *
 * <p>{@link dev.benchmem.harness.timing.TimingEngine#measure TimingEngine.measure} calibrates
 * the timer, warms the JIT up, sizes the iterations of a round so that a round lasts well
 * above the timer's precision, then runs rounds until the time budget is spent (but at least
 * the minimum count) and returns {@link dev.benchmem.harness.timing.TimingStats}, whose
 * fields carry pytest-benchmark's names and definitions.
 */
package dev.benchmem.harness.timing;
