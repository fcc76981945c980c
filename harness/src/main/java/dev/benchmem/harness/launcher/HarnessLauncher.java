package dev.benchmem.harness.launcher;

import dev.benchmem.core.Gate;
import dev.benchmem.core.Regression;
import dev.benchmem.core.RunFileException;
import dev.benchmem.agent.MemoryRecorder;
import dev.benchmem.harness.Benchmark;
import dev.benchmem.harness.BenchmarkMemory;
import dev.benchmem.harness.engine.BenchmarkRun;
import dev.benchmem.harness.engine.RunConfig;
import dev.benchmem.harness.memory.ChildJvm;
import dev.benchmem.harness.memory.MemoryResults;
import dev.benchmem.harness.memory.ProfileFolder;
import dev.benchmem.harness.report.Ansi;
import dev.benchmem.harness.report.TerminalTable;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.engine.support.store.Namespace;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherFactory;

import picocli.CommandLine;

/**
 * One run of the launcher: parse the options, discover the tests, run the memory pass in a
 * child JVM when a selected benchmark needs one, run the tests here (timed rounds), then
 * write and print the results and pytest's closing line.
 */
public final class HarnessLauncher {

    private static final String NAME = "benchmem-harness";
    /** Options that print and exit without running anything. */
    private static final Set<String> NO_RUN = Set.of("-h", "--help", "-V", "--version");

    private final PrintStream out;
    private final PrintStream err;
    private final boolean color;
    /** Why the memory-pass JVM could not start, if it could not. */
    private String startFailure;

    /** Output in colour on a terminal, unless {@code NO_COLOR} is set ({@link Ansi#auto}). */
    public HarnessLauncher(PrintStream out, PrintStream err) {
        this(out, err, TerminalTable.autoColor());
    }

    HarnessLauncher(PrintStream out, PrintStream err, boolean color) {
        this.out = out;
        this.err = err;
        this.color = color;
    }

    /** Runs with {@code args}; returns the exit status (0 passed, 1 failed, 2 usage error, 5 no tests ran). */
    public int run(String... args) {
        long start = System.nanoTime();
        // The memory-pass JVM has the longest way to its first passes (start, discovery, arming),
        // so it starts before the options are parsed (0.2-0.3 s sooner); it is stopped again
        // when they need none, and at the end, when it has exited (a failure on the way).
        ChildJvm.Running child = mayStartMemoryPass(args) ? startMemoryPass(args) : null;
        try {
            return parseAndRun(args, start, child);
        } finally {
            if (child != null) {
                child.cancel();
            }
        }
    }

    private int parseAndRun(String[] args, long start, ChildJvm.Running child) {
        HarnessOptions options = new HarnessOptions();
        CommandLine commandLine = new CommandLine(options);
        try {
            commandLine.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            return usageError(e.getMessage());
        }
        if (commandLine.isUsageHelpRequested()) {
            commandLine.usage(out);
            return 0;
        }
        if (commandLine.isVersionHelpRequested()) {
            commandLine.printVersionHelp(out);
            return 0;
        }
        Optional<Path> missingRoot = options.scanRoots.stream().filter(root -> !Files.exists(root)).findFirst();
        if (missingRoot.isPresent()) {
            return usageError("--scan-classpath: " + missingRoot.get() + ": no such file or directory");
        }
        Map<String, String> parameters = options.configurationParameters();
        RunConfig config;
        try {
            config = RunConfig.from(key -> Optional.ofNullable(parameters.get(key)));
        } catch (RunConfig.InvalidSetting e) {
            return usageError(HarnessOptions.optionFor(e.key()) + ": " + e.problem());
        }
        RunOutput output;
        try {
            output = RunOutput.of(options, color);
        } catch (RunOutput.BadOption e) {
            return usageError(e.getMessage());
        }
        ChildJvm.Running memoryPass = mayNeedMemoryPass(config) ? child : null;
        if (child != null && memoryPass == null) {
            child.cancel();
        }
        return execute(options, parameters, config, output, start, memoryPass);
    }

    /**
     * Discovers and runs the tests, then writes and prints the run. The memory-pass JVM, when
     * a selected benchmark may need one, starts first and works while this JVM discovers,
     * counts and runs its tests: it is paused while rounds are timed, and each benchmark waits
     * for its own passes. Its output is shown after this JVM's progress.
     */
    private int execute(HarnessOptions options, Map<String, String> parameters, RunConfig config, RunOutput output,
                        long start, ChildJvm.Running child) {
        Progress.Style style = options.verbose ? Progress.Style.VERBOSE : options.quiet ? Progress.Style.QUIET : Progress.Style.NORMAL;
        Ansi ansi = new Ansi(color);
        BenchmarkRun run = new BenchmarkRun(config);
        try (LauncherSession session = LauncherFactory.openSession()) {
            session.getStore().put(Namespace.create(BenchmarkRun.STORE_NAMESPACE), BenchmarkRun.class, run);
            Launcher launcher = session.getLauncher();
            NameFilter nameFilter = config.nameFilter().map(NameFilter::new).orElse(null);
            TestPlan plan = launcher.discover(TestSelection.request(options.classes, options.scanRoots, parameters, nameFilter));
            ShardFilter shardFilter = null;
            if (options.shard != null) {
                // The whole selection's methods decide the assignment; a second discovery keeps this shard's.
                shardFilter = ShardFilter.of(options.shard, plan, options.storage);
                nameFilter = config.nameFilter().map(NameFilter::new).orElse(null);
                plan = launcher.discover(TestSelection.request(options.classes, options.scanRoots, parameters, nameFilter, shardFilter));
            }
            TestNames names = new TestNames();
            if (config.memoryMode()) {
                // Armed only now: discovery ran on code as it was, and the classes it loaded are
                // rewritten with the rest (1.4 s sooner for the sort suite). No item count: the
                // launcher shows this JVM's output only once its own rounds are done, so the
                // progress is held to the end, when the items are known, and no dry run of the
                // plan (0.3-0.5 s) delays the first passes.
                MemoryRecorder.arm(ChildJvm.RUNNER_PACKAGES);
                // Each benchmark's passes are in the results file as soon as they are measured.
                launcher.execute(plan, names, Progress.heldToTheEnd(out, style, names, "memory ", true, ansi));
                return 0;
            }
            boolean childUsed = needsMemoryPass(plan, config) && useMemoryPass(run, child);
            if (child != null && !childUsed) {
                // Started on the chance that a selected benchmark needs it, and none does.
                child.cancel();
            }
            Outcomes outcomes = new Outcomes(names, (nameFilter == null ? 0 : nameFilter.deselected())
                    + (shardFilter == null ? 0 : shardFilter.deselected()));
            // A test plan runs once: the item count executes a second discovery of the same selection,
            // and only when a line of progress ends before the plan does (0.3 s the one-class run never spends).
            ShardFilter sameShard = shardFilter == null ? null : shardFilter.copy();
            LongSupplier items = ItemCount.lazily(launcher, run, () -> launcher.discover(TestSelection.request(options.classes,
                    options.scanRoots, parameters, config.nameFilter().map(NameFilter::new).orElse(null), sameShard)));
            if (childUsed) {
                out.println("timed rounds (the memory-pass JVM works beside the warmups and is paused while rounds are timed):");
            }
            launcher.execute(plan, new TestExecutionListener[] {names, new Progress(out, style, names, "", false, ansi, items), outcomes});
            if (childUsed) {
                showMemoryPass(run);
            }
            Gate.Result gate;
            try {
                gate = output.write(run.results(), out);
            } catch (IOException | RunFileException e) {
                // A run file that cannot be written, or a saved run that cannot be read.
                err.println(NAME + ": " + e.getMessage());
                return 2;
            }
            keepProfiles(run.memoryResults().orElse(null), config, output, gate);
            if (!outcomes.failures().isEmpty()) {
                out.println("short test summary info:");
                outcomes.failures().forEach(f -> out.println(f.line()));
            }
            out.println(outcomes.closingLine((System.nanoTime() - start) / 1e9));
            return !outcomes.failures().isEmpty() || !gate.passed() ? 1 : outcomes.ran() == 0 ? 5 : 0;
        }
    }

    private int usageError(String message) {
        err.println(NAME + ": error: " + message + " (see --help)");
        return 2;
    }

    /**
     * Keeps the profiles the memory pass staged: all of them, or with a memory gate those of the
     * ids that regressed on a memory metric.
     */
    private void keepProfiles(MemoryResults memory, RunConfig config, RunOutput output, Gate.Result gate) {
        if (memory == null || memory.profiled().isEmpty()) {
            return;
        }
        Set<String> regressed = ProfileFolder.fullnames(gate.regressions().stream()
                .filter(r -> r.metric().isMemory()).map(Regression::id).toList(), memory);
        try {
            if (output.gatesMemory()) {
                ProfileFolder.keep(memory, config.profileDirectory(), regressed::contains,
                        "no benchmark regressed past --benchmark-memory-compare-fail", out);
            } else {
                ProfileFolder.keep(memory, config.profileDirectory(), fullname -> true, null, out);
            }
        } catch (IOException e) {
            err.println(NAME + ": cannot keep the memory profiles: " + e.getMessage());
        }
    }

    /**
     * Whether to start a memory-pass JVM before the options are parsed: the agent is here to
     * start one with, this is not a memory-pass JVM itself, and no help or version is asked for.
     */
    private static boolean mayStartMemoryPass(String[] args) {
        return MemoryRecorder.isAgentLoaded() && Arrays.stream(args).noneMatch(arg -> arg.startsWith(ChildJvm.CHILD_OPTION)
                || NO_RUN.contains(arg));
    }

    /**
     * Whether this run may need a memory-pass JVM, before its tests are discovered: the agent is
     * here to start one with, and benchmarks are not skipped.
     */
    private static boolean mayNeedMemoryPass(RunConfig config) {
        return !config.memoryMode() && config.selection() != RunConfig.Selection.SKIP_BENCHMARKS
                && !config.memory().isolate() && MemoryRecorder.isAgentLoaded();
    }

    /** Starts the memory-pass JVM; null, with the reason kept for the benchmarks, when it cannot start. */
    private ChildJvm.Running startMemoryPass(String[] args) {
        try {
            return ChildJvm.start(MemoryRecorder.agentJar(), Arrays.asList(args), color);
        } catch (IOException e) {
            startFailure = "the memory pass failed: " + e.getMessage();
            return null;
        }
    }

    /** Takes the benchmarks' memory passes from {@code child}, or records why there are none. Whether the child is used. */
    private boolean useMemoryPass(BenchmarkRun run, ChildJvm.Running child) {
        if (child == null) {
            run.memoryUnavailable(startFailure != null ? startFailure : BenchmarkRun.NO_AGENT);
            return false;
        }
        run.useMemoryPass(child);
        return true;
    }

    /** Shows the memory-pass JVM's output under a header, and waits for it to exit. */
    private void showMemoryPass(BenchmarkRun run) {
        out.println("memory pass: a child JVM with the benchmem agent armed (SerialGC, MarkSweepDeadRatio=0) called each benchmark,"
                + " untimed");
        out.flush();
        run.showMemoryPass();
        run.awaitMemoryPass();
    }

    /** Whether a selected test method takes a fixture that will run a memory pass. */
    private static boolean needsMemoryPass(TestPlan plan, RunConfig config) {
        if (config.selection() == RunConfig.Selection.SKIP_BENCHMARKS || config.memory().isolate()) {
            // --benchmark-memory-isolate: every pass runs in a JVM of its own, none in a shared one
            return false;
        }
        return plan.getRoots().stream().flatMap(root -> plan.getDescendants(root).stream())
                .map(id -> id.getSource().orElse(null))
                .filter(MethodSource.class::isInstance)
                .map(source -> ((MethodSource) source).getJavaMethod().getParameterTypes())
                .map(List::of)
                .anyMatch(types -> types.contains(BenchmarkMemory.class) || config.memoryForAll() && types.contains(Benchmark.class));
    }
}
