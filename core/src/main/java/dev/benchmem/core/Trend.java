package dev.benchmem.core;

import java.util.List;

/**
 * One benchmark id's headline values over a series of runs, oldest first: what the history
 * database reads for its change check and what the history plot draws.
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
     * @param run the run's number in the history (its {@code history list} id)
     * @param commitId the commit it ran, or null
     * @param time when: the commit's time (ISO-8601, as {@code commit_info.time}), else when the run
     *     ran ({@code datetime})
     * @param value the headline (minimum over passes or rounds)
     */
    public record Point(long run, String commitId, String time, double value) {}
}
