package dev.benchmem.harness.engine;

import dev.benchmem.core.BenchmarkResult;
import dev.benchmem.core.MemoryPasses;
import dev.benchmem.core.Outcome;
import dev.benchmem.core.TimingStats;
import dev.benchmem.harness.BenchmarkMemory;
import dev.benchmem.harness.MemoryCeiling;
import dev.benchmem.harness.MemoryPass;
import dev.benchmem.harness.memory.MemoryCeilings;
import dev.benchmem.harness.memory.MemoryPassRunner;
import dev.benchmem.harness.memory.MemorySchedule;
import dev.benchmem.harness.memory.ProfileFolder;
import dev.benchmem.harness.timing.TimingEngine;
import dev.benchmem.harness.timing.TimingOptions;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The fixture behind {@code Benchmark} and {@code BenchmarkMemory}: one per test invocation,
 * measuring one target. In the memory-pass JVM it runs the memory passes only; in the timing
 * JVM it takes the passes measured there, times the rounds, checks the ceilings.
 */
final class BenchmarkFixture implements BenchmarkMemory {

    private final BenchmarkRun run;
    private final boolean memory;
    private final Class<?> testClass;
    private final Method method;
    private final Map<String, Object> extraInfo = new LinkedHashMap<>();
    private BenchmarkId id;
    private boolean used;
    private TimingOptions timingOptions;
    private TimingStats stats;
    private MemoryPasses memoryPasses;

    BenchmarkFixture(BenchmarkRun run, boolean memory, Class<?> testClass, Method method) {
        this.run = run;
        this.memory = memory;
        this.testClass = testClass;
        this.method = method;
    }

    boolean measuresMemory() {
        return memory;
    }

    void identify(BenchmarkId id) {
        this.id = id;
    }

    BenchmarkId id() {
        return id;
    }

    @Override
    public <T> T run(Supplier<T> target) {
        return measure(Target.of(target), Schedule.ADAPTIVE, true);
    }

    @Override
    public void run(Runnable target) {
        measure(Target.of(() -> {
            target.run();
            return null;
        }), Schedule.ADAPTIVE, false);
    }

    @Override
    public <T> T pedantic(Supplier<T> target, Runnable setup, int rounds, int warmupRounds, int iterations) {
        return measure(Target.withSetup(setup, target), Schedule.fixed(rounds, warmupRounds, iterations), true);
    }

    @Override
    public <S, T> T pedantic(Function<? super S, T> target, Supplier<? extends S> setup,
                             int rounds, int warmupRounds, int iterations) {
        if (iterations != 1) {
            throw new IllegalArgumentException("pedantic with a fresh input per round needs iterations = 1, not " + iterations);
        }
        return measure(Target.withInput(setup, target), Schedule.fixed(rounds, warmupRounds, iterations), true);
    }

    @Override
    public Map<String, Object> extraInfo() {
        return extraInfo;
    }

    /** @param returnsValue whether the caller uses the value (run with a Supplier, pedantic) */
    private <T> T measure(Target<T> target, Schedule schedule, boolean returnsValue) {
        if (used) {
            throw new IllegalStateException("a benchmark fixture measures one target per test: call run or pedantic once");
        }
        used = true;
        try {
            if (run.config().memoryMode()) {
                // target::compute, not call: no result may outlive its pass's retained reading.
                memoryPasses = MemoryPassRunner.measure(target::beforeMemoryPass, target::compute, memorySchedule());
                run.measuredHere().record(id.fullname(), memoryPasses);
                if (profiled()) {
                    profile(target);
                }
                // The test may use what run returns: one more call, after the passes, unrecorded.
                return returnsValue ? target.call() : null;
            }
            boolean isolated = memory && memorySchedule().isolate();
            if (isolated) {
                memoryPasses = run.isolatedPasses(testClass, id.fullname(), memorySchedule());
            } else if (memory) {
                // Known now, before rounds are spent on a benchmark that is to fail.
                Optional<String> unavailable = run.memoryUnavailableReason();
                if (unavailable.isPresent()) {
                    throw new AssertionFailedError(id.name() + ": " + unavailable.get());
                }
            }
            timingOptions = schedule.options(run.config());
            stats = TimingEngine.measure(target.timed(new Blackhole()), timingOptions, run.bystander());
            if (memory && !isolated) {
                // Measured meanwhile by the memory-pass JVM, which is usually done with it by now.
                memoryPasses = passesFrom(run.memoryFor(testClass, id.fullname()));
            }
            if (memory) {
                MemoryCeilings ceilings = MemoryCeilings.of(Annotations.find(testClass, method, MemoryCeiling.class));
                List<String> violations = ceilings.violations(id.name(), memoryPasses);
                if (!violations.isEmpty()) {
                    throw new AssertionFailedError(String.join("; ", violations));
                }
            }
            return target.last();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new BenchmarkFailure(id.name() + ": " + t, t);
        }
    }

    private MemoryPasses passesFrom(BenchmarkRun.MemorySource source) {
        if (source.unavailableReason().isPresent()) {
            throw new AssertionFailedError(id.name() + ": " + source.unavailableReason().get());
        }
        return source.results().passes(id.fullname()).orElseThrow(() -> new AssertionFailedError(id.name() + ": "
                + source.results().error(id.fullname()).map(e -> "the memory pass failed: " + e)
                        .orElse("the memory pass did not measure it")));
    }

    /** Whether this benchmark gets a profiled pass: {@code --benchmark-memory-profile}, or {@code @MemoryPass(profile = true)}. */
    private boolean profiled() {
        MemoryPass pass = Annotations.find(testClass, method, MemoryPass.class);
        return run.config().memoryProfile().isPresent() || pass != null && pass.profile();
    }

    /**
     * The profiled pass, after the measured ones: its numbers never reach the run file. A pass
     * that fails costs the profile, not the benchmark: one line on stderr says why.
     */
    private void profile(Target<?> target) {
        try {
            ProfileFolder.profile(id.name(), id.fullname(), target::beforeMemoryPass, target::compute, memoryPasses,
                    run.measuredHere(), run.config().memoryChildOutput().orElseThrow());
        } catch (Throwable t) {
            System.err.println("benchmem: no profile for " + id.name() + ": " + t);
        }
    }

    private MemorySchedule memorySchedule() {
        return memorySchedule(run.config(), Annotations.find(testClass, method, MemoryPass.class));
    }

    /**
     * The run's schedule with {@code pass}'s members over it; in an isolated pass's JVM, its one
     * pass (see {@link MemorySchedule#onePassOfIsolated()}).
     */
    static MemorySchedule memorySchedule(RunConfig config, MemoryPass pass) {
        MemorySchedule schedule = config.memory();
        if (pass != null) {
            if (pass.repeats() > 0) {
                schedule = schedule.withRepeats(pass.repeats());
            }
            if (pass.warmup() >= 0) {
                schedule = schedule.withWarmup(pass.warmup());
            }
            if (!pass.maxTime().isBlank()) {
                schedule = schedule.withMaxTime(Durations.parse(pass.maxTime()));
            }
            if (pass.calls() < 1) {
                throw new IllegalArgumentException("@MemoryPass(calls = " + pass.calls() + "): must be at least 1");
            }
            schedule = schedule.withCalls(pass.calls()).withIsolate(schedule.isolate() || pass.isolate());
        }
        return config.isolatedPass().isPresent() ? schedule.onePassOfIsolated() : schedule;
    }

    /** The result of this invocation once the test method returned or threw ({@code failure}); null when nothing was measured. */
    BenchmarkResult result(Throwable failure) {
        if (!used || id == null) {
            return null;
        }
        Outcome outcome = failure == null ? Outcome.PASSED
                : failure instanceof TestAbortedException ? Outcome.SKIPPED : Outcome.FAILED;
        return new BenchmarkResult(id.group(), id.name(), id.fullname(), id.params(), id.param(),
                new LinkedHashMap<>(extraInfo), timingOptions == null ? Map.of() : timingOptions.asRunFileOptions(), stats, memoryPasses, outcome,
                failure == null ? null : String.valueOf(failure.getMessage()));
    }

    /** A checked exception from the benchmarked code, carried out of {@code run}. */
    static final class BenchmarkFailure extends RuntimeException {
        BenchmarkFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
