package dev.benchmem.bench.timing;

import dev.benchmem.harness.timing.TimingStats;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * For each {@link Workloads} entry, side by side in one run: JMH 1.37's average time and
 * benchmem's median with its default options, over N pairs of fresh JVMs (one JMH fork, then
 * one run of ours); then their ratio and the wall time each side took, JVM start-up included.
 *
 * <p>A short call settles at a speed of its own in each JVM (its compiled code differs from
 * JVM to JVM by up to 2x for a 200 ns call), so one fork is a draw from that spread. Both sides
 * therefore get the same number of JVMs, interleaved so that a drift of the machine hits both,
 * and both are aggregated as JMH aggregates its forks: the mean over forks of each fork's
 * statistic (JMH's average time per fork; our median per fork). The ratio is printed with
 * two standard errors from the fork-to-fork spread of both sides.
 *
 * <p>Options: {@code --forks N} (6 pairs), {@code --jmh-warmup N} (10 iterations), {@code
 * --jmh-iterations N} (5), {@code --jmh-time SECONDS} (1 per iteration), {@code --jmh-defaults}
 * (JMH's own 5 + 5 iterations of 10 s per fork), {@code --p50} (adds a JMH {@code SampleTime}
 * fork per pair, whose median is robust to preemption as ours is: a cross-check on a busy
 * machine), {@code --only NAME[,NAME]}.
 */
public final class TimingVsJmh {

    private static final String JVM_HEAP = "-Xmx512m";
    private static final List<String> VALUED =
            List.of("forks", "jmh-warmup", "jmh-iterations", "jmh-time", "only");
    private static final List<String> FLAGS = List.of("jmh-defaults", "p50");

    private TimingVsJmh() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = CommandLine.optionsOrExit("TimingVsJmh", args, TimingVsJmh::options);
        int forks = Integer.parseInt(opts.getOrDefault("forks", "6"));
        List<String> names = new ArrayList<>(Workloads.all().keySet());
        if (opts.containsKey("only")) {
            List<String> only = List.of(opts.get("only").split(","));
            if (!names.containsAll(only)) {
                System.err.println("TimingVsJmh: --only " + opts.get("only") + ": workloads are " + names);
                System.exit(2);
            }
            names.retainAll(only);
        }
        System.out.printf(Locale.ROOT, "load average at start: %.2f on %d cores; %d pairs of fresh JVMs per workload%n%n",
                CommandLine.loadAverage(), Runtime.getRuntime().availableProcessors(), forks);
        boolean p50 = opts.containsKey("p50");
        System.out.println("| workload | JMH avg (mean of forks) | ours: median (mean of forks) | ours / JMH avg ± 2 SE "
                + "| ours mean / JMH avg | " + (p50 ? "JMH p50 (SampleTime) | ours / JMH p50 | " : "")
                + "JMH forks | our forks' medians | rounds x iterations | wall per fork, JMH vs ours |");
        System.out.println("|---|---|---|---|---|" + (p50 ? "---|---|" : "") + "---|---|---|---|");
        for (String name : names) {
            double[] jmh = new double[forks];
            double[] ours = new double[forks];
            double[] oursMeans = new double[forks];
            double[] jmhP50 = new double[forks];
            long jmhWall = 0;
            long oursWall = 0;
            String shape = "";
            for (int f = 0; f < forks; f++) {
                long start = System.nanoTime();
                jmh[f] = jmhFork(name, Mode.AverageTime, opts).getScore();
                jmhWall += System.nanoTime() - start;
                if (p50) {
                    jmhP50[f] = jmhFork(name, Mode.SampleTime, opts).getStatistics().getPercentile(50);
                }
                start = System.nanoTime();
                Map<String, String> run = oursInFreshJvm(name);
                oursWall += System.nanoTime() - start;
                ours[f] = Double.parseDouble(run.get("median")) * 1e9;
                oursMeans[f] = Double.parseDouble(run.get("mean")) * 1e9;
                shape = run.get("rounds") + " x " + run.get("iterations");
            }
            // Over forks, not rounds: TimingStats gives the mean and the sample standard deviation.
            TimingStats jmhForks = TimingStats.of(jmh, 1);
            TimingStats ourForks = TimingStats.of(ours, 1);
            double ratio = ourForks.mean() / jmhForks.mean();
            double twoSe = 2 * ratio * Math.hypot(relativeError(ourForks), relativeError(jmhForks));
            double p50Mean = TimingStats.of(jmhP50, 1).mean();
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %.3f ± %.3f | %.3f | %s%s | %s | %s | %.1f s vs %.1f s |%n",
                    name, ns(jmhForks.mean()), ns(ourForks.mean()), ratio, twoSe,
                    TimingStats.of(oursMeans, 1).mean() / jmhForks.mean(),
                    p50 ? ns(p50Mean) + " | " + String.format(Locale.ROOT, "%.3f | ", ourForks.mean() / p50Mean) : "",
                    list(jmh), list(ours), shape, jmhWall / 1e9 / forks, oursWall / 1e9 / forks);
        }
        System.out.printf(Locale.ROOT, "%nload average at end: %.2f%n", CommandLine.loadAverage());
    }

    /** Standard error of the mean over forks, relative to the mean. */
    private static double relativeError(TimingStats forks) {
        return forks.stddev() / Math.sqrt(forks.rounds()) / forks.mean();
    }

    private static String list(double[] nanos) {
        List<String> out = new ArrayList<>();
        for (double n : nanos) {
            out.add(ns(n));
        }
        return String.join(", ", out);
    }

    /** One JMH fork of {@code name} in {@code mode}: its primary result. */
    private static org.openjdk.jmh.results.Result<?> jmhFork(String name, Mode mode, Map<String, String> opts)
            throws org.openjdk.jmh.runner.RunnerException {
        ChainedOptionsBuilder b = new OptionsBuilder()
                .include(JmhWorkloads.class.getName() + "\\." + name + "$")
                .mode(mode)
                .timeUnit(TimeUnit.NANOSECONDS)
                .jvmArgsAppend(JVM_HEAP)
                .forks(1)
                .verbosity(VerboseMode.SILENT);
        if (!opts.containsKey("jmh-defaults")) {
            TimeValue time = TimeValue.milliseconds(
                    (long) (Double.parseDouble(opts.getOrDefault("jmh-time", "1")) * 1000));
            b.warmupIterations(Integer.parseInt(opts.getOrDefault("jmh-warmup", "10")))
                    .measurementIterations(Integer.parseInt(opts.getOrDefault("jmh-iterations", "5")))
                    .warmupTime(time)
                    .measurementTime(time);
        }
        return new Runner(b.build()).runSingle().getPrimaryResult();
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

    private static Map<String, String> options(String[] args) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String key = args[i].startsWith("--") ? args[i].substring(2) : "";
            if (FLAGS.contains(key)) {
                m.put(key, "true");
            } else if (VALUED.contains(key) && i + 1 < args.length) {
                String value = args[++i];
                if (!key.equals("only") && !value.matches("\\d+(\\.\\d+)?")) {
                    throw new IllegalArgumentException("--" + key + " needs a number, got '" + value + "'");
                }
                m.put(key, value);
            } else {
                throw new IllegalArgumentException("unknown option or missing value: '" + args[i]
                        + "' (options: --forks N, --jmh-warmup N, --jmh-iterations N, --jmh-time SECONDS, "
                        + "--jmh-defaults, --p50, --only NAME[,NAME])");
            }
        }
        return m;
    }
}
