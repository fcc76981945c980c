package dev.benchmem.bench.profile;

import dev.benchmem.agent.AllocationProfile;
import dev.benchmem.agent.MemoryRecorder;
import dev.benchmem.agent.Recording;
import dev.benchmem.agent.ThreadScope;
import dev.benchmem.bench.agent.Child;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@link ProfileCost} runs in each child JVM; prints one result line.
 *
 * <ul>
 *   <li>{@code alternate loop|boxed INTERVAL...} (armed JVM): rounds side by side, a counting-only
 *       recording, then a profiled one per sampling interval ({@code auto}: what the harness picks),
 *       {@value #ROUNDS} times; prints the median ns per object of the counting round, then per
 *       interval the median ratio of profiled to counting round and the samples taken</li>
 *   <li>{@code plain loop|boxed} (no agent, or JFR): the median ns per object of unrecorded rounds</li>
 * </ul>
 */
public final class ProfileChild {
    static final int ROUNDS = 11;
    private static final int LOOP = 5_000_000;
    private static final int BOXED = 500_000;

    static volatile Object sink;

    /** 12-byte header and one int: 16 bytes. */
    record Small(int value) {
    }

    private ProfileChild() {
    }

    public static void main(String[] args) {
        String workload = args[1];
        int objects = workload.equals("loop") ? LOOP : BOXED;
        Runnable body = workload.equals("loop") ? ProfileChild::loop : ProfileChild::boxed;
        if (args[0].equals("plain")) {
            Child.warmUp(() -> time(body));
            double[] rounds = new double[ROUNDS];
            for (int r = 0; r < ROUNDS; r++) {
                rounds[r] = (double) time(body) / objects;
            }
            System.out.printf(Locale.ROOT, "%.3f%n", Child.median(rounds));
            return;
        }
        List<String> intervals = List.of(args).subList(2, args.length);
        long[] auto = measureOnce(body);
        Child.warmUp(() -> recorded(body, -1)[0]);
        for (String interval : intervals) {
            Child.warmUp(() -> recorded(body, interval(interval, auto))[0]);
        }
        double[] counting = new double[ROUNDS];
        double[][] ratios = new double[intervals.size()][ROUNDS];
        long[] samples = new long[intervals.size()];
        for (int r = 0; r < ROUNDS; r++) {
            counting[r] = recorded(body, -1)[0];
            for (int i = 0; i < intervals.size(); i++) {
                long[] profiled = recorded(body, interval(intervals.get(i), auto));
                ratios[i][r] = profiled[0] / counting[r];
                samples[i] = profiled[1];
            }
        }
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%.3f", Child.median(counting) / objects));
        for (int i = 0; i < intervals.size(); i++) {
            line.append(String.format(Locale.ROOT, " %s=%.3f/%d/%d", intervals.get(i), Child.median(ratios[i]),
                    interval(intervals.get(i), auto), samples[i]));
        }
        System.out.println(line);
    }

    /** A sampling interval: bytes, {@code 64k}, or {@code auto} (what the harness would pick for the region). */
    private static long interval(String text, long[] region) {
        if (text.equals("auto")) {
            return AllocationProfile.intervalFor(region[0], region[1]);
        }
        return text.endsWith("k") ? Long.parseLong(text.substring(0, text.length() - 1)) << 10 : Long.parseLong(text);
    }

    /** One counting recording of the region: {allocations, bytes}. */
    private static long[] measureOnce(Runnable body) {
        Recording recording = MemoryRecorder.start(ThreadScope.CALLING_THREAD);
        body.run();
        var m = recording.stop();
        return new long[] {m.allocations(), m.allocatedBytes()};
    }

    /** One round recorded counting-only (interval -1) or profiled: {ns of the region alone, samples}. */
    private static long[] recorded(Runnable body, long interval) {
        Recording recording = interval < 0 ? MemoryRecorder.start(ThreadScope.CALLING_THREAD)
                : MemoryRecorder.startProfiled(ThreadScope.CALLING_THREAD, interval);
        long took = time(body);
        recording.stop();
        return new long[] {took, interval < 0 ? 0 : recording.profile().samples()};
    }

    private static long time(Runnable body) {
        long start = System.nanoTime();
        body.run();
        return System.nanoTime() - start;
    }

    private static void loop() {
        for (int i = 0; i < LOOP; i++) {
            sink = new Small(i);
        }
    }

    /** DESIGN's anchor workload: a 500k-element {@code ArrayList<Integer>}, built. */
    private static void boxed() {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < BOXED; i++) {
            list.add(i);
        }
        sink = list;
    }
}
