/**
 * What allocation profiling costs and how far it scales: {@link dev.benchmem.bench.profile.ProfileCost}
 * times a profiled recording against a counting-only one (and JFR's allocation sampling against
 * no profiler) in child JVMs; {@link dev.benchmem.bench.profile.ProfileScale} profiles a
 * generated benchmark of 10,000 sites behind 200-frame paths through the harness and loads
 * its flame graph in headless Chromium. See benchmarks/profile.md.
 */
package dev.benchmem.bench.profile;
