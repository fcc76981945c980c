package dev.benchmem.analysis.compare;

import dev.benchmem.analysis.Metric;

/** An id whose metric grew beyond a threshold between the first and the last run. */
public record Regression(String id, Metric metric, double baseline, double candidate, Threshold threshold) {

    public Change change() {
        return Change.of(baseline, candidate);
    }
}
