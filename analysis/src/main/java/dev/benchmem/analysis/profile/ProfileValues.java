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

    /**
     * A type or call without its packages, for labels that must stay short: {@code
     * java.util.Arrays.copyOf()} reads {@code Arrays.copyOf()}, {@code java.lang.Integer[]} reads
     * {@code Integer[]} (a segment in lower case followed by a dot is a package).
     */
    static String withoutPackages(String names) {
        return names.replaceAll("\\b[a-z][a-z0-9_]*\\.", "");
    }

    /** A signed change ({@code +1.2 KiB}, {@code -3}). */
    static String signed(ProfileMetric metric, long delta) {
        return (delta > 0 ? "+" : delta < 0 ? "-" : "±") + format(metric, Math.abs(delta));
    }
}
