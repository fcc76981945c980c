package dev.benchmem.bench.timing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * For each {@link Workloads} entry, side by side in one run: JMH 1.37 average time (forked,
 * warmed up) and benchmem's median with its default options, each of our runs in a fresh JVM
 * as JMH forks; then their ratio and the wall time each side took, JVM start-up included.
 *
 * <p>Options: {@code --jmh-forks N} (2), {@code --jmh-warmup N} (10 iterations), {@code
 * --jmh-iterations N} (5), {@code --jmh-time SECONDS} (1 per iteration), {@code --jmh-defaults}
 * (JMH's own 5 forks x (5 + 5) x 10 s), {@code --ours-forks N} (3), {@code --only NAME}.
 */
public final class TimingVsJmh {

    private static final String JVM_HEAP = "-Xmx512m";

    private TimingVsJmh() {}

    private static final List<String> VALUED =
            List.of("jmh-forks", "jmh-warmup", "jmh-iterations", "jmh-time", "ours-forks", "only");

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = CommandLine.optionsOrExit("TimingVsJmh", args, TimingVsJmh::options);
        int oursForks = Integer.parseInt(opts.getOrDefault("ours-forks", "3"));
        List<String> names = new ArrayList<>(Workloads.all().keySet());
        if (opts.containsKey("only")) {
            List<String> only = List.of(opts.get("only").split(","));
            if (!names.containsAll(only)) {
                System.err.println("TimingVsJmh: --only " + opts.get("only") + ": workloads are " + names);
                System.exit(2);
            }
            names.retainAll(only);
        }
        System.out.printf(Locale.ROOT, "load average at start: %.2f on %d cores%n%n", CommandLine.loadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.println("| workload | JMH avg ± 99.9% | ours: median | ours / JMH avg "
                + "| JMH p50 (SampleTime) | ours / JMH p50 | ours mean / JMH avg | our forks' medians "
                + "| rounds x iterations | JMH wall (AverageTime) | ours wall (per fork) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        for (String name : names) {
            long jmhStart = System.nanoTime();
            Result avg = new Runner(jmhOptions(name, Mode.AverageTime, opts).build()).runSingle()
                    .getPrimaryResult();
            double jmhWall = (System.nanoTime() - jmhStart) / 1e9;
            // SampleTime's median is robust to preemption as our median is; a cross-check on a busy machine.
            double jmhP50 = new Runner(jmhOptions(name, Mode.SampleTime, opts).build()).runSingle()
                    .getPrimaryResult().getStatistics().getPercentile(50);

            double[] medians = new double[oursForks];
            double[] means = new double[oursForks];
            String shape = "";
            double oursWall = 0;
            for (int f = 0; f < oursForks; f++) {
                long start = System.nanoTime();
                Map<String, String> ours = oursInFreshJvm(name);
                oursWall += (System.nanoTime() - start) / 1e9;
                medians[f] = Double.parseDouble(ours.get("median")) * 1e9;
                means[f] = Double.parseDouble(ours.get("mean")) * 1e9;
                shape = ours.get("rounds") + " x " + ours.get("iterations");
            }
            double ourMedian = middle(medians);
            System.out.printf(Locale.ROOT,
                    "| %s | %s ± %s | %s | %.3f | %s | %.3f | %.3f | %s | %s | %.1f s | %.1f s |%n",
                    name, ns(avg.getScore()), ns(avg.getScoreError()), ns(ourMedian),
                    ourMedian / avg.getScore(), ns(jmhP50), ourMedian / jmhP50,
                    middle(means) / avg.getScore(), list(medians), shape, jmhWall, oursWall / oursForks);
        }
        System.out.printf(Locale.ROOT, "%nload average at end: %.2f%n", CommandLine.loadAverage());
    }

    /** Other processes on these cores shift wall-clock timings: the run prints how busy they were. */
    private static double middle(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static ChainedOptionsBuilder jmhOptions(String name, Mode mode, Map<String, String> opts) {
        ChainedOptionsBuilder b = new OptionsBuilder()
                .include(JmhWorkloads.class.getName() + "\\." + name + "$")
                .mode(mode)
                .timeUnit(TimeUnit.NANOSECONDS)
                .jvmArgsAppend(JVM_HEAP)
                .verbosity(VerboseMode.SILENT);
        if (opts.containsKey("jmh-defaults")) {
            return b;
        }
        TimeValue time = TimeValue.milliseconds(
                (long) (Double.parseDouble(opts.getOrDefault("jmh-time", "1")) * 1000));
        return b.forks(Integer.parseInt(opts.getOrDefault("jmh-forks", "2")))
                .warmupIterations(Integer.parseInt(opts.getOrDefault("jmh-warmup", "10")))
                .measurementIterations(Integer.parseInt(opts.getOrDefault("jmh-iterations", "5")))
                .warmupTime(time)
                .measurementTime(time);
    }

    /** Runs {@link OursOnce} in a new JVM with this class path; its {@code key=value} lines. */
    private static Map<String, String> oursInFreshJvm(String name)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, JVM_HEAP, "-cp", System.getProperty("java.class.path"),
                OursOnce.class.getName(), name).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (p.waitFor() != 0) {
            throw new IllegalStateException("OursOnce " + name + " failed: " + out);
        }
        Map<String, String> m = new HashMap<>();
        out.lines().filter(l -> l.contains("=")).forEach(l -> {
            int eq = l.indexOf('=');
            m.put(l.substring(0, eq), l.substring(eq + 1));
        });
        return m;
    }

    private static String ns(double nanos) {
        if (nanos >= 1e6) {
            return String.format(Locale.ROOT, "%.3f ms", nanos / 1e6);
        }
        if (nanos >= 1e3) {
            return String.format(Locale.ROOT, "%.3f us", nanos / 1e3);
        }
        return String.format(Locale.ROOT, "%.2f ns", nanos);
    }

    private static String list(double[] nanos) {
        List<String> out = new ArrayList<>();
        for (double n : nanos) {
            out.add(ns(n));
        }
        return String.join(", ", out);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String key = args[i].startsWith("--") ? args[i].substring(2) : "";
            if (key.equals("jmh-defaults")) {
                m.put(key, "true");
            } else if (VALUED.contains(key) && i + 1 < args.length) {
                String value = args[++i];
                if (!key.equals("only") && !value.matches("\\d+(\\.\\d+)?")) {
                    throw new IllegalArgumentException("--" + key + " needs a number, got '" + value + "'");
                }
                m.put(key, value);
            } else {
                throw new IllegalArgumentException("unknown option or missing value: '" + args[i]
                        + "' (options: --jmh-forks N, --jmh-warmup N, --jmh-iterations N, "
                        + "--jmh-time SECONDS, --ours-forks N, --only NAME[,NAME], --jmh-defaults)");
            }
        }
        return m;
    }
}
