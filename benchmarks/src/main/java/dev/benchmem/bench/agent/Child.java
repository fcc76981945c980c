package dev.benchmem.bench.agent;

import com.google.monitoring.runtime.instrumentation.AllocationRecorder;
import dev.benchmem.agent.ArmReport;
import dev.benchmem.agent.MemoryRecorder;
import dev.benchmem.agent.Recording;
import dev.benchmem.agent.ThreadScope;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What {@link AgentCost} runs in each child JVM; prints one result line.
 *
 * <ul>
 *   <li>{@code loop none|benchmem|anchor [mixed]}: median ns per escaping object over timed
 *       rounds of 10M, the loop recorded by the named recorder (none: whatever agent the JVM
 *       was started with stays idle); 16-byte objects, or with {@code mixed} 16- and 24-byte
 *       objects in turn</li>
 *   <li>{@code alternate [mixed]}: in an armed JVM, unrecorded and recorded rounds in turn: the
 *       median ns per object of each, and the median ratio of a pair</li>
 *   <li>{@code hello}: prints and exits (start-up)</li>
 *   <li>{@code arm N}: loads N JDK classes, then arms benchmem: classes, rewritten, ms</li>
 *   <li>{@code pass}: ms of an empty recorded region, and of a recorded sort of a 500k-int
 *       copy minus the same call unrecorded</li>
 * </ul>
 */
public final class Child {
    private static final int PER_ROUND = 10_000_000;
    /** Warmup: at least this many rounds, then on until {@link #SETTLED} rounds in a row set no new best and compile nothing. */
    private static final int MIN_WARMUP_ROUNDS = 5;
    private static final int SETTLED = 5;
    private static final int MAX_WARMUP_ROUNDS = 80;
    static final int ROUNDS = 15;

    static volatile Object sink;
    static long sampled;

    /** 12-byte header and one int: 16 bytes. */
    record Small(int value) {
    }

    /** 12-byte header, 4 bytes of padding, one long: 24 bytes, a second class for the mixed loop. */
    record Pair(long value) {
    }

    private Child() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "loop" -> System.out.println(loop(args[1], args.length > 2 && args[2].equals("mixed")));
            case "alternate" -> System.out.println(alternate(args.length > 1 && args[1].equals("mixed")));
            case "hello" -> System.out.println("hello");
            case "arm" -> System.out.println(arm(Integer.parseInt(args[1])));
            case "pass" -> System.out.println(pass());
            default -> throw new IllegalArgumentException("unknown child task " + args[0]);
        }
    }

    private static double loop(String recorder, boolean mixed) {
        if (recorder.equals("anchor")) {
            AllocationRecorder.addSampler((count, desc, newObj, size) -> sampled += size);
        }
        warmUp(() -> round(recorder, mixed));
        double[] nanosPerObject = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            nanosPerObject[round] = (double) round(recorder, mixed) / PER_ROUND;
        }
        return median(nanosPerObject);
    }

    /**
     * Counting alone side by side in one armed JVM: an unrecorded round, then a recorded one,
     * {@link #ROUNDS} times, so that whatever state the machine is in hits both rounds of a
     * pair. Prints the median ns per object of each, and the median of the pairs' ratios.
     */
    private static String alternate(boolean mixed) {
        warmUp(() -> round("none", mixed) + round("benchmem", mixed));
        double[] plain = new double[ROUNDS];
        double[] counted = new double[ROUNDS];
        double[] ratios = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            plain[round] = (double) round("none", mixed) / PER_ROUND;
            counted[round] = (double) round("benchmem", mixed) / PER_ROUND;
            ratios[round] = counted[round] / plain[round];
        }
        return String.format(Locale.ROOT, "%.3f %.3f %.3f", median(plain), median(counted), median(ratios));
    }

    /**
     * An armed JVM recompiles every rewritten class it runs, and its JIT reaches the loop
     * seconds later than an unarmed one: warm up until the rounds stop getting faster while
     * the JIT compiles nothing.
     */
    public static void warmUp(LongSupplier round) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long best = Long.MAX_VALUE;
        for (int done = 0, settled = 0; done < MAX_WARMUP_ROUNDS
                && (done < MIN_WARMUP_ROUNDS || settled < SETTLED); done++, settled++) {
            long compiling = jit.getTotalCompilationTime();
            long took = round.getAsLong();
            if (took < best * 0.98 || jit.getTotalCompilationTime() != compiling) {
                settled = 0;
            }
            best = Math.min(best, took);
        }
    }

    /** The middle of {@code values} (the upper one of the two middles of an even count). */
    public static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** One round of the loop, recorded by {@code recorder}; nanoseconds of the loop alone. */
    private static long round(String recorder, boolean mixed) {
        Recording recording = recorder.equals("benchmem") ? MemoryRecorder.start(ThreadScope.CALLING_THREAD) : null;
        long start = System.nanoTime();
        if (mixed) {
            allocateMixed();
        } else {
            allocate();
        }
        long took = System.nanoTime() - start;
        if (recording != null) {
            recording.stop();
        }
        return took;
    }

    /** Two classes in turn, as most code allocates: a cache of the last class sized would always miss. */
    private static void allocateMixed() {
        for (int i = 0; i < PER_ROUND / 2; i++) {
            sink = new Small(i);
            sink = new Pair(i);
        }
    }

    private static void allocate() {
        for (int i = 0; i < PER_ROUND; i++) {
            sink = new Small(i);
        }
    }

    private static String arm(int classes) throws Exception {
        Path base = FileSystems.getFileSystem(URI.create("jrt:/")).getPath("/modules/java.base");
        List<String> names;
        try (Stream<Path> files = Files.walk(base)) {
            names = files.map(p -> base.relativize(p).toString())
                    .filter(n -> n.endsWith(".class") && !n.equals("module-info.class"))
                    .map(n -> n.substring(0, n.length() - 6).replace('/', '.'))
                    .sorted().collect(Collectors.toList());
        }
        for (int i = 0; i < names.size() && ManagementFactory.getClassLoadingMXBean().getLoadedClassCount() < classes; i++) {
            try {
                Class.forName(names.get(i), false, null);
            } catch (Throwable e) {
                // a class this platform cannot load is simply not counted
            }
        }
        int loaded = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
        ArmReport report = MemoryRecorder.arm();
        return loaded + " " + report.transformed() + " " + report.took().toMillis();
    }

    private static String pass() {
        int[] source = new java.util.Random(42).ints(500_000).toArray();
        double empty = 0;
        double call = 0;
        double recorded = 0;
        int reps = 20;
        for (int rep = -5; rep < reps; rep++) {
            long t0 = System.nanoTime();
            MemoryRecorder.start(ThreadScope.CALLING_THREAD).stop();
            long t1 = System.nanoTime();
            sink = sortCopy(source);
            long t2 = System.nanoTime();
            Recording recording = MemoryRecorder.start(ThreadScope.CALLING_THREAD);
            sink = sortCopy(source);
            recording.stop();
            long t3 = System.nanoTime();
            if (rep >= 0) {
                empty += (t1 - t0) / 1e6 / reps;
                call += (t2 - t1) / 1e6 / reps;
                recorded += (t3 - t2) / 1e6 / reps;
            }
        }
        return String.format("%.2f %.2f %.2f", empty, call, recorded);
    }

    private static int[] sortCopy(int[] source) {
        int[] copy = source.clone();
        Arrays.sort(copy);
        return copy;
    }
}
