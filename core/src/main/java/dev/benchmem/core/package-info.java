/**
 * The run-file model every module shares: a run ({@link dev.benchmem.core.RunFile}) of
 * benchmarks ({@link dev.benchmem.core.BenchmarkResult}) with their timed rounds
 * ({@link dev.benchmem.core.TimingStats}) and memory passes ({@link dev.benchmem.core.MemoryPasses}),
 * as plain immutable records; its one reader and one writer (pytest-benchmark's JSON schema with
 * {@code extra_info.benchmem}); the metrics and their units; the threshold grammar, the
 * regression rule and the gate; the atomic file write; and the terminal width every printed
 * table is fitted to ({@link dev.benchmem.core.Terminal}).
 *
 * <p>{@link dev.benchmem.core.RunFileReader} is the one reader of run files: the harness (prior
 * runs, shards), analysis (compare, plot, the long table), history and the CLI's merge and sweep
 * all read through it, so a field added here is known to all, and a malformed value is the same
 * one-line error everywhere. It depends on Jackson alone.
 */
package dev.benchmem.core;
