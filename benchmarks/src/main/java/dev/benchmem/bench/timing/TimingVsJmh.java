package dev.benchmem.bench.timing;

import dev.benchmem.core.TimingStats;
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
import java.util.stream.Stream;
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
 * machine), {@code --min-time SECONDS} (our rounds last at least this long, as the harness's
 * {@code --benchmark-min-time}: long enough and each round carries its share of the young
 * collections an allocating call causes, as a JMH iteration does), {@code --same-jvm TURNS}
 * (instead of pairs of JVMs, N JVMs that each run both methods in turn, TURNS times: see
 * {@link SameJvm}), {@code --only NAME[,NAME]}.
 */
public final class TimingVsJmh {

    private static final String JVM_HEAP = "-Xmx512m";
    private static final List<String> VALUED =
            List.of("forks", "jmh-warmup", "jmh-iterations", "jmh-time", "min-time", "same-jvm", "only");
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
        if (opts.containsKey("same-jvm")) {
            sameJvm(names, forks, Integer.parseInt(opts.get("same-jvm")), opts);
            return;
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
                Map<String, String> run = oursInFreshJvm(name, opts.get("min-time"));
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

    /**
     * Both methods in the same JVMs ({@link SameJvm}): per workload, {@code jvms} fresh JVMs
     * that each run JMH in-process and ours in turn, {@code turns} times; per JVM the ratio of
     * our mean median to JMH's mean average, and their mean over JVMs with two standard errors.
     */
    private static void sameJvm(List<String> names, int jvms, int turns, Map<String, String> opts)
            throws IOException, InterruptedException {
        System.out.printf(Locale.ROOT, "load average at start: %.2f on %d cores; %d JVMs per workload, %d turns each%n%n",
                CommandLine.loadAverage(), Runtime.getRuntime().availableProcessors(), jvms, turns);
        System.out.println("| workload | JMH avg (mean) | ours: median (mean) | ours / JMH avg ± 2 SE over JVMs "
                + "| ours mean / JMH avg | per JVM: ours / JMH (each turn's JMH avg / our median) |");
        System.out.println("|---|---|---|---|---|---|");
        List<String> jmhArgs = new ArrayList<>();
        for (String key : List.of("jmh-warmup", "jmh-iterations", "jmh-time", "jmh-defaults")) {
            if (opts.containsKey(key)) {
                jmhArgs.add(key + "=" + opts.get(key));
            }
        }
        for (String name : names) {
            double[] ratios = new double[jvms];
            double jmhSum = 0;
            double oursSum = 0;
            double oursMeanSum = 0;
            List<String> perJvm = new ArrayList<>();
            for (int j = 0; j < jvms; j++) {
                List<String> args = new ArrayList<>(List.of(name, String.valueOf(turns)));
                args.addAll(jmhArgs);
                double jmh = 0;
                double ours = 0;
                List<String> each = new ArrayList<>();
                for (String line : freshJvm(SameJvm.class, args).lines().filter(l -> l.startsWith("jmh=")).toList()) {
                    Map<String, String> turn = keyValues(Arrays.stream(line.split(" ")));
                    double j1 = Double.parseDouble(turn.get("jmh"));
                    double o1 = Double.parseDouble(turn.get("ours"));
                    oursMeanSum += Double.parseDouble(turn.get("ours_mean")) / turns / jvms;
                    jmh += j1 / turns;
                    ours += o1 / turns;
                    each.add(ns(j1) + " / " + ns(o1));
                }
                ratios[j] = ours / jmh;
                jmhSum += jmh / jvms;
                oursSum += ours / jvms;
                perJvm.add(String.format(Locale.ROOT, "%.3f (%s)", ratios[j], String.join(", ", each)));
            }
            TimingStats r = TimingStats.of(ratios, 1);
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %.3f ± %.3f | %.3f | %s |%n", name, ns(jmhSum), ns(oursSum),
                    r.mean(), 2 * r.stddev() / Math.sqrt(jvms), oursMeanSum / jmhSum, String.join("; ", perJvm));
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
        return new Runner(jmhOptions(name, mode, opts).jvmArgsAppend(JVM_HEAP).forks(1).build())
                .runSingle().getPrimaryResult();
    }

    /** JMH's options for {@code name} in {@code mode}, iterations as {@code opts} say; forks are the caller's. */
    static ChainedOptionsBuilder jmhOptions(String name, Mode mode, Map<String, String> opts) {
        ChainedOptionsBuilder b = new OptionsBuilder()
                .include(JmhWorkloads.class.getName() + "\\." + name + "$")
                .mode(mode)
                .timeUnit(TimeUnit.NANOSECONDS)
                .verbosity(VerboseMode.SILENT);
        if (!opts.containsKey("jmh-defaults")) {
            TimeValue time = TimeValue.milliseconds(
                    (long) (Double.parseDouble(opts.getOrDefault("jmh-time", "1")) * 1000));
            b.warmupIterations(Integer.parseInt(opts.getOrDefault("jmh-warmup", "10")))
                    .measurementIterations(Integer.parseInt(opts.getOrDefault("jmh-iterations", "5")))
                    .warmupTime(time)
                    .measurementTime(time);
        }
        return b;
    }

    /** Runs {@link OursOnce} in a new JVM with this class path; its {@code key=value} lines. */
    private static Map<String, String> oursInFreshJvm(String name, String minTime)
            throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(name));
        if (minTime != null) {
            args.add(minTime);
        }
        return keyValues(freshJvm(OursOnce.class, args).lines());
    }

    /** The {@code key=value} items among {@code items}, by key. */
    private static Map<String, String> keyValues(Stream<String> items) {
        Map<String, String> m = new HashMap<>();
        items.filter(item -> item.contains("=")).forEach(item -> {
            int eq = item.indexOf('=');
            m.put(item.substring(0, eq), item.substring(eq + 1));
        });
        return m;
    }

    /** Runs {@code main} in a new JVM with this class path and {@link #JVM_HEAP}; its standard output. */
    private static String freshJvm(Class<?> main, List<String> args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, JVM_HEAP, "-cp", System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (p.waitFor() != 0) {
            throw new IllegalStateException(main.getSimpleName() + " " + args + " failed: " + out);
        }
        return out;
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
                        + "--jmh-defaults, --p50, --min-time SECONDS, --same-jvm TURNS, --only NAME[,NAME])");
            }
        }
        return m;
    }
}
