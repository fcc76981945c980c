/**
 * The command-line launcher behind {@code dev.benchmem.harness.Main}: options, test
 * selection, the memory-pass child JVM, progress lines and the closing summary.
 */
package dev.benchmem.harness.launcher;
