/**
 * Loads saved runs (benchmem, pytest-benchmark, JMH) into one dims-aware long table, the
 * seam that compare tables and every plot are built from.
 */
package dev.benchmem.analysis;
