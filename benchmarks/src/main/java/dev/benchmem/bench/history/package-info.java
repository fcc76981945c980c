/** The run-history database at scale: add, check and the trend page against reading the same runs from JSON files. */
package dev.benchmem.bench.history;
