/**
 * Reading allocation profiles for people: picking one from a profile directory ({@link
 * dev.benchmem.analysis.profile.ProfileDirectory}), the call tree of a metric ({@link
 * dev.benchmem.analysis.profile.CallTree}), the terminal reports ({@link
 * dev.benchmem.analysis.profile.ProfileReports}), the differential view of two profiles
 * ({@link dev.benchmem.analysis.profile.ProfileDiff}) and the standalone flame-graph page
 * that draws a tree or a diff ({@link dev.benchmem.analysis.profile.FlameGraphPage}). The
 * profile model and its files are core's ({@code dev.benchmem.core.profile}).
 */
package dev.benchmem.analysis.profile;
