package dev.benchmem.analysis;

import java.util.List;

/**
 * One run as read from one file.
 *
 * @param input    the path as the user gave it (or as found in a directory), for messages
 * @param stem     the file name without {@code .json}: the default run label
 * @param datetime the run's {@code datetime} field, or null; orders runs found in a directory
 */
record RunRecord(String input, String stem, String datetime, List<BenchmarkRecord> benchmarks) {
}
