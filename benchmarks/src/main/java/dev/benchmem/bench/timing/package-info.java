/**
 * benchmem's timed rounds against JMH on the same workloads: does our median agree with JMH's
 * average time, and how much wall time does each take? Run {@link
 * dev.benchmem.bench.timing.TimingVsJmh} (pairs of fresh JVMs, or with {@code --same-jvm} both
 * methods in one JVM through {@link dev.benchmem.bench.timing.SameJvm}); see {@code
 * benchmarks/harness.md}.
 */
package dev.benchmem.bench.timing;
