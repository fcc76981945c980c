package dev.benchmem.harness.memory;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts the memory-pass JVM: the same class path and harness arguments as this JVM, plus
 * {@code -javaagent:<agent>=armed -XX:+UseSerialGC -XX:MarkSweepDeadRatio=0} (under SerialGC with
 * no dead space left in place, the heap after a full GC is exactly the live set, which makes
 * {@code peak} exact: by default SerialGC keeps up to 5% dead objects uncompacted, which then
 * count as live in the next pass's baseline) and this JVM's heap and system-property flags. The child runs the selected tests in memory mode and writes {@link MemoryResults}.
 */
public final class ChildJvm {

    /** The launcher option that puts a JVM in memory mode, naming the results file to write. */
    public static final String CHILD_OPTION = "--benchmem-memory-child";

    /**
     * The test runner's own code, which never runs inside a memory pass: the agent leaves it
     * as it is. Rewriting its ~1,700 classes (JUnit's engine and platform, the harness's shaded
     * Jackson and picocli) as they load took about 2 s of the memory-pass JVM's start-up.
     * JUnit's API ({@code org.junit.jupiter.api}), which a benchmark may call, is rewritten.
     */
    static final List<String> RUNNER_PACKAGES = List.of("org.junit.platform.", "org.junit.jupiter.engine.",
            "org.junit.jupiter.params.", "dev.benchmem.harness.shaded.");

    private static final List<String> FORWARDED_PREFIXES = List.of(
            "-Xmx", "-Xms", "-Xss", "-D", "-XX:MaxRAM", "-XX:InitialRAM", "--add-opens", "--add-exports",
            "--add-modules", "--enable-preview", "--enable-native-access");

    private ChildJvm() {
    }

    /**
     * Runs the child to completion, its output copied to this JVM's {@code System.out} and
     * {@code System.err} (not the file descriptors: a test runner that captures those streams,
     * like Surefire's forked JVM, sees the child's lines as this JVM's).
     *
     * @param color whether this JVM writes in colour: the child, whose output is a pipe, follows
     *              this decision instead of making its own
     * @throws IOException when it cannot start or exits without writing results
     */
    public static MemoryResults run(Path agentJar, List<String> harnessArgs, boolean color)
            throws IOException, InterruptedException {
        Path results = Files.createTempFile("benchmem-memory-", ".json");
        try {
            Files.delete(results);
            ProcessBuilder builder = new ProcessBuilder(command(agentJar, results, harnessArgs));
            colour(builder.environment(), color);
            Process child = builder.start();
            Thread err = copy(child.getErrorStream(), System.err);
            child.getInputStream().transferTo(System.out);
            int exit = child.waitFor();
            err.join();
            if (!Files.exists(results)) {
                throw new IOException("the memory-pass JVM exited with code " + exit + " without writing results");
            }
            return MemoryResults.read(results);
        } finally {
            Files.deleteIfExists(results);
        }
    }

    /** Sets the variables {@link dev.benchmem.harness.report.Ansi#auto} reads so that it decides {@code color}. */
    static void colour(Map<String, String> environment, boolean color) {
        environment.remove(color ? "NO_COLOR" : "FORCE_COLOR");
        environment.put(color ? "FORCE_COLOR" : "NO_COLOR", "1");
    }

    private static Thread copy(InputStream from, PrintStream to) {
        Thread copier = new Thread(() -> {
            try {
                from.transferTo(to);
            } catch (IOException e) {
                to.println("benchmem: lost the memory-pass JVM's output: " + e.getMessage());
            }
        }, "benchmem-child-stderr");
        copier.setDaemon(true);
        copier.start();
        return copier;
    }

    static List<String> command(Path agentJar, Path results, List<String> harnessArgs) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-javaagent:" + agentJar + "=armed,skip=" + String.join(";", RUNNER_PACKAGES));
        command.add("-XX:+UseSerialGC");
        command.add("-XX:MarkSweepDeadRatio=0");
        command.addAll(forwarded(ManagementFactory.getRuntimeMXBean().getInputArguments()));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("dev.benchmem.harness.Main");
        command.add(CHILD_OPTION + "=" + results);
        command.addAll(harnessArgs);
        return command;
    }

    /** The flags of this JVM that shape the heap or what the code sees; never agents or GC choice. */
    static List<String> forwarded(List<String> jvmArgs) {
        return jvmArgs.stream().filter(a -> FORWARDED_PREFIXES.stream().anyMatch(a::startsWith)).toList();
    }
}
