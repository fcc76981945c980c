/**
 * What isolated memory passes cost: {@link dev.benchmem.bench.memory.IsolateCost} times the
 * example suite's memory passes in one shared memory-pass JVM and in one fresh JVM per pass;
 * see {@code benchmarks/harness.md}.
 */
package dev.benchmem.bench.memory;
