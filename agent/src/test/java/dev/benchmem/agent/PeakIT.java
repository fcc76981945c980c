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
        Map<String, Long> peak = peaks(feature, "peaks");
        assertThat((double) peak.get("hold-100mib")).as("100 MiB held in 1 MiB arrays")
                .isCloseTo(100 * MIB, within(0.03 * 100 * MIB));
        assertThat(peak.get("churn-300mib")).as("300 MiB churned through 64 KiB arrays").isLessThan(MIB);
        assertThat((double) peak.get("sort-copy")).as("Arrays.sort on a fresh copy of an int[500_000]")
                .isCloseTo(2_000_016, within(0.03 * 2_000_016));
    }

    /**
     * The hold and churn oracles split over four threads running at once, recorded on every
     * thread: the threads draw the checkpoint budget in grants, and together they must not
     * outrun it.
     */
    @ParameterizedTest(name = "JDK {0}")
    @FieldSource("JDKS")
    void peaksOfWorkSharedByFourThreads(int feature) {
        Map<String, Long> peak = peaks(feature, "threaded-peaks");
        assertThat((double) peak.get("hold-100mib-4-threads")).as("100 MiB held by four threads in 1 MiB arrays")
                .isCloseTo(100 * MIB, within(0.03 * 100 * MIB));
        assertThat(peak.get("churn-300mib-4-threads")).as("300 MiB churned by four threads through 64 KiB arrays")
                .isLessThan(MIB);
    }

    /**
     * Regions that return only a {@code long}: each of three passes in a row, after a pass that
     * churned 300 MiB, reads the working set at its largest, within the documented slack
     * (max(64 KiB, peak/64)) below it. Sizes with compressed oops, as the agent's allocated
     * bytes confirm from getObjectSize: Integer 16 B, LinkedList.Node 24 B, LinkedList 32 B,
     * ArrayList 24 B, int[n] 16 + 4n B; Integer.valueOf caches -128..127.
     */
    @ParameterizedTest(name = "JDK {0}")
    @FieldSource("JDKS")
    void temporariesReadTheirWorkingSetInEveryPass(int feature) {
        ChildJvm.Result result = ChildJvm.run(Jdks.home(feature), ChildJvm.armed("-Xmx512m", "-cp", ChildJvm.TEST_CLASSES),
                Measure.class.getName(), "passes").requireSuccess();
        long integers = (100_000 - 128) * 16L;
        Map<String, Long> truth = Map.of(
                "linked-list-100k", 32 + 100_000 * 24L + integers,
                "array-list-100k", 24 + integers + (16 + 4 * 106_710L), // capacity 10 grown by 1.5x
                "int-array-100k", 16 + 4 * 100_000L);
        assertThat(result.stdout()).hasSize(truth.size());
        for (String line : result.stdout()) {
            String[] f = line.split(" ");
            long expected = truth.get(f[0]);
            long slack = Math.max(64 << 10, expected / 64);
            for (int pass = 1; pass < f.length; pass++) {
                assertThat(Long.parseLong(f[pass])).as("%s, pass %d of %s", f[0], pass, line)
                        .isBetween(expected - slack, expected + expected / 200);
            }
        }
    }

    /** Runs {@code Measure agent <workloads>} in an armed JVM; the peak each workload read, by name. */
    private static Map<String, Long> peaks(int feature, String workloads) {
        ChildJvm.Result result = ChildJvm.run(Jdks.home(feature), ChildJvm.armed("-Xmx512m", "-cp", ChildJvm.TEST_CLASSES),
                Measure.class.getName(), "agent", workloads).requireSuccess();
        Map<String, Long> peak = new HashMap<>();
        for (String line : result.stdout()) {
            String[] f = line.split(" ");
            peak.put(f[0], Long.parseLong(f[3]));
        }
        return peak;
    }
}
