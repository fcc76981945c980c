package dev.benchmem.harness.memory;

import dev.benchmem.core.Metric;
import dev.benchmem.core.MemoryPasses;
import dev.benchmem.agent.AllocationProfile;
import dev.benchmem.agent.MemoryMeasurement;
import dev.benchmem.agent.MemoryRecorder;
import dev.benchmem.agent.Recording;
import dev.benchmem.agent.ThreadScope;

import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the memory passes of one target in a JVM where the agent is armed: warmup calls, then
 * passes per {@link MemorySchedule}, each recording every thread the harness does not own.
 * Every pass is kept; the minimum is the headline, the maximum what ceilings check.
 *
 * <p>A pass makes {@code calls} calls. The last call's result is alive when the recording
 * stops (it is part of what the call holds at its end, so of the peak); then it is dropped
 * and the live heap read once more: {@code retained}, what the calls left alive. Between calls
 * each result is dropped and the live heap read too, so that a pass of several calls has
 * {@code retained} after each ({@value #RETAINED_AFTER_CALL_KEY}) and their slope per call
 * ({@value #RETAINED_SLOPE_KEY}). Nothing here holds a result past that point: the reading is
 * exact (under the memory-pass JVM's SerialGC) only for what the benchmark itself keeps.
 */
public final class MemoryPassRunner {

    /** {@code extra_info.benchmem}: the calls per pass, when more than one. */
    public static final String CALLS_KEY = "calls";
    /** {@code extra_info.benchmem}: per pass, the bytes left alive after each of its calls (cumulative). */
    public static final String RETAINED_AFTER_CALL_KEY = "retained_after_call_bytes";
    /** {@code extra_info.benchmem}: per pass, the least-squares slope of those readings, bytes per call. */
    public static final String RETAINED_SLOPE_KEY = "retained_slope_bytes";

    /** One call of the benchmarked code; the runner drops its result as soon as it has been measured. */
    @FunctionalInterface
    public interface Call {
        Object invoke() throws Throwable;
    }

    private MemoryPassRunner() {
    }

    /** What one pass read. */
    private record Pass(MemoryMeasurement measurement, long[] retainedAfterCall, ProcessProbe probe) {
        long retained() {
            return retainedAfterCall[retainedAfterCall.length - 1];
        }
    }

    /**
     * Measures {@code call}, running {@code setup} (untracked) before every pass; with {@code
     * schedule.isolate()}, this is one isolated pass (see {@link MemorySchedule#onePassOfIsolated()}),
     * which reads the process's resident set and native memory around the calls too.
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
            onePass(call, schedule.calls(), null);
        }
        List<Pass> passes = new ArrayList<>();
        // The budget counts the time the passes ran, not the time the parent kept this JVM stopped.
        long deadline = PausedTime.OF_THIS_JVM.runningNanos() + schedule.maxTime().toNanos();
        int passesWithoutNewMinimum = 0;
        while (true) {
            setup.run();
            ProcessProbe probe = null;
            if (schedule.isolate()) {
                probe = new ProcessProbe();
                probe.warm();
            }
            Pass pass = onePass(call, schedule.calls(), probe);
            passesWithoutNewMinimum = setsNewMinimum(pass.measurement(), passes.stream().map(Pass::measurement).toList())
                    ? 0 : passesWithoutNewMinimum + 1;
            passes.add(pass);
            if (done(schedule, passes.size(), passesWithoutNewMinimum, deadline - PausedTime.OF_THIS_JVM.runningNanos())) {
                return toPasses(passes, schedule.calls());
            }
        }
    }

    /** What a profiled pass measured, and where its allocations came from. */
    public record Profiled(MemoryMeasurement measurement, AllocationProfile profile) {
    }

    /**
     * One profiled pass of {@code call}, after {@code setup}: run after the measured passes,
     * which it never joins. Paths are sampled as {@link AllocationProfile#intervalFor} picks
     * for what the measured passes allocated: every path up to 10,000 allocations.
     */
    public static Profiled profile(Runnable setup, Call call, MemoryPasses measured) throws Throwable {
        long interval = AllocationProfile.intervalFor(measured.headline(Metric.ALLOCATIONS), measured.headline(Metric.ALLOCATED));
        setup.run();
        Recording recording = MemoryRecorder.startProfiled(ThreadScope.ALL_THREADS, interval);
        try {
            // Stopped before the record is made: its `new` would run inside the region (loading its class there).
            MemoryMeasurement measurement = lastCallAndStop(call, recording, null);
            return new Profiled(measurement, recording.profile());
        } finally {
            recording.close();
        }
    }

    /**
     * Records {@code calls} calls. Everything the pass itself needs is made before the
     * recording starts; the readings between calls go into an array made up front.
     */
    private static Pass onePass(Call call, int calls, ProcessProbe probe) throws Throwable {
        long[] retainedAfterCall = new long[calls];
        Runnable before = probe == null ? null : probe::before;
        Runnable after = probe == null ? null : probe::after;
        Recording recording = MemoryRecorder.start(ThreadScope.ALL_THREADS);
        try {
            if (before != null) {
                recording.uncounted(before);
            }
            for (int i = 0; i < calls - 1; i++) {
                call.invoke();
                retainedAfterCall[i] = recording.liveNow();
            }
            MemoryMeasurement measurement = lastCallAndStop(call, recording, after);
            retainedAfterCall[calls - 1] = recording.retainedBytes();
            return new Pass(measurement, retainedAfterCall, probe);
        } finally {
            recording.close();
        }
    }

    /** The last call, the probe's reading right after it, and stop, with the result alive; it is gone on return. */
    private static MemoryMeasurement lastCallAndStop(Call call, Recording recording, Runnable after) throws Throwable {
        Object result = call.invoke();
        if (after != null) {
            recording.uncounted(after);
        }
        MemoryMeasurement measurement = recording.stop();
        // The result is part of what the call holds at its end: keep it alive past stop().
        Reference.reachabilityFence(result);
        return measurement;
    }

    /** Whether a schedule has its passes, {@code nanosLeft} of its time budget left. */
    static boolean done(MemorySchedule schedule, int passes, int passesWithoutNewMinimum, long nanosLeft) {
        if (!schedule.adaptive()) {
            return passes >= schedule.repeats();
        }
        return passes >= MemorySchedule.MAX_ADAPTIVE
                || passes >= MemorySchedule.MIN_ADAPTIVE && passesWithoutNewMinimum >= MemorySchedule.STABLE_PASSES
                || nanosLeft <= 0;
    }

    /**
     * A pass sets a new minimum when any metric is lower than in every pass before it. The first
     * pass sets the bar and beats none, so two identical passes end an adaptive schedule (the
     * "at least 2" of the schedule is reachable); three were needed before, a quarter of the
     * memory-pass JVM's collections spent on a pass that only repeated the other two.
     */
    static boolean setsNewMinimum(MemoryMeasurement pass, List<MemoryMeasurement> before) {
        if (before.isEmpty()) {
            return false;
        }
        return pass.peakBytes() < before.stream().mapToLong(MemoryMeasurement::peakBytes).min().getAsLong()
                || pass.allocatedBytes() < before.stream().mapToLong(MemoryMeasurement::allocatedBytes).min().getAsLong()
                || pass.allocations() < before.stream().mapToLong(MemoryMeasurement::allocations).min().getAsLong();
    }

    private static MemoryPasses toPasses(List<Pass> passes, int calls) {
        MemoryPasses measured = new MemoryPasses(
                passes.stream().map(p -> p.measurement().peakBytes()).toList(),
                passes.stream().map(p -> p.measurement().allocatedBytes()).toList(),
                passes.stream().map(p -> p.measurement().allocations()).toList())
                .with(Metric.RETAINED, passes.stream().map(Pass::retained).toList());
        Map<String, Object> other = new LinkedHashMap<>();
        if (calls > 1) {
            other.put(CALLS_KEY, calls);
            other.put(RETAINED_AFTER_CALL_KEY, passes.stream()
                    .map(p -> java.util.Arrays.stream(p.retainedAfterCall()).boxed().toList()).toList());
            other.put(RETAINED_SLOPE_KEY, passes.stream().map(p -> slope(p.retainedAfterCall())).toList());
        }
        if (passes.get(0).probe() != null) {
            measured = measured.with(Metric.RSS, passes.stream().map(p -> p.probe().rssGrowth()).toList());
            passes.get(0).probe().nativeGrowth().forEach(other::put);
        }
        return measured.withOtherSeries(other);
    }

    /** Least-squares slope of {@code y} over the call numbers 1..n, rounded to whole bytes per call. */
    static long slope(long[] y) {
        int n = y.length;
        double meanX = (n + 1) / 2.0;
        double meanY = java.util.Arrays.stream(y).average().orElse(0);
        double num = 0;
        double den = 0;
        for (int i = 0; i < n; i++) {
            num += (i + 1 - meanX) * (y[i] - meanY);
            den += (i + 1 - meanX) * (i + 1 - meanX);
        }
        return den == 0 ? 0 : Math.round(num / den);
    }
}
