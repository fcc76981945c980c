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

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
    private final MemoryResults measuredHere = new MemoryResults();
    private final Map<Class<?>, MemorySource> memoryByClass = new ConcurrentHashMap<>();
    private volatile CompletableFuture<MemorySource> memoryForAll;
    private volatile boolean collecting;

    /** A run the launcher drives (it reports the results). */
    public BenchmarkRun(RunConfig config) {
        this(config, false);
    }

    private BenchmarkRun(RunConfig config, boolean standalone) {
        this.config = config;
        this.standalone = standalone;
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
     * Every benchmark's memory passes and errors come from {@code pass}: a memory-pass JVM
     * started up front, which may still be running (the launcher runs no test before it has
     * exited: {@link #awaitMemoryPass}).
     */
    public void useMemoryPass(CompletableFuture<MemoryResults> pass) {
        memoryForAll = pass.handle((results, failure) -> failure == null ? new MemorySource(results, null)
                : new MemorySource(null, "the memory pass failed: " + unwrap(failure).getMessage()));
    }

    /** Memory benchmarks fail with {@code message} (no agent). */
    public void memoryUnavailable(String message) {
        memoryForAll = CompletableFuture.completedFuture(new MemorySource(null, message));
    }

    /** Waits until the run's memory-pass JVM, if it started one, has exited. */
    public void awaitMemoryPass() {
        CompletableFuture<MemorySource> all = memoryForAll;
        if (all != null) {
            all.join();
        }
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    /** The memory-pass JVM's results once {@link #awaitMemoryPass} returned; empty when there were none. */
    public Optional<MemoryResults> memoryResults() {
        CompletableFuture<MemorySource> all = memoryForAll;
        return all == null || !all.isDone() ? Optional.empty() : Optional.ofNullable(all.join().results());
    }

    /** In the memory-pass JVM: what this JVM measured, to be written for the parent. */
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
     * The memory passes of {@code id}, from the run's memory-pass JVM, or from one started now for
     * {@code testClass} when the run had none (a JUnit launcher other than ours, with the agent).
     *
     * Either holds the results or the reason there are none.
     */
    MemorySource memoryFor(Class<?> testClass) {
        CompletableFuture<MemorySource> all = memoryForAll;
        if (all != null) {
            return all.join();
        }
        return memoryByClass.computeIfAbsent(testClass, this::startChildFor);
    }

    private MemorySource startChildFor(Class<?> testClass) {
        if (!MemoryRecorder.isAgentLoaded()) {
            return new MemorySource(null, NO_AGENT);
        }
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
