/**
 * The user API of the JUnit 5 benchmark harness: {@code Benchmark}, {@code BenchmarkMemory}
 * and their annotations, plus the {@code Main} launcher.
 */
package dev.benchmem.harness;
