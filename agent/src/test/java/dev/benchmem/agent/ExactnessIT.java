package dev.benchmem.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.benchmem.agent.workload.Measure;
import dev.benchmem.agent.workload.Workload;
import dev.benchmem.agent.workload.Workloads;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Counts and bytes of every allocation kind against independent oracles, on JDK 17 and 25:
 * the JVM's own per-thread counter read in a run without the agent (bytes), and the known
 * number of objects each workload makes (counts).
 */
class ExactnessIT {
    /** Workloads made mostly of JDK code, where C2 escape analysis may remove a few objects from the oracle's run. */
    private static final Set<String> JDK_HEAVY = Set.of("array-list-sort", "hash-map", "string-builder",
            "streams", "string-format", "sort-copy");

    @TestFactory
    Stream<DynamicContainer> countsAndBytesMatchTheOracles() {
        return Jdks.FEATURES.stream().map(feature -> DynamicContainer.dynamicContainer("JDK " + feature,
                Workloads.exactness().stream().map(workload -> DynamicTest.dynamicTest(workload.name(),
                        () -> check(feature, workload)))));
    }

    private static final Map<Integer, Map<String, long[]>> AGENT = new HashMap<>();
    private static final Map<Integer, Map<String, long[]>> ORACLE = new HashMap<>();

    private static void check(int feature, Workload workload) {
        Path home = Jdks.home(feature);
        long[] agent = AGENT.computeIfAbsent(feature, f -> measure(home, ChildJvm.armed("-Xmx512m"), "agent"))
                .get(workload.name());
        long[] oracle = ORACLE.computeIfAbsent(feature, f -> measure(home, List.of("-Xmx512m", "-XX:+UseSerialGC"), "oracle"))
                .get(workload.name());
        if (workload.allocations() >= 0) {
            assertThat(agent[0]).as("allocations").isEqualTo(workload.allocations());
        }
        if (JDK_HEAVY.contains(workload.name())) {
            assertThat((double) agent[1]).as("bytes vs the JVM's counter (%d)", oracle[1])
                    .isCloseTo(oracle[1], within(oracle[1] * 0.005));
        } else {
            assertThat(agent[1]).as("bytes vs the JVM's counter").isEqualTo(oracle[1]);
        }
    }

    /** Runs every exactness workload in one child JVM: name -> {allocations, bytes, peak}. */
    private static Map<String, long[]> measure(Path home, List<String> jvmArgs, String mode) {
        List<String> args = new java.util.ArrayList<>(jvmArgs);
        args.addAll(List.of("-cp", ChildJvm.TEST_CLASSES));
        ChildJvm.Result result = ChildJvm.run(home, args, Measure.class.getName(), mode, "exactness").requireSuccess();
        Map<String, long[]> byName = new HashMap<>();
        for (String line : result.stdout()) {
            String[] f = line.split(" ");
            byName.put(f[0], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3])});
        }
        return byName;
    }
}
