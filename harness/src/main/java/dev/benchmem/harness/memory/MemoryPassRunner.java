package dev.benchmem.harness.memory;

import dev.benchmem.core.MemoryPasses;
import dev.benchmem.agent.MemoryMeasurement;
import dev.benchmem.agent.MemoryRecorder;
import dev.benchmem.agent.Recording;
import dev.benchmem.agent.ThreadScope;

import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the memory passes of one target in a JVM where the agent is armed: warmup calls, then
 * passes per {@link MemorySchedule}, each recording every thread the harness does not own.
 * Every pass is kept; the minimum is the headline, the maximum what ceilings check.
 */
public final class MemoryPassRunner {

    /** One call of the benchmarked code; its result stays reachable until the pass is recorded. */
    @FunctionalInterface
    public interface Call {
        Object invoke() throws Throwable;
    }

    private MemoryPassRunner() {
    }

    /**
     * Measures {@code call}, running {@code setup} (untracked) before every call.
     *
     * @throws IllegalStateException when the agent is not armed in this JVM
     */
    public static MemoryPasses measure(Runnable setup, Call call, MemorySchedule schedule) throws Throwable {
        if (!MemoryRecorder.isArmed()) {
            throw new IllegalStateException("the benchmem agent is not armed in this JVM");
        }
        // Warmup calls run recorded, and the recordings are dropped: the recorder's own first-use
        // allocations (and the call's one-time ones: class init, lambda linkage) land there.
        for (int i = 0; i < schedule.warmup(); i++) {
            setup.run();
            onePass(call);
        }
        List<MemoryMeasurement> passes = new ArrayList<>();
        long deadline = System.nanoTime() + schedule.maxTime().toNanos();
        int passesWithoutNewMinimum = 0;
        while (true) {
            setup.run();
            MemoryMeasurement pass = onePass(call);
            passesWithoutNewMinimum = setsNewMinimum(pass, passes) ? 0 : passesWithoutNewMinimum + 1;
            passes.add(pass);
            if (done(schedule, passes.size(), passesWithoutNewMinimum, deadline)) {
                return toPasses(passes);
            }
        }
    }

    private static MemoryMeasurement onePass(Call call) throws Throwable {
        Recording recording = MemoryRecorder.start(ThreadScope.ALL_THREADS);
        try {
            Object result = call.invoke();
            MemoryMeasurement measurement = recording.stop();
            // The result is part of what the call holds at its end: keep it alive past stop().
            Reference.reachabilityFence(result);
            return measurement;
        } finally {
            recording.close();
        }
    }

    static boolean done(MemorySchedule schedule, int passes, int passesWithoutNewMinimum, long deadline) {
        if (!schedule.adaptive()) {
            return passes >= schedule.repeats();
        }
        return passes >= MemorySchedule.MAX_ADAPTIVE
                || passes >= MemorySchedule.MIN_ADAPTIVE && passesWithoutNewMinimum >= MemorySchedule.STABLE_PASSES
                || System.nanoTime() - deadline >= 0;
    }

    /** A pass sets a new minimum when any metric is lower than in every pass before it. */
    static boolean setsNewMinimum(MemoryMeasurement pass, List<MemoryMeasurement> before) {
        if (before.isEmpty()) {
            return true;
        }
        return pass.peakBytes() < before.stream().mapToLong(MemoryMeasurement::peakBytes).min().getAsLong()
                || pass.allocatedBytes() < before.stream().mapToLong(MemoryMeasurement::allocatedBytes).min().getAsLong()
                || pass.allocations() < before.stream().mapToLong(MemoryMeasurement::allocations).min().getAsLong();
    }

    private static MemoryPasses toPasses(List<MemoryMeasurement> passes) {
        return new MemoryPasses(
                passes.stream().map(MemoryMeasurement::peakBytes).toList(),
                passes.stream().map(MemoryMeasurement::allocatedBytes).toList(),
                passes.stream().map(MemoryMeasurement::allocations).toList());
    }
}
