package dev.benchmem.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.benchmem.agent.workload.Measure;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The live high-water oracles of the issue, under -XX:+UseSerialGC, on JDK 17 and 25. */
class PeakIT {
    static final List<Integer> JDKS = Jdks.FEATURES;
    private static final long MIB = 1L << 20;

    @ParameterizedTest(name = "JDK {0}")
    @FieldSource("JDKS")
    void peaksAreTheLiveHighWater(int feature) {
        ChildJvm.Result result = ChildJvm.run(Jdks.home(feature), ChildJvm.armed("-Xmx512m", "-cp", ChildJvm.TEST_CLASSES),
                Measure.class.getName(), "agent", "peaks").requireSuccess();
        Map<String, Long> peak = new HashMap<>();
        for (String line : result.stdout()) {
            String[] f = line.split(" ");
            peak.put(f[0], Long.parseLong(f[3]));
        }
        assertThat((double) peak.get("hold-100mib")).as("100 MiB held in 1 MiB arrays")
                .isCloseTo(100 * MIB, within(0.03 * 100 * MIB));
        assertThat(peak.get("churn-300mib")).as("300 MiB churned through 64 KiB arrays").isLessThan(MIB);
        assertThat((double) peak.get("sort-copy")).as("Arrays.sort on a fresh copy of an int[500_000]")
                .isCloseTo(2_000_016, within(0.03 * 2_000_016));
    }
}
