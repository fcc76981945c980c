package dev.benchmem.history;

import java.util.List;

/**
 * One benchmark id's headline values over the stored runs, oldest first.
 *
 * @param id the benchmark id
 * @param points one per run that measured it
 */
public record Trend(String id, List<Point> points) {

    public Trend {
        points = List.copyOf(points);
    }

    /**
     * One run's value.
     *
     * @param runTime when the run ran
     * @param commitId its commit, or null
     * @param value the headline (minimum over passes or rounds)
     */
    public record Point(String runTime, String commitId, double value) {}
}
