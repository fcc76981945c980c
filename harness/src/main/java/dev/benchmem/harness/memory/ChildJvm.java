package dev.benchmem.harness.memory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;

/**
 * Starts the memory-pass JVM: the same class path and harness arguments as this JVM, plus
 * {@code -javaagent:<agent> -XX:+UseSerialGC -XX:MarkSweepDeadRatio=0} (under SerialGC with
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
    public static final List<String> RUNNER_PACKAGES = List.of("org.junit.platform.", "org.junit.jupiter.engine.",
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
        return resultsOf(start(agentJar, harnessArgs, color));
    }

    /**
     * Runs one isolated pass's JVM (its harness arguments select the one benchmark) to
     * completion: as {@link #run}, with Native Memory Tracking on ({@value #NMT}) for the
     * breakdown of its growth.
     */
    public static MemoryResults runIsolated(Path agentJar, List<String> harnessArgs, boolean color)
            throws IOException, InterruptedException {
        return resultsOf(start(agentJar, harnessArgs, color, List.of(NMT)));
    }

    /** The flag that turns Native Memory Tracking on in an isolated pass's JVM. */
    static final String NMT = "-XX:NativeMemoryTracking=summary";

    private static MemoryResults resultsOf(Running child) throws IOException, InterruptedException {
        child.showOutput();
        try {
            return child.results().get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause().getMessage(), e.getCause());
        }
    }

    /**
     * Starts the child and returns at once, so that it works while this JVM discovers its own
     * tests. Its output is held back until {@link Running#showOutput}.
     *
     * @throws IOException when it cannot start
     */
    public static Running start(Path agentJar, List<String> harnessArgs, boolean color) throws IOException {
        return start(agentJar, harnessArgs, color, List.of());
    }

    private static Running start(Path agentJar, List<String> harnessArgs, boolean color, List<String> jvmFlags)
            throws IOException {
        Path results = Files.createTempFile("benchmem-memory-", ".json");
        Files.delete(results);
        List<String> command = command(agentJar, results, harnessArgs);
        command.addAll(1, jvmFlags);
        ProcessBuilder builder = new ProcessBuilder(command);
        colour(builder.environment(), color);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            Files.deleteIfExists(results);
            throw e;
        }
        return new Running(process, results);
    }

    /** A memory-pass JVM under way. */
    public static final class Running {
        private final Process process;
        private final CountDownLatch shown = new CountDownLatch(1);
        private final CompletableFuture<MemoryResults> results = new CompletableFuture<>();
        private volatile boolean cancelled;

        private Running(Process process, Path resultsFile) {
            this.process = process;
            Thread err = copy(process.getErrorStream(), System.err, "benchmem-child-stderr");
            Thread out = copy(process.getInputStream(), System.out, "benchmem-child-stdout");
            Thread waiter = new Thread(() -> finish(resultsFile, out, err), "benchmem-child");
            waiter.setDaemon(true);
            waiter.start();
        }

        /** Lets the child's output through (until now it waits in the pipe). */
        public void showOutput() {
            shown.countDown();
        }

        /** Stops the child, its output unseen: this run needs no memory pass after all. */
        public void cancel() {
            cancelled = true;
            process.destroyForcibly();
            shown.countDown();
        }

        /** The child's results, complete once it has exited and its output is copied; an {@link IOException} when it wrote none. */
        public CompletableFuture<MemoryResults> results() {
            return results;
        }

        private void finish(Path resultsFile, Thread out, Thread err) {
            try {
                int exit = process.waitFor();
                out.join();
                err.join();
                if (!Files.exists(resultsFile)) {
                    results.completeExceptionally(new IOException(
                            "the memory-pass JVM exited with code " + exit + " without writing results"));
                } else {
                    results.complete(MemoryResults.read(resultsFile));
                }
            } catch (IOException | RuntimeException e) {
                results.completeExceptionally(e);
            } catch (InterruptedException e) {
                results.completeExceptionally(new IOException("the memory pass was interrupted", e));
            } finally {
                try {
                    Files.deleteIfExists(resultsFile);
                } catch (IOException ignored) {
                    // a temporary file left behind
                }
            }
        }

        private Thread copy(InputStream from, PrintStream to, String name) {
            Thread copier = new Thread(() -> {
                try {
                    shown.await();
                    if (cancelled) {
                        from.transferTo(OutputStream.nullOutputStream());
                    } else {
                        from.transferTo(to);
                    }
                } catch (IOException e) {
                    to.println("benchmem: lost the memory-pass JVM's output: " + e.getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, name);
            copier.setDaemon(true);
            copier.start();
            return copier;
        }
    }

    /** Sets the variables {@link dev.benchmem.harness.report.Ansi#auto} reads so that it decides {@code color}. */
    static void colour(Map<String, String> environment, boolean color) {
        environment.remove(color ? "NO_COLOR" : "FORCE_COLOR");
        environment.put(color ? "FORCE_COLOR" : "NO_COLOR", "1");
    }

    static List<String> command(Path agentJar, Path results, List<String> harnessArgs) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Loaded passive: the child arms it once its tests are discovered (see HarnessLauncher).
        command.add("-javaagent:" + agentJar);
        // C1 alone: what the child counts does not depend on the JIT (allocation sites are
        // counted in bytecode, intrinsics at their call sites) and C2's compilations of the
        // runner, which runs once, cost the child half its CPU time (6.3 s against 3.5 s for the
        // sort suite), time this JVM's timed rounds wait for.
        command.add("-XX:TieredStopAtLevel=1");
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
