package dev.benchmem.analysis.profile;

import dev.benchmem.core.Units;
import dev.benchmem.core.profile.ProfileMetric;

/** A profile value as the reports print it: bytes in their own unit ({@code 3.81 MiB}), counts grouped. */
final class ProfileValues {
    private ProfileValues() {
    }

    static String format(ProfileMetric metric, long value) {
        return metric.metric().isBytes() ? Units.humanBytes(value) : Units.count(value);
    }

    /** A signed change ({@code +1.2 KiB}, {@code -3}). */
    static String signed(ProfileMetric metric, long delta) {
        return (delta > 0 ? "+" : delta < 0 ? "-" : "±") + format(metric, Math.abs(delta));
    }
}
