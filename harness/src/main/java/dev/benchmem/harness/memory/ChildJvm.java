package dev.benchmem.harness.memory;

import dev.benchmem.harness.timing.Bystander;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
        return child.finalResults();
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

    /**
     * A memory-pass JVM under way. Its results can be taken benchmark by benchmark as it
     * measures them ({@link #awaitMeasured}); it can be paused while this JVM times rounds
     * ({@link Bystander}).
     */
    public static final class Running implements Bystander {
        /** How often a wait for a benchmark's passes looks at the child's results again. */
        private static final long POLL_MILLIS = 2;
        /** How long a pause waits for the child to be seen stopped, at most. */
        private static final long STOP_WAIT_MILLIS = 200;

        private final Process process;
        private final Path resultsFile;
        private final HeldOutput output = new HeldOutput();
        private final CompletableFuture<MemoryResults> results = new CompletableFuture<>();
        private final Thread killOnExit;
        /** Guards {@link #soFar} and the results file. */
        private final Object resultsLock = new Object();
        /** The results read so far; null before the child created its file. */
        private MemoryResults soFar;
        /** The child has exited and its results file is read in full (and deleted). */
        private boolean readAll;
        private volatile boolean cancelled;
        private boolean paused;
        private long pausedAt;
        /** False once a signal failed: the child is then waited for instead of paused. */
        private boolean signals = Files.isDirectory(Path.of("/proc/self"));

        Running(Process process, Path resultsFile) {
            this.process = process;
            this.resultsFile = resultsFile;
            // A child paused when this JVM is stopped (Ctrl-C) would stay stopped for good.
            this.killOnExit = new Thread(process::destroyForcibly, "benchmem-child-kill");
            Runtime.getRuntime().addShutdownHook(killOnExit);
            Thread errCopy = copy(process.getErrorStream(), System.err, "benchmem-child-stderr");
            Thread outCopy = copy(process.getInputStream(), System.out, "benchmem-child-stdout");
            Thread waiter = new Thread(() -> finish(outCopy, errCopy), "benchmem-child");
            waiter.setDaemon(true);
            waiter.start();
        }

        /** Lets the child's output through: what it wrote so far, then the rest as it comes. */
        public void showOutput() {
            output.show();
        }

        /** Stops the child, its output unseen: this run needs no memory pass after all (harmless once it has exited). */
        public void cancel() {
            cancelled = true;
            output.discard();
            process.destroyForcibly();
        }

        /** The child's results, complete once it has exited and its output is copied; an {@link IOException} when it wrote none. */
        public CompletableFuture<MemoryResults> results() {
            return results;
        }

        /**
         * Waits until the child has measured {@code fullname} (its passes or its error are in the
         * results) or has exited; the results so far.
         *
         * @throws IOException when the child exited without writing results, or failed before it measured {@code fullname}
         */
        public MemoryResults awaitMeasured(String fullname) throws IOException, InterruptedException {
            while (true) {
                boolean exited = results.isDone();
                MemoryResults now = exited ? finalResults() : readSoFar();
                if (now != null && (now.passes(fullname).isPresent() || now.error(fullname).isPresent())) {
                    return now;
                }
                if (exited) {
                    int exit = process.exitValue();
                    if (exit != 0) {
                        throw new IOException("the memory-pass JVM exited with code " + exit + " before it measured " + fullname);
                    }
                    return now;
                }
                try {
                    results.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException | ExecutionException e) {
                    // not yet exited, or exited without results: the next turn tells
                }
            }
        }

        /** Waits until the child has exited, whatever it wrote. */
        public void awaitExit() {
            results.handle((r, e) -> null).join();
        }

        /** The child's results once it has exited; its failure as an {@link IOException}. */
        private MemoryResults finalResults() throws IOException, InterruptedException {
            try {
                return results.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause().getMessage(), e.getCause());
            }
        }

        /** Reads what the child completed since the last read; null while it has created no results file. */
        private MemoryResults readSoFar() throws IOException {
            synchronized (resultsLock) {
                if (readAll) {
                    return soFar;
                }
                if (soFar == null) {
                    if (!Files.exists(resultsFile)) {
                        return null;
                    }
                    soFar = MemoryResults.read(resultsFile);
                } else {
                    soFar.readMore();
                }
                return soFar;
            }
        }

        /**
         * Stops the child (SIGSTOP) and returns once it is seen stopped. Where it cannot be
         * signalled (no {@code /proc}, no {@code kill}), waits for it to exit instead.
         */
        @Override
        public synchronized void pause() {
            if (paused || results.isDone() || !process.isAlive()) {
                return;
            }
            if (signals && signal("STOP")) {
                paused = true;
                pausedAt = System.nanoTime();
                awaitStopped();
                return;
            }
            signals = false;
            awaitExit();
        }

        /**
         * Lets a paused child run again (SIGCONT), having told it first, on its standard input,
         * how long it was stopped ({@link PausedTime}).
         */
        @Override
        public synchronized void resume() {
            if (paused) {
                paused = false;
                try {
                    OutputStream in = process.getOutputStream();
                    in.write((System.nanoTime() - pausedAt + "\n").getBytes(StandardCharsets.US_ASCII));
                    in.flush();
                } catch (IOException e) {
                    // it has exited: nothing to tell
                }
                signal("CONT");
            }
        }

        private boolean signal(String name) {
            try {
                return new ProcessBuilder("kill", "-" + name, Long.toString(process.pid()))
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start().waitFor() == 0;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        /** Waits until {@code /proc/PID/stat} shows the child stopped (T), a moment after the signal. */
        private void awaitStopped() {
            Path stat = Path.of("/proc", Long.toString(process.pid()), "stat");
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STOP_WAIT_MILLIS);
            try {
                while (System.nanoTime() - deadline < 0) {
                    String line = Files.readString(stat);
                    // pid (comm) state ...: the state follows the last ')'
                    char state = line.charAt(line.lastIndexOf(')') + 2);
                    if (state == 'T' || state == 'Z') {
                        return;
                    }
                    Thread.onSpinWait();
                }
            } catch (IOException | RuntimeException e) {
                // gone, or unreadable: nothing to wait for
            }
        }

        private void finish(Thread outCopy, Thread errCopy) {
            try {
                int exit = process.waitFor();
                outCopy.join();
                errCopy.join();
                MemoryResults all = readSoFar();
                if (all == null) {
                    results.completeExceptionally(new IOException(
                            "the memory-pass JVM exited with code " + exit + " without writing results"));
                } else {
                    results.complete(all);
                }
            } catch (IOException | RuntimeException e) {
                results.completeExceptionally(e);
            } catch (InterruptedException e) {
                results.completeExceptionally(new IOException("the memory pass was interrupted", e));
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(killOnExit);
                } catch (IllegalStateException shuttingDown) {
                    // the hook runs anyway, on a process that has exited
                }
                synchronized (resultsLock) {
                    readAll = true;
                    try {
                        Files.deleteIfExists(resultsFile);
                    } catch (IOException ignored) {
                        // a temporary file left behind
                    }
                }
            }
        }

        private Thread copy(InputStream from, PrintStream to, String name) {
            Thread copier = new Thread(() -> {
                byte[] buffer = new byte[8192];
                try {
                    for (int n; (n = from.read(buffer)) >= 0; ) {
                        output.write(to, buffer, n);
                    }
                } catch (IOException e) {
                    if (!cancelled) {
                        byte[] line = ("benchmem: lost the memory-pass JVM's output: " + e.getMessage() + System.lineSeparator())
                                .getBytes(StandardCharsets.UTF_8);
                        output.write(to, line, line.length);
                    }
                }
            }, name);
            copier.setDaemon(true);
            copier.start();
            return copier;
        }
    }

    /**
     * The child's two output streams, held in memory until shown, in the order their chunks
     * came (so its stderr lines stay where they were among its stdout lines), then copied
     * through as they come.
     */
    private static final class HeldOutput {
        private record Chunk(PrintStream to, byte[] bytes) {
        }

        private List<Chunk> held = new ArrayList<>();
        private boolean discarded;

        synchronized void write(PrintStream to, byte[] bytes, int length) {
            if (discarded) {
                return;
            }
            if (held != null) {
                held.add(new Chunk(to, Arrays.copyOf(bytes, length)));
            } else {
                to.write(bytes, 0, length);
                to.flush();
            }
        }

        synchronized void show() {
            if (held != null && !discarded) {
                for (Chunk chunk : held) {
                    chunk.to().write(chunk.bytes(), 0, chunk.bytes().length);
                    chunk.to().flush();
                }
            }
            held = null;
        }

        synchronized void discard() {
            discarded = true;
            held = null;
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
