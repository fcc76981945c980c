/**
 * The harness's outputs of a run: the run being recorded ({@link
 * dev.benchmem.harness.report.CurrentRun}) with its machine and commit ({@link
 * dev.benchmem.harness.report.MachineInfo}, {@link dev.benchmem.harness.report.CommitInfo}),
 * saved runs under {@code .benchmarks/} ({@link dev.benchmem.harness.report.Storage}) and the
 * terminal table ({@link dev.benchmem.harness.report.TerminalTable}). The run file itself, its
 * reading and writing, and the inline gate are core's ({@code dev.benchmem.core}).
 */
package dev.benchmem.harness.report;
