/**
 * Performance benchmarks, kept out of the test suite (profile {@code bench}). Each
 * sub-package measures one claim side by side with its baseline in a single run.
 */
package dev.benchmem.bench;
