package dev.benchmem.harness.memory;

import dev.benchmem.core.MemoryPasses;
import dev.benchmem.core.Threshold;
import dev.benchmem.core.Metric;
import dev.benchmem.harness.MemoryCeiling;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The limits of a {@link MemoryCeiling}, checked against the worst memory pass. Limits are
 * written as absolute thresholds are ({@code 100MiB}, a bare count for allocations).
 */
public final class MemoryCeilings {

    private final Map<Metric, Long> limits;

    private MemoryCeilings(Map<Metric, Long> limits) {
        this.limits = limits;
    }

    /** Reads the annotation (none = no limits); throws {@link IllegalArgumentException} naming a malformed member. */
    public static MemoryCeilings of(MemoryCeiling ceiling) {
        Map<Metric, Long> limits = new EnumMap<>(Metric.class);
        if (ceiling != null) {
            put(limits, Metric.PEAK, "maxPeak", ceiling.maxPeak());
            put(limits, Metric.ALLOCATED, "maxAllocated", ceiling.maxAllocated());
            put(limits, Metric.ALLOCATIONS, "maxAllocations", ceiling.maxAllocations());
            put(limits, Metric.RSS, "maxRss", ceiling.maxRss());
            put(limits, Metric.RETAINED, "maxRetained", ceiling.maxRetained());
        }
        return new MemoryCeilings(limits);
    }

    private static void put(Map<Metric, Long> limits, Metric metric, String member, String text) {
        if (text.isBlank()) {
            return;
        }
        try {
            Threshold limit = Threshold.parse(metric.key() + ":" + text);
            if (limit.percent()) {
                throw new IllegalArgumentException("a ceiling is absolute, not a percentage");
            }
            limits.put(metric, (long) limit.amount());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("@MemoryCeiling(" + member + " = \"" + text + "\"): " + e.getMessage(), e);
        }
    }

    /**
     * One message per exceeded limit, e.g. {@code sort[500000]: peak 117 MiB exceeds maxPeak 100
     * MiB}; a limit on a metric the passes did not measure (rss without isolation) is one too,
     * since the ceiling could not be checked.
     */
    public List<String> violations(String name, MemoryPasses passes) {
        List<String> violations = new ArrayList<>();
        limits.forEach((metric, limit) -> {
            String member = "max" + Character.toUpperCase(metric.key().charAt(0)) + metric.key().substring(1);
            if (!passes.has(metric)) {
                violations.add(name + ": " + member + " set but " + metric.key() + " was not measured"
                        + (metric == Metric.RSS ? " (rss needs @MemoryPass(isolate = true) or --benchmark-memory-isolate)" : ""));
                return;
            }
            long worst = passes.max(metric);
            if (worst > limit) {
                violations.add(name + ": " + metric.key() + " " + format(metric, worst) + " exceeds "
                        + member + " " + format(metric, limit));
            }
        });
        return violations;
    }

    private static String format(Metric metric, long value) {
        return metric.isBytes() ? ByteSize.format(value) : Long.toString(value);
    }
}
