package dev.benchmem.agent;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a main class of the test sources in a fresh JVM and returns what it printed. */
final class ChildJvm {
    /** The shaded agent jar under test (set by failsafe). */
    static final Path AGENT_JAR = Path.of(System.getProperty("benchmem.agent.jar", "target/benchmem.jar"));
    /** The test classes directory, holding the workload mains. */
    static final String TEST_CLASSES = System.getProperty("benchmem.test.classpath", "target/test-classes");

    private ChildJvm() {
    }

    /** Output of one finished child JVM. */
    record Result(int exitCode, List<String> stdout, String stderr) {
        Result requireSuccess() {
            if (exitCode != 0) {
                fail("child JVM exited with " + exitCode + "\nstdout:\n" + String.join("\n", stdout) + "\nstderr:\n" + stderr);
            }
            return this;
        }
    }

    /** Runs {@code java <jvmArgs> <mainClass> <args>} on the JDK at {@code home}, at most 3 minutes. */
    static Result run(Path home, List<String> jvmArgs, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/java").toString());
        command.addAll(jvmArgs);
        command.add(mainClass);
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile("child-jvm", ".out");
            Path err = Files.createTempFile("child-jvm", ".err");
            try {
                Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!process.waitFor(3, TimeUnit.MINUTES)) {
                    process.destroyForcibly().waitFor();
                    fail("child JVM timed out: " + command);
                }
                return new Result(process.exitValue(), Files.readAllLines(out), Files.readString(err));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running " + command, e);
        }
    }

    /** {@code -javaagent:<jar>=armed -XX:+UseSerialGC -XX:MarkSweepDeadRatio=0}, as the harness starts a memory-pass JVM. */
    static List<String> armed(String... more) {
        List<String> args = new ArrayList<>(List.of("-javaagent:" + AGENT_JAR + "=armed", "-XX:+UseSerialGC", "-XX:MarkSweepDeadRatio=0"));
        args.addAll(List.of(more));
        return args;
    }
}
