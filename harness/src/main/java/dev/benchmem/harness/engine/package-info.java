/**
 * How benchmarks run inside JUnit Jupiter: the extension that resolves the fixtures, names
 * each invocation pytest-benchmark's way and records results, and the run's shared state and
 * settings. Internal: the user API is {@code dev.benchmem.harness}.
 */
package dev.benchmem.harness.engine;
