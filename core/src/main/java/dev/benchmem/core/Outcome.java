package dev.benchmem.core;

/** How a benchmark's test ended. */
public enum Outcome {
    PASSED,
    FAILED,
    SKIPPED
}
