/**
 * How long {@code benchmem compare} takes through the real launcher, JVM start-up included,
 * on generated runs of growing size: the fixed start-up floor and the per-benchmark cost,
 * measured side by side in one run. See {@code benchmarks/analysis.md}.
 */
package dev.benchmem.bench.analysis;
