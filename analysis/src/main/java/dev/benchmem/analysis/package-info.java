/**
 * Loads saved runs (benchmem, pytest-benchmark, pytest-benchmem and JMH {@code -rf json}
 * files, or {@code .benchmarks/} storage directories) into one dims-aware
 * {@link dev.benchmem.analysis.LongTable}, the seam that compare tables and every plot are
 * built from. Start at {@link dev.benchmem.analysis.Runs#load}.
 *
 * <p>Values are raw: seconds, bytes, counts; {@link dev.benchmem.core.Units} picks
 * display units. Readers are package-private; a file's format is recognised by its content.
 */
package dev.benchmem.analysis;
