package dev.benchmem.agent.workload;

import dev.benchmem.agent.MemoryMeasurement;
import dev.benchmem.agent.MemoryRecorder;
import dev.benchmem.agent.Recording;
import dev.benchmem.agent.ThreadScope;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Child-JVM main: runs workloads and prints {@code name allocations bytes peak} per line,
 * from the measured run that allocated least.
 * Mode {@code agent} measures with the armed agent; mode {@code oracle} (no agent) prints
 * the JVM's own per-thread allocated bytes and -1 for what it cannot know.
 *
 * Mode {@code passes} prints {@code name peak peak peak}: three consecutive recordings of each
 * of {@link Workloads#temporaries()}, each series right after a recording that churns 300 MiB;
 * on stderr, per recording: peak, collections (checkpoints plus the baseline and final ones)
 * and wall time.
 *
 * <p>Usage: {@code Measure agent|oracle exactness|peaks [name...]}, {@code Measure agent threaded-peaks}
 * (recorded on every thread) or {@code Measure passes}
 */
public final class Measure {
    private static final int WARMUP = 1;
    /**
     * Measured runs per workload; the one allocating least is printed, so that one-time JDK
     * work (method-handle customization, caches filled late) lands in another. The oracle runs
     * uninstrumented code that the JIT compiles on its own schedule, so it gets twice as many.
     */
    private static final int RUNS = 2;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private Measure() {
    }

    public static void main(String[] args) throws Throwable {
        if (args[0].equals("passes")) {
            passes();
            return;
        }
        boolean agent = args[0].equals("agent");
        // The oracle runs without the agent, so its API classes must not be touched then.
        ThreadScope scope = !agent ? null
                : args[1].equals("threaded-peaks") ? ThreadScope.ALL_THREADS : ThreadScope.CALLING_THREAD;
        List<Workload> workloads = new ArrayList<>(switch (args[1]) {
            case "peaks" -> Workloads.peaks();
            case "threaded-peaks" -> Workloads.threadedPeaks();
            default -> Workloads.exactness();
        });
        if (args.length > 2) {
            List<String> names = List.of(args).subList(2, args.length);
            workloads.removeIf(w -> !names.contains(w.name()));
        }
        Workload empty = new Workload("empty", 0, () -> null);
        long counterCost = agent ? 0 : oracle(empty);
        if (agent) {
            record(empty, scope); // links the API classes from this class before anything is measured
        }
        for (Workload workload : workloads) {
            for (int i = 0; i < WARMUP; i++) {
                Workloads.sink = workload.body().run();
            }
            Workloads.sink = null;
            long[] least = null;
            for (int i = 0; i < (agent ? RUNS : 2 * RUNS); i++) {
                long[] run = agent ? record(workload, scope) : new long[] {-1, oracle(workload) - counterCost, -1};
                Workloads.sink = null;
                if (least == null || run[1] < least[1]) {
                    least = run;
                }
            }
            System.out.println(workload.name() + " " + least[0] + " " + least[1] + " " + least[2]);
        }
    }

    private static void passes() throws Throwable {
        Workload churn = Workloads.peaks().stream().filter(w -> w.name().equals("churn-300mib")).findFirst().orElseThrow();
        record(new Workload("empty", 0, () -> null), ThreadScope.CALLING_THREAD);
        for (Workload workload : Workloads.temporaries()) {
            workload.body().run();
            costed(churn);
            StringBuilder line = new StringBuilder(workload.name());
            for (int i = 0; i < 3; i++) {
                line.append(' ').append(costed(workload));
            }
            System.out.println(line);
        }
    }

    /** {@link #record} reporting its collections and wall time on stderr; returns the peak. */
    private static long costed(Workload workload) throws Throwable {
        long collections = collections();
        long start = System.nanoTime();
        long peak = record(workload, ThreadScope.CALLING_THREAD)[2];
        System.err.printf("%s: peak %d, %d collections, %d ms%n", workload.name(), peak,
                collections() - collections, (System.nanoTime() - start) / 1_000_000);
        return peak;
    }

    private static long collections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(gc -> gc.getCollectionCount()).sum();
    }

    /** One recorded run; a method of its own so no stale local keeps an earlier result alive. */
    private static long[] record(Workload workload, ThreadScope scope) throws Throwable {
        Recording recording = MemoryRecorder.start(scope);
        Object result = workload.body().run();
        MemoryMeasurement m = recording.stop();
        Workloads.sink = result;
        return new long[] {m.allocations(), m.allocatedBytes(), m.peakBytes()};
    }

    private static long oracle(Workload workload) throws Throwable {
        long before = THREADS.getCurrentThreadAllocatedBytes();
        Object result = workload.body().run();
        long after = THREADS.getCurrentThreadAllocatedBytes();
        Workloads.sink = result;
        return after - before;
    }
}
