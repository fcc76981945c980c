package dev.benchmem.core.profile;

import dev.benchmem.core.Metric;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a profile's values measure: bytes allocated, allocations, or bytes live at the peak
 * checkpoint. Each stands for one of the run file's memory {@link Metric}s (live stands for
 * peak), which decides its units.
 */
public enum ProfileMetric {
    /** Bytes allocated: exact per site. */
    ALLOCATED("allocated", Metric.ALLOCATED),
    /** Objects and arrays allocated: exact per site. */
    ALLOCATIONS("allocations", Metric.ALLOCATIONS),
    /** Bytes still reachable at the checkpoint that set the peak: from weak references to the sampled objects. */
    LIVE("live", Metric.PEAK);

    private final String key;
    private final Metric metric;

    ProfileMetric(String key, Metric metric) {
        this.key = key;
        this.metric = metric;
    }

    public String key() {
        return key;
    }

    /** The run file's metric this one stands for. */
    public Metric metric() {
        return metric;
    }

    /** The metric named {@code key}, case-insensitive; an unknown one is an error naming the known ones. */
    public static ProfileMetric parse(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.key.equals(k)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown profile metric '" + key.strip() + "' (expected "
                        + Arrays.stream(values()).map(ProfileMetric::key).collect(Collectors.joining(", ")) + ")"));
    }

    @Override
    public String toString() {
        return key;
    }
}
