package dev.benchmem.harness.report;

/** How a benchmark's test ended. */
public enum Outcome {
    PASSED,
    FAILED,
    SKIPPED
}
