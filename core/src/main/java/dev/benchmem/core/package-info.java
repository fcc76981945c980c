/**
 * The run-file model every module shares: a run ({@link dev.benchmem.core.RunFile}) of
 * benchmarks ({@link dev.benchmem.core.BenchmarkResult}) with their timed rounds
 * ({@link dev.benchmem.core.TimingStats}) and memory passes ({@link dev.benchmem.core.MemoryPasses}),
 * as plain immutable records; its one reader and one writer (pytest-benchmark's JSON schema with
 * {@code extra_info.benchmem}); the metrics and their units; the threshold grammar, the
 * regression rule and the gate; and the atomic file write.
 *
 * <p>The harness writes runs with it and the analysis module reads them with it, so a field
 * added here is known to both. It depends on Jackson alone.
 */
package dev.benchmem.core;
