package dev.benchmem.harness.engine;

import dev.benchmem.core.BenchmarkResult;
import dev.benchmem.agent.MemoryRecorder;
import dev.benchmem.core.MemoryPasses;
import dev.benchmem.harness.memory.ChildJvm;
import dev.benchmem.harness.memory.IsolatedPasses;
import dev.benchmem.harness.memory.MemorySchedule;
import dev.benchmem.harness.memory.MemoryResults;
import dev.benchmem.harness.memory.ProfileFolder;
import dev.benchmem.harness.report.Ansi;
import dev.benchmem.harness.timing.Bystander;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The state of one run, shared by every benchmark of a launcher session: its settings, the
 * results so far, and where memory passes come from. The launcher puts one in the session
 * store before executing; under a plain JUnit launcher (Maven Surefire) the extension creates
 * it from configuration parameters and starts a memory-pass JVM per test class on first need.
 */
public final class BenchmarkRun {

    /** Key of the run in the launcher session store. */
    public static final String STORE_NAMESPACE = "dev.benchmem.harness";

    private final RunConfig config;
    private final boolean standalone;
    private final List<BenchmarkResult> results = new ArrayList<>();
    private final MemoryResults measuredHere;
    private final Map<Class<?>, MemorySource> memoryByClass = new ConcurrentHashMap<>();
    /** The run's memory-pass JVM, started up front; null when none serves the whole run. */
    private volatile ChildJvm.Running memoryPass;
    /** Why memory benchmarks have no passes (no agent, the child could not start); null when they may. */
    private volatile String memoryUnavailable;
    private volatile boolean collecting;

    /** A run the launcher drives (it reports the results). */
    public BenchmarkRun(RunConfig config) {
        this(config, false);
    }

    private BenchmarkRun(RunConfig config, boolean standalone) {
        this.config = config;
        this.standalone = standalone;
        this.measuredHere = config.memoryChildOutput().map(BenchmarkRun::journal).orElseGet(MemoryResults::new);
    }

    private static MemoryResults journal(Path file) {
        try {
            return MemoryResults.journal(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write memory results to " + file + ": " + e.getMessage(), e);
        }
    }

    /** The run of the session {@code context} belongs to, created from its configuration parameters when none is there. */
    static BenchmarkRun of(ExtensionContext context) {
        return context.getStore(ExtensionContext.StoreScope.LAUNCHER_SESSION, ExtensionContext.Namespace.create(STORE_NAMESPACE))
                .getOrComputeIfAbsent(BenchmarkRun.class,
                        k -> new BenchmarkRun(RunConfig.from(context::getConfigurationParameter), true), BenchmarkRun.class);
    }

    /** Whether the extension made this run under a plain JUnit launcher, so nobody else reports it. */
    public boolean standalone() {
        return standalone;
    }

    public RunConfig config() {
        return config;
    }

    /**
     * While {@code true}, the extension skips every invocation (tests and lifecycle methods):
     * an execution then only expands parametrized methods into their items, which is how the
     * launcher counts items up front, as pytest collects them, for its progress percentage.
     */
    public void collecting(boolean collecting) {
        this.collecting = collecting;
    }

    boolean collecting() {
        return collecting;
    }

    /**
     * Every benchmark's memory passes and errors come from {@code child}, a memory-pass JVM
     * started up front, which works beside this JVM's tests: each benchmark waits for its own
     * passes, and the child is paused while rounds are timed ({@link #bystander}).
     */
    public void useMemoryPass(ChildJvm.Running child) {
        memoryPass = child;
    }

    /** Memory benchmarks fail with {@code message} (no agent). */
    public void memoryUnavailable(String message) {
        memoryUnavailable = message;
    }

    /**
     * Why memory benchmarks can have no passes, known before any is timed (no agent, no
     * memory-pass JVM); empty when they may have them.
     */
    Optional<String> memoryUnavailableReason() {
        if (memoryUnavailable != null) {
            return Optional.of(memoryUnavailable);
        }
        return memoryPass == null && !MemoryRecorder.isAgentLoaded() ? Optional.of(NO_AGENT) : Optional.empty();
    }

    /** What runs beside this run's timed rounds and is paused while they are timed. */
    Bystander bystander() {
        ChildJvm.Running child = memoryPass;
        return child == null ? Bystander.NONE : child;
    }

    /** Lets the output of the run's memory-pass JVM through, if it started one. */
    public void showMemoryPass() {
        ChildJvm.Running child = memoryPass;
        if (child != null) {
            child.showOutput();
        }
    }

    /** Waits until the run's memory-pass JVM, if it started one, has exited. */
    public void awaitMemoryPass() {
        ChildJvm.Running child = memoryPass;
        if (child != null) {
            child.awaitExit();
        }
    }

    /** The memory-pass JVM's results once {@link #awaitMemoryPass} returned; empty when there were none. */
    public Optional<MemoryResults> memoryResults() {
        ChildJvm.Running child = memoryPass;
        return child == null || !child.results().isDone() || child.results().isCompletedExceptionally()
                ? Optional.empty() : Optional.of(child.results().join());
    }

    /** In the memory-pass JVM: what this JVM measured, each record appended to the parent's results file as it is made. */
    public MemoryResults measuredHere() {
        return measuredHere;
    }

    synchronized void record(BenchmarkResult result) {
        results.add(result);
    }

    /** The results so far, in the order the benchmarks finished. */
    public synchronized List<BenchmarkResult> results() {
        return List.copyOf(results);
    }

    /**
     * The memory passes of {@code fullname} (a benchmark of {@code testClass}), from the run's
     * memory-pass JVM once it has measured them, or from one run now for {@code testClass} when
     * the run had none (a JUnit launcher other than ours, with the agent). Asked once {@link
     * #memoryUnavailableReason} has none.
     *
     * Either holds the results or the reason there are none.
     */
    MemorySource memoryFor(Class<?> testClass, String fullname) throws InterruptedException {
        ChildJvm.Running child = memoryPass;
        if (child != null) {
            try {
                return new MemorySource(child.awaitMeasured(fullname), null);
            } catch (IOException e) {
                return new MemorySource(null, "the memory pass failed: " + e.getMessage());
            }
        }
        return memoryByClass.computeIfAbsent(testClass, this::startChildFor);
    }

    private MemorySource startChildFor(Class<?> testClass) {
        try {
            MemoryResults results = ChildJvm.run(MemoryRecorder.agentJar(), childArgs(testClass), Ansi.auto(System.getenv()));
            // No gate runs here: every profile is kept.
            ProfileFolder.keep(results, config.profileDirectory(), fullname -> true, null, System.out);
            return new MemorySource(results, null);
        } catch (IOException e) {
            return new MemorySource(null, "the memory pass failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new MemorySource(null, "the memory pass was interrupted");
        }
    }

    /**
     * The passes of {@code fullname} (a benchmark of {@code testClass}), each measured in a fresh
     * JVM that runs only that benchmark, once (see {@link IsolatedPasses}).
     */
    MemoryPasses isolatedPasses(Class<?> testClass, String fullname, MemorySchedule schedule) throws IOException, InterruptedException {
        if (!MemoryRecorder.isAgentLoaded()) {
            throw new org.opentest4j.AssertionFailedError(NO_AGENT);
        }
        List<String> args = childArgs(testClass);
        args.addAll(List.of("--config", RunConfig.ISOLATED_PASS + "=" + fullname));
        return IsolatedPasses.measure(fullname, schedule,
                () -> ChildJvm.runIsolated(MemoryRecorder.agentJar(), args, Ansi.auto(System.getenv())));
    }

    /**
     * Harness arguments for a memory-pass JVM that runs {@code testClass} with this run's
     * settings, wherever they came from (Surefire's configurationParameters, -D, properties file).
     */
    private List<String> childArgs(Class<?> testClass) {
        List<String> args = new ArrayList<>(List.of("--select-class", testClass.getName()));
        config.toParameters().forEach((key, value) -> args.addAll(List.of("--config", key + "=" + value)));
        return args;
    }

    /** Why memory benchmarks cannot run without the agent, and how to add it. */
    public static final String NO_AGENT = "the memory pass needs the benchmem agent, and none is loaded in this JVM: "
            + "run with java -javaagent:path/to/benchmem.jar (Maven Surefire: add it to <argLine>)";

    /** Where memory passes come from: results, or the reason there are none. */
    record MemorySource(MemoryResults results, String unavailable) {
        Optional<String> unavailableReason() {
            return Optional.ofNullable(unavailable);
        }
    }
}
