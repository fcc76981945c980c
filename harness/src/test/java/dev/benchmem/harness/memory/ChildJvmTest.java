package dev.benchmem.harness.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.benchmem.core.Metric;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class ChildJvmTest {

    @Test
    void forwardsHeapAndPropertyFlagsButNeverAgentsOrCollectorChoice() {
        assertThat(ChildJvm.forwarded(List.of("-Xmx512m", "-javaagent:/a.jar", "-XX:+UseG1GC", "-Dfoo=bar",
                "-agentlib:jdwp=transport=dt_socket", "--add-opens=java.base/java.lang=ALL-UNNAMED", "-Xss2m")))
                .containsExactly("-Xmx512m", "-Dfoo=bar", "--add-opens=java.base/java.lang=ALL-UNNAMED", "-Xss2m");
    }

    @Test
    void theChildArmsTheAgentUnderSerialGcAndRunsTheSameArguments() {
        List<String> command = ChildJvm.command(Path.of("/x/benchmem.jar"), Path.of("/tmp/out.json"), List.of("-k", "sort"));

        assertThat(command).containsSubsequence("-javaagent:/x/benchmem.jar", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:MarkSweepDeadRatio=0", "-cp",
                System.getProperty("java.class.path"), "dev.benchmem.harness.Main",
                ChildJvm.CHILD_OPTION + "=/tmp/out.json", "-k", "sort");
    }

    @Test
    void theChildFollowsThisJvmsColourDecisionWhateverItInherits() {
        Map<String, String> env = new HashMap<>(Map.of("NO_COLOR", "1"));
        ChildJvm.colour(env, true);
        assertThat(env).containsEntry("FORCE_COLOR", "1").doesNotContainKey("NO_COLOR");

        env = new HashMap<>(Map.of("FORCE_COLOR", "1"));
        ChildJvm.colour(env, false);
        assertThat(env).containsEntry("NO_COLOR", "1").doesNotContainKey("FORCE_COLOR");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aPausedChildIsStoppedUntilResumedAndIsToldForHowLong(@TempDir Path dir) throws Exception {
        // cat echoes what the parent writes on its standard input: the length of the pause
        Path echoed = dir.resolve("echoed");
        Process cat = new ProcessBuilder("sh", "-c", "exec cat > " + echoed).start();
        ChildJvm.Running child = new ChildJvm.Running(cat, dir.resolve("results.json"));
        try {
            child.pause();
            assertThat(state(cat)).isEqualTo('T');
            Thread.sleep(50);
            child.resume();
            assertThat(state(cat)).isNotEqualTo('T');
            child.pause();
            child.resume();
            cat.getOutputStream().close();
            assertThat(cat.waitFor(10, TimeUnit.SECONDS)).isTrue();
            List<Long> pauses = Files.readAllLines(echoed).stream().map(Long::parseLong).toList();
            assertThat(pauses).hasSize(2);
            assertThat(pauses.get(0)).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(50));
        } finally {
            child.cancel();
        }
    }

    @Test
    void eachBenchmarksPassesAreTakenAsTheChildWritesThem(@TempDir Path dir) throws Exception {
        Path results = dir.resolve("results.json");
        // a child that measures "a", then waits for its standard input to close before "b"
        Process child = shell(results, line("a") + "; cat > /dev/null; " + line("b"));
        ChildJvm.Running running = new ChildJvm.Running(child, results);
        try {
            assertThat(running.awaitMeasured("a").passes("a").orElseThrow().series(Metric.ALLOCATED)).containsExactly(16L);
            assertThat(child.isAlive()).as("a's passes come while the child goes on").isTrue();
            child.getOutputStream().close();
            assertThat(running.awaitMeasured("b").passes("b")).isPresent();
            assertThat(running.awaitMeasured("c").passes("c")).as("exited without measuring it").isEmpty();
        } finally {
            running.cancel();
        }
    }

    @Test
    void aChildThatDiesBeforeItMeasuresABenchmarkFailsThatBenchmarkWithItsExitCode(@TempDir Path dir) throws Exception {
        Path results = dir.resolve("results.json");
        ChildJvm.Running running = new ChildJvm.Running(shell(results, line("a") + "; exit 3"), results);

        assertThat(running.awaitMeasured("a").passes("a")).isPresent();
        assertThatThrownBy(() -> running.awaitMeasured("b")).isInstanceOf(IOException.class)
                .hasMessage("the memory-pass JVM exited with code 3 before it measured b");
    }

    private static Process shell(Path results, String script) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", script);
        builder.environment().put("RESULTS", results.toString());
        return builder.start();
    }

    /** A shell command that appends the passes of {@code fullname} to the results file as the child does. */
    private static String line(String fullname) {
        return "printf '%s\\n' '{\"passes\":{\"" + fullname + "\":{\"peak_bytes\":[16],\"total_bytes\":[16],"
                + "\"allocations\":[1],\"other\":{}}}}' >> \"$RESULTS\"";
    }

    private static char state(Process process) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
        return stat.charAt(stat.lastIndexOf(')') + 2);
    }

    @Test
    void theChildsOutputIsHeldUntilShownAndKeepsTheOrderOfItsTwoStreams(@TempDir Path dir) throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        PrintStream shared = new PrintStream(both, true, StandardCharsets.UTF_8);
        System.setOut(shared);
        System.setErr(shared);
        try {
            ChildJvm.Running child = new ChildJvm.Running(new ProcessBuilder("sh", "-c",
                    "echo one; sleep 0.2; echo two >&2; sleep 0.2; echo three").start(), dir.resolve("results.json"));
            child.results().handle((r, e) -> null).get(10, TimeUnit.SECONDS);
            assertThat(both.toString(StandardCharsets.UTF_8)).as("nothing before it is shown").isEmpty();

            child.showOutput();

            assertThat(both.toString(StandardCharsets.UTF_8)).isEqualTo("one\ntwo\nthree\n");
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
