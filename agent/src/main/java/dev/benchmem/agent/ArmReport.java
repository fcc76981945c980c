package dev.benchmem.agent;

import java.time.Duration;
import java.util.Objects;

/**
 * What arming the agent did: classes whose allocation sites were rewritten, classes left
 * as they were (not modifiable, the agent's own, or nothing to rewrite), classes whose
 * rewrite failed (left untouched too), and the wall time it took.
 *
 * @param transformed classes rewritten
 * @param skipped     classes deliberately left alone
 * @param failed      classes that could not be rewritten and were left untouched
 * @param took        wall time of arming
 */
public record ArmReport(int transformed, int skipped, int failed, Duration took) {
    public ArmReport {
        Objects.requireNonNull(took, "took");
    }
}
