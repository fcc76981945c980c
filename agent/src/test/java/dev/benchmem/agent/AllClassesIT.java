package dev.benchmem.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchmem.agent.workload.LoadEverything;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Never breaks the application: every class of Jackson, Tablesaw, picocli, JUnit and
 * java.base loads, verifies (boot classes included) and runs under instrumentation exactly as
 * it does without the agent, on JDK 17 and 25.
 */
class AllClassesIT {
    static final List<Integer> JDKS = Jdks.FEATURES;
    private static final Pattern LIBRARIES = Pattern.compile(".*/(jackson-|tablesaw-core|picocli|junit-)[^/]*\\.jar");

    @ParameterizedTest(name = "JDK {0}")
    @FieldSource("JDKS")
    void everyClassLoadsAndRunsAsWithoutTheAgent(int feature) {
        Path home = Jdks.home(feature);
        String classPath = System.getProperty("java.class.path");
        List<String> jars = Stream.of(classPath.split(File.pathSeparator))
                .filter(entry -> LIBRARIES.matcher(entry.replace(File.separatorChar, '/')).matches())
                .collect(Collectors.toList());
        assertThat(jars).as("library jars on the test class path").hasSizeGreaterThanOrEqualTo(5);

        ChildJvm.Result plain = run(home, List.of(), classPath, jars);
        ChildJvm.Result armed = run(home, ChildJvm.armed("-XX:+UnlockDiagnosticVMOptions", "-XX:+BytecodeVerificationLocal"), classPath, jars);

        assertThat(armed.stdout()).contains("verify-errors=0");
        assertThat(failures(armed)).as("classes that fail to load").isEqualTo(failures(plain));
        assertThat(value(armed, "loaded")).isEqualTo(value(plain, "loaded"));
        assertThat(Integer.parseInt(value(armed, "loaded"))).isGreaterThan(5_000);
        assertThat(value(armed, "exercised")).isEqualTo(value(plain, "exercised"));
        assertThat(Long.parseLong(value(armed, "allocations"))).isPositive();
        assertThat(armed.stderr()).containsPattern("benchmem: armed in \\d+ ms: \\d+ classes rewritten");
    }

    private static ChildJvm.Result run(Path home, List<String> agentArgs, String classPath, List<String> jars) {
        List<String> args = new ArrayList<>(agentArgs);
        args.addAll(List.of("-Xmx512m", "-cp", ChildJvm.TEST_CLASSES + File.pathSeparator + classPath));
        return ChildJvm.run(home, args, LoadEverything.class.getName(), jars.toArray(String[]::new)).requireSuccess();
    }

    private static List<String> failures(ChildJvm.Result result) {
        return result.stdout().stream().filter(line -> line.startsWith("failed=")).collect(Collectors.toList());
    }

    private static String value(ChildJvm.Result result, String key) {
        return result.stdout().stream().filter(line -> line.startsWith(key + "=")).findFirst()
                .map(line -> line.substring(key.length() + 1)).orElseThrow(() -> new AssertionError("no " + key + " in " + result.stdout()));
    }
}
