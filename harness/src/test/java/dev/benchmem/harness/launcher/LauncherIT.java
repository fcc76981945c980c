package dev.benchmem.harness.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.benchmem.harness.suites.PlainJUnitMain;
import dev.benchmem.harness.suites.SortSuite;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher end to end: real JVMs, the real agent jar, the runnable harness jar. One suite
 * ({@link SortSuite}) is run twice with the agent; the tests read what those runs printed
 * and wrote.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LauncherIT {

    private static final String MAIN = "dev.benchmem.harness.Main";
    private static final String[] FAST = {"--benchmark-max-time=0.05", "--benchmark-min-rounds=3", "--benchmark-warmup=off"};
    private static final ObjectMapper JSON = new ObjectMapper();

    private Path dir;
    private Jvm first;
    private Jvm second;

    @BeforeAll
    void runTheSuiteTwiceWithTheAgent(@TempDir Path runs) throws Exception {
        dir = runs;
        first = withAgent("first.json");
        second = withAgent("second.json");
    }

    private Jvm withAgent(String json) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("-c", SortSuite.class.getName(), "--benchmark-json=" + json));
        args.addAll(List.of(FAST));
        return Jvm.run(dir, List.of("-javaagent:" + Jvm.AGENT_JAR), MAIN, args.toArray(String[]::new));
    }

    @Test
    void aRenamedAgentJarRunsTheMemoryPass(@TempDir Path run) throws Exception {
        // As Maven names it: not benchmem.jar, which the agent's Boot-Class-Path entry expects.
        // The harness jar bundles the agent's API (Premain included) and comes first on the class path.
        Path renamed = Files.createDirectories(run.resolve("lib")).resolve("benchmem-agent-1.0.0.jar");
        Files.copy(Jvm.AGENT_JAR, renamed);
        List<String> args = new ArrayList<>(List.of("-c", SortSuite.class.getName(), "-k", "sort[1000]", "--benchmark-json=r.json"));
        args.addAll(List.of(FAST));
        Jvm jvm = Jvm.run(run, List.of("-javaagent:" + renamed), MAIN, args.toArray(String[]::new));
        assertThat(jvm.exit()).as(jvm.err()).isZero();
        JsonNode memory = benchmark(JSON.readTree(run.resolve("r.json").toFile()), "sort[1000]").path("extra_info").path("benchmem");
        memory.path("total_bytes").forEach(b -> assertThat(b.asLong()).isEqualTo(4L * 1_000 + 16));
    }

    @Test
    void theSortOfAReversedArrayAllocatesOneArrayOf4nPlus16BytesInEveryPass() throws IOException {
        JsonNode run = JSON.readTree(dir.resolve("first.json").toFile());
        for (int n : new int[] {1_000, 100_000}) {
            JsonNode memory = benchmark(run, "sort[" + n + "]").path("extra_info").path("benchmem");
            assertThat(memory.path("allocations").size()).as("passes").isBetween(2, 10);
            memory.path("allocations").forEach(a -> assertThat(a.asLong()).isEqualTo(1));
            long bytes = 4L * n + 16;
            memory.path("total_bytes").forEach(b -> assertThat(b.asLong()).isEqualTo(bytes));
            // peak is the live set at GC checkpoints: the array, plus at most a few objects of the
            // harness's own that were live at that moment (seen: +280 bytes in one pass).
            assertThat(max(memory.path("peak_bytes"))).isBetween(bytes, bytes + 1024);
        }
    }

    @Test
    void printsProgressTheMemoryPhaseTheTableAndPytestsClosingLine() {
        assertThat(first.out())
                .contains("memory pass: a child JVM with the benchmem agent armed")
                .containsPattern("memory dev\\.benchmem\\.harness\\.suites\\.SortSuite \\.+ +\\[100%]")
                .containsPattern("dev\\.benchmem\\.harness\\.suites\\.SortSuite [.F]+ +\\[100%]")
                .contains("Wrote benchmark data in: first.json")
                .contains("Name (time in ", "│", "peak (", "allocs")
                .contains("memory (right of │): a separate, untimed pass, not the timed rounds")
                .containsPattern("\\n2 failed, 4 passed in \\d+\\.\\d\\ds\\n$");
    }

    @Test
    void theMemoryPassPrintsWholeAfterTheTimedPhase() {
        // The memory-pass JVM works beside this JVM's tests (paused while rounds are timed); its
        // output is held back and shown whole once this JVM's progress line is complete.
        String out = first.out();
        int timedHeader = out.indexOf("timed rounds (the memory-pass JVM works beside the warmups and is paused while rounds are timed):");
        int timedProgress = out.indexOf("\ndev.benchmem.harness.suites.SortSuite ");
        int memoryHeader = out.indexOf("memory pass: a child JVM with the benchmem agent armed");
        int memoryProgress = out.indexOf("memory dev.benchmem.harness.suites.SortSuite");
        assertThat(timedHeader).isNotNegative();
        assertThat(timedProgress).isGreaterThan(timedHeader);
        assertThat(out.indexOf("[100%]", timedProgress)).isBetween(timedProgress, memoryHeader);
        assertThat(memoryProgress).isGreaterThan(memoryHeader);
        assertThat(out.indexOf("[100%]", memoryProgress)).isLessThan(out.indexOf("Name (time in "));
    }

    @Test
    void aCeilingFailsItsTestAgainstTheWorstPassAndTheFailingBenchmarkKeepsTheRest() throws IOException {
        assertThat(first.exit()).isEqualTo(1);
        assertThat(first.out())
                .contains("FAILED " + SortSuite.class.getName()
                        + "#overCeiling - AssertionFailedError: overCeiling: allocated 4.02 KiB exceeds maxAllocated 1 KiB")
                .contains("FAILED " + SortSuite.class.getName() + "#throwing - IllegalStateException: boom");
        JsonNode run = JSON.readTree(dir.resolve("first.json").toFile());
        assertThat(names(run)).containsExactlyInAnyOrder("sort[1000]", "sort[100000]", "overCeiling", "timedOnly");
    }

    @Test
    void aSecondRunDiffersOnlyByMeasurementNoise() throws IOException {
        JsonNode a = JSON.readTree(dir.resolve("first.json").toFile());
        JsonNode b = JSON.readTree(dir.resolve("second.json").toFile());
        assertThat(second.exit()).isEqualTo(first.exit());
        assertThat(names(b)).isEqualTo(names(a));
        for (int i = 0; i < a.path("benchmarks").size(); i++) {
            JsonNode x = a.path("benchmarks").get(i);
            JsonNode y = b.path("benchmarks").get(i);
            for (String field : List.of("group", "name", "fullname", "params", "param", "options")) {
                assertThat(y.get(field)).as(field).isEqualTo(x.get(field));
            }
            JsonNode mx = x.path("extra_info").path("benchmem");
            JsonNode my = y.path("extra_info").path("benchmem");
            assertThat(min(my.path("allocations"))).isEqualTo(min(mx.path("allocations")));
            assertThat(min(my.path("total_bytes"))).isEqualTo(min(mx.path("total_bytes")));
            assertThat(fieldNames(y.path("stats"))).isEqualTo(fieldNames(x.path("stats")));
        }
        assertThat(b.path("machine_info")).isEqualTo(a.path("machine_info"));
    }

    @Test
    void pytestBenchmarkCompareReadsTheRunFile() throws Exception {
        Optional<Path> compare = onPath("py.test-benchmark");
        if (System.getenv("CI") == null) {
            assumeTrue(compare.isPresent(), "py.test-benchmark (python3-pytest-benchmark) is not installed");
        }
        Process process = new ProcessBuilder(compare.orElseThrow().toString(), "compare", "first.json")
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        assertThat(out).contains("sort[1000]", "sort[100000]", "overCeiling", "timedOnly", "Min", "Median");
    }

    @Test
    void underAPlainJUnitLauncherTheExtensionStartsTheMemoryPassPerTestClass(@TempDir Path plain) throws Exception {
        Jvm jvm = Jvm.run(plain, List.of("-javaagent:" + Jvm.AGENT_JAR, "-Dbenchmem.max-time=0.05", "-Dbenchmem.warmup=off",
                "-Dbenchmem.json=plain.json"), PlainJUnitMain.class.getName(), SortSuite.class.getName());

        assertThat(jvm.out()).contains("overCeiling: allocated 4.02 KiB exceeds maxAllocated 1 KiB", "boom")
                .contains("4 tests successful", "2 tests failed")
                .contains("Wrote benchmark data in: plain.json", "memory (right of │)");
        assertThat(jvm.exit()).isEqualTo(2);
        JsonNode memory = benchmark(JSON.readTree(plain.resolve("plain.json").toFile()), "sort[1000]").path("extra_info").path("benchmem");
        memory.path("total_bytes").forEach(b -> assertThat(b.asLong()).isEqualTo(4016));
    }

    @Test
    void withoutTheAgentMemoryBenchmarksFailSayingHowToAddIt(@TempDir Path bare) throws Exception {
        Jvm jvm = Jvm.run(bare, List.of(), MAIN, "-c", SortSuite.class.getName(), "-k", "sort", FAST[0], FAST[1], FAST[2]);

        assertThat(jvm.exit()).isEqualTo(1);
        assertThat(jvm.out()).contains("sort[1000]: the memory pass needs the benchmem agent", "java -javaagent:")
                .contains("2 failed, 4 deselected");
    }

    @Test
    void aMalformedOptionIsOneLineOnStderrAndExitStatus2(@TempDir Path bare) throws Exception {
        Jvm jvm = Jvm.run(bare, List.of(), MAIN, "--benchmark-memory-repeats=many");

        assertThat(jvm.exit()).isEqualTo(2);
        assertThat(jvm.err()).isEqualTo("benchmem-harness: error: --benchmark-memory-repeats: not an integer: 'many' (see --help)\n");
    }

    private static JsonNode benchmark(JsonNode run, String name) {
        for (JsonNode b : run.path("benchmarks")) {
            if (b.path("name").asText().equals(name)) {
                return b;
            }
        }
        throw new AssertionError("no benchmark " + name + " in " + names(run));
    }

    private static List<String> names(JsonNode run) {
        List<String> names = new ArrayList<>();
        run.path("benchmarks").forEach(b -> names.add(b.path("name").asText()));
        return names;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static long max(JsonNode series) {
        long max = Long.MIN_VALUE;
        for (JsonNode v : series) {
            max = Math.max(max, v.asLong());
        }
        return max;
    }

    private static long min(JsonNode series) {
        long min = Long.MAX_VALUE;
        for (JsonNode v : series) {
            min = Math.min(min, v.asLong());
        }
        return min;
    }

    private static Optional<Path> onPath(String executable) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(d, executable);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
