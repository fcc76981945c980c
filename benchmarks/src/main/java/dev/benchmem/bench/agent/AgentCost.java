package dev.benchmem.bench.agent;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Agent cost, benchmem vs the anchor (java-allocation-instrumenter 3.3.4), measured side by
 * side in one run in child JVMs started with the real jars; prints ratios to the run without
 * any agent. Jars: {@code -Dbenchmem.agent.jar} (default {@code agent/target/benchmem.jar})
 * and {@code -Dbenchmem.anchor.jar} (default: the jar in the local Maven repository).
 *
 * <pre>java -cp benchmarks/target/classes dev.benchmem.bench.agent.AgentCost</pre>
 */
public final class AgentCost {
    private static final int REPEATS = 3;
    private static final int STARTS = 7;
    private static final int SIDE_BY_SIDE_JVMS = 5;
    private static final int PAIRS = 7;

    private final String launcher = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private final String benchmem;
    private final String anchor;
    private final String classPath;

    private AgentCost(String benchmem, String anchor) {
        this.benchmem = benchmem;
        this.anchor = anchor;
        this.classPath = String.join(File.pathSeparator,
                Path.of(System.getProperty("java.class.path").split(File.pathSeparator)[0]).toString(), anchor, benchmem);
    }

    public static void main(String[] args) throws Exception {
        String benchmem = System.getProperty("benchmem.agent.jar", "agent/target/benchmem.jar");
        String anchor = System.getProperty("benchmem.anchor.jar", Path.of(System.getProperty("user.home"),
                ".m2/repository/com/google/code/java-allocation-instrumenter/java-allocation-instrumenter/3.3.4/"
                + "java-allocation-instrumenter-3.3.4.jar").toString());
        for (String jar : List.of(benchmem, anchor)) {
            if (!Files.isRegularFile(Path.of(jar))) {
                System.err.println("agent-cost: no such jar: " + jar + " (build with mvn -B -Pbench -DskipTests package)");
                System.exit(2);
            }
        }
        new AgentCost(benchmem, anchor).run();
    }

    private void run() throws Exception {
        System.out.printf("java %s, %d cpus%n%n", Runtime.version(), Runtime.getRuntime().availableProcessors());
        String passive = "-javaagent:" + benchmem;
        String armed = passive + "=armed";
        String anchored = "-javaagent:" + anchor;

        Series base = new Series("no agent");
        Series idleBenchmem = new Series("benchmem loaded, passive");
        Series idleAnchor = new Series("anchor loaded, idle");
        Series recordBenchmem = new Series("benchmem recording");
        Series countBenchmem = new Series("  of which counting alone");
        Series recordAnchor = new Series("anchor recording (sampler)");
        Series mixedBase = new Series("no agent");
        Series mixedCount = new Series("benchmem counting alone");
        for (int i = 0; i < REPEATS; i++) {
            base.add(child(null, "loop", "none"));
            idleBenchmem.add(child(passive, "loop", "none"));
            idleAnchor.add(child(anchored, "loop", "none"));
            recordBenchmem.add(child(armed, "loop", "benchmem"));
            recordAnchor.add(child(anchored, "loop", "anchor"));
            // System.gc() made a no-op: checkpoints cost nothing, what is left is counting
            countBenchmem.add(child(armed, "-XX:+DisableExplicitGC", "loop", "benchmem"));
            mixedBase.add(child(null, "loop", "none", "mixed"));
            mixedCount.add(child(armed, "-XX:+DisableExplicitGC", "loop", "benchmem", "mixed"));
        }
        System.out.println("Escaping 16-byte objects, median ns/object over 15 rounds of 10M after a warmup that runs until"
                + " the rounds stop getting faster; median of " + REPEATS + " JVMs, ratio to that of no agent, every JVM's median");
        for (Series series : List.of(base, idleBenchmem, idleAnchor, recordBenchmem, countBenchmem, recordAnchor)) {
            System.out.println(series.against(base));
        }
        System.out.println();
        System.out.println("Two classes in turn (16 and 24 bytes), same method");
        System.out.println(mixedBase.against(mixedBase));
        System.out.println(mixedCount.against(mixedBase));
        System.out.println();

        // This machine's cores change speed for minutes at a time (another tenant, frequency), and
        // the counting loop suffers more from a slow period than the bare loop: JVMs run one
        // after the other compare different periods. JVMs run back to back mostly share one,
        // and rounds side by side in one JVM always do.
        System.out.println("Counting alone against no agent, in pairs of JVMs run back to back: the loop in a JVM without"
                + " agent, then recorded in an armed one; per pair the median ns/object of each and their ratio");
        Series pairRatios = new Series("pairs");
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < PAIRS; i++) {
            double plain = Double.parseDouble(child(null, "loop", "none"));
            double counted = Double.parseDouble(child(armed, "-XX:+DisableExplicitGC", "loop", "benchmem"));
            pairRatios.add(String.valueOf(counted / plain));
            pairs.add(String.format("%.2f / %.2f = %.3f", plain, counted, counted / plain));
        }
        System.out.printf("  one class  median of %d pairs %.2fx   (%s)%n%n", PAIRS, pairRatios.middle(), String.join(", ", pairs));

        System.out.println("Counting alone, side by side in one armed JVM: an unrecorded round, then a recorded one, "
                + Child.ROUNDS + " times; per JVM the median ns/object of each and the median ratio of a pair");
        for (String shape : new String[] {"one class", "mixed"}) {
            Series ratios = new Series(shape);
            List<String> each = new ArrayList<>();
            for (int i = 0; i < SIDE_BY_SIDE_JVMS; i++) {
                String[] f = child(armed, "-XX:+DisableExplicitGC", "alternate", shape.equals("mixed") ? "mixed" : "one")
                        .split(" ");
                ratios.add(f[2]);
                each.add(f[0] + " / " + f[1] + " = " + f[2]);
            }
            System.out.printf("  %-10s median of %d JVMs %.2fx   (%s)%n", shape, SIDE_BY_SIDE_JVMS,
                    ratios.middle(), String.join(", ", each));
        }
        System.out.println();

        long[][] starts = new long[3][STARTS];
        for (int i = 0; i < STARTS; i++) {
            starts[0][i] = wallMillis(null);
            starts[1][i] = wallMillis(passive);
            starts[2][i] = wallMillis(anchored);
        }
        long startBase = median(starts[0]);
        System.out.println("JVM start-up, hello world, median wall time of " + STARTS);
        System.out.printf("  no agent                     %5d ms%n", startBase);
        System.out.printf("  -javaagent:benchmem.jar      %5d ms   %+d ms%n", median(starts[1]), median(starts[1]) - startBase);
        System.out.printf("  -javaagent:anchor            %5d ms   %+d ms%n%n", median(starts[2]), median(starts[2]) - startBase);

        System.out.println("Arming (retransform every loaded class once): loaded classes, rewritten, ms");
        for (int classes : new int[] {1_000, 3_500}) {
            String[] f = child(passive, "arm", String.valueOf(classes)).split(" ");
            System.out.printf("  %5s loaded  %5s rewritten  %6s ms%n", f[0], f[1], f[2]);
        }
        System.out.println();

        String[] pass = child(armed, "pass").split(" ");
        System.out.println("Memory pass beyond the call (SerialGC; mean of 20)");
        System.out.printf("  empty region (start + stop)            %s ms%n", pass[0]);
        System.out.printf("  sort of a 500k-int copy, unrecorded    %s ms%n", pass[1]);
        System.out.printf("  same call recorded (start, call, stop) %s ms%n", pass[2]);
    }

    /** Every JVM's result for one configuration, in ns per object. */
    private static final class Series {
        private final String label;
        private final List<Double> values = new ArrayList<>();

        Series(String label) {
            this.label = label;
        }

        void add(String line) {
            values.add(Double.parseDouble(line.trim()));
        }

        /**
         * The middle JVM: this machine has slow and fast periods that last minutes, and one
         * JVM that ran in a fast one should not set the baseline (a best of N did).
         */
        double middle() {
            return values.stream().mapToDouble(Double::doubleValue).sorted().skip(values.size() / 2).findFirst().orElseThrow();
        }

        /** The middle value, its ratio to {@code base}'s, and every value. */
        String against(Series base) {
            String all = values.stream().map(value -> String.format("%.2f", value)).collect(Collectors.joining(", "));
            return String.format("  %-28s %7.2f ns   %.2fx   (%s)", label, middle(), middle() / base.middle(), all);
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private long wallMillis(String agent) throws IOException, InterruptedException {
        long start = System.nanoTime();
        child(agent, "hello");
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    /** Runs {@link Child} with an optional agent and more JVM flags (arguments starting with -) and returns its last output line. */
    private String child(String agent, String... flagsAndTask) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher, "-Xmx512m", "-XX:+UseSerialGC", "-XX:MarkSweepDeadRatio=0"));
        if (agent != null) {
            command.add(agent);
        }
        List<String> rest = List.of(flagsAndTask);
        int task = 0;
        while (rest.get(task).startsWith("-")) {
            task++;
        }
        command.addAll(rest.subList(0, task));
        command.addAll(List.of("-cp", classPath, Child.class.getName()));
        command.addAll(rest.subList(task, rest.size()));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes()).trim();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("child failed: " + command + "\n" + out);
        }
        return out.substring(out.lastIndexOf('\n') + 1);
    }
}
