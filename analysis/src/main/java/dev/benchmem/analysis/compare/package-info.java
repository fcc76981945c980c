/**
 * Delta tables over loaded runs: {@link dev.benchmem.analysis.compare.Comparison} builds
 * {@link dev.benchmem.analysis.compare.DeltaTable}s (one per metric and section, runs side
 * by side with the change of the last against the first), {@link dev.benchmem.analysis.compare.TableFormat}
 * and {@link dev.benchmem.analysis.compare.CsvTables} write them, and
 * {@link dev.benchmem.analysis.compare.Comparison#regressions} applies {@link dev.benchmem.core.Threshold}s
 * for the CI gate, by the rule of {@link dev.benchmem.core.Gate}. Data and output formats are kept apart.
 */
package dev.benchmem.analysis.compare;
