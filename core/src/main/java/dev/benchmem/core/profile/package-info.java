/**
 * Allocation profiles: where a benchmark's memory went. The model ({@link
 * dev.benchmem.core.profile.Profile}: exact per-site totals, call paths scaled to them,
 * live-at-peak), built from a profiled memory pass by {@link dev.benchmem.core.profile.ProfileBuilder},
 * its JSON document ({@link dev.benchmem.core.profile.ProfileWriter}, {@link
 * dev.benchmem.core.profile.ProfileReader}) and the collapsed-stack text that flame-graph tools
 * read ({@link dev.benchmem.core.profile.CollapsedStacks}); {@link dev.benchmem.core.profile.ProfileFiles}
 * names and lists the files of a profile directory. The harness writes profiles; the analysis
 * module draws and compares them.
 */
package dev.benchmem.core.profile;
