package dev.benchmem.analysis;

import java.nio.file.Path;
import java.util.List;

/**
 * One run as read from one file.
 *
 * @param path     the file
 * @param input    the path as the user gave it (or as found in a directory), for messages
 * @param stem     the file name without {@code .json}: the default run label
 * @param datetime the run's {@code datetime} field, or null; orders runs found in a directory
 * @param rounds   false when the timed rounds ({@code stats.data}) were skipped: the time
 *                 series then holds the minimum only, until {@link RunFiles#withRounds} re-reads them
 */
record RunRecord(Path path, String input, String stem, String datetime, List<BenchmarkRecord> benchmarks, boolean rounds) {
}
