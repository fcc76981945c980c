/**
 * Results and their outputs: immutable {@link dev.benchmem.harness.report.BenchmarkResult}s,
 * the JSON run file in pytest-benchmark's {@code --benchmark-json} schema ({@link
 * dev.benchmem.harness.report.RunFileWriter}, {@link dev.benchmem.harness.report.RunFileReader}),
 * saved runs under {@code .benchmarks/} ({@link dev.benchmem.harness.report.Storage}), the
 * terminal table ({@link dev.benchmem.harness.report.TerminalTable}) and the inline regression
 * gate ({@link dev.benchmem.harness.report.Threshold}, {@link dev.benchmem.harness.report.Gate}).
 */
package dev.benchmem.harness.report;
