package dev.benchmem.core;

/**
 * A benchmark whose metric grew past a threshold between a baseline and a candidate.
 *
 * @param id        the benchmark's id, e.g. {@code sort[500000]}
 * @param threshold the threshold it crossed
 * @param baseline  the baseline's value (seconds, bytes or a count)
 * @param candidate the candidate's value
 */
public record Regression(String id, Threshold threshold, double baseline, double candidate) {

    public Metric metric() {
        return threshold.metric();
    }

    public Change change() {
        return Change.of(baseline, candidate);
    }
}
