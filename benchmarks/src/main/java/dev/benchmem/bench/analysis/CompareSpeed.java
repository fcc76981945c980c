package dev.benchmem.bench.analysis;

import dev.benchmem.bench.TimedCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times {@code benchmem compare} through the real launcher, JVM start-up included: the
 * start-up floor ({@code --version}, a tiny compare), two runs of growing size, and growing
 * numbers of runs of 1,000 benchmarks. Each case runs {@code reps} times; the median wall
 * time is reported with the cost above the floor and its growth against the previous size
 * (2.00 when the cost is linear in the input, as every size doubles). Where {@code /usr/bin/time}
 * exists, the median CPU time (user + system, all threads) is reported too: unlike wall time
 * it hardly moves when other processes load the machine.
 *
 * <pre>java -cp benchmarks/target/classes dev.benchmem.bench.analysis.CompareSpeed [LAUNCHER] [REPS] [ROUNDS]</pre>
 *
 * <p>{@code --against OLD NEW [REPS] [ROUNDS] [ARGS...]} times two launchers (a previous build and
 * this one) side by side instead, on the two cases the issues name (2 runs x 10,000 and 20 runs
 * x 1,000), in alternating pairs so that both see the same load; ARGS are added to every compare
 * (e.g. {@code --metric peak}). It reports each side's median and the median of the per-pair
 * ratios new / old.
 */
public final class CompareSpeed {
    private final Path launcher;
    private final int reps;
    private final Path work;
    private final RunFileGenerator generator;

    private CompareSpeed(Path launcher, int reps, int rounds, Path work) {
        this.launcher = launcher;
        this.reps = reps;
        this.work = work;
        this.generator = new RunFileGenerator(rounds);
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--against")) {
            against(args);
            return;
        }
        Path launcher = Path.of(args.length > 0 ? args[0] : "cli/target/benchmem").toAbsolutePath();
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        if (!Files.isExecutable(launcher)) {
            System.err.println(launcher + ": no launcher; build it first: mvn -B -pl analysis,cli -am package -DskipTests");
            System.exit(2);
        }
        Path work = Files.createTempDirectory("benchmem-compare-speed");
        try {
            new CompareSpeed(launcher, reps, rounds, work).run(rounds);
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
    }

    private void run(int rounds) throws Exception {
        System.out.printf(Locale.ROOT, "benchmem compare, through %s, %d reps per case, %d timed rounds per benchmark%n",
                launcher, reps, rounds);
        System.out.printf(Locale.ROOT, "load average at start: %s%n%n", Files.readString(Path.of("/proc/loadavg")).trim());
        System.out.printf(Locale.ROOT, "%-28s %10s %10s %10s %12s %8s %10s%n", "case", "input MB", "median s", "min s",
                "above floor", "growth", "cpu s");
        double floor = report("--version (JVM + CLI floor)", List.of("--version"), List.of(), Double.NaN, Double.NaN);
        double tiny = report("2 runs x 10", compareArgs(2, 10), files(2, 10), floor, Double.NaN);
        double previous = Double.NaN;
        for (int n : new int[] {2_500, 5_000, 10_000, 20_000}) {
            previous = report(String.format(Locale.ROOT, "2 runs x %,d", n), compareArgs(2, n), files(2, n), tiny, previous);
        }
        previous = Double.NaN;
        for (int runs : new int[] {5, 10, 20, 40}) {
            previous = report(String.format(Locale.ROOT, "%d runs x 1,000", runs), compareArgs(runs, 1_000), files(runs, 1_000), tiny, previous);
        }
        System.out.printf(Locale.ROOT, "%nabove floor = median - the 2 runs x 10 median; growth = above floor / the previous"
                + " size's (sizes double, so 2.00 is linear).%nPython reference on this machine: 30 s (2 x 10,000), 35 s (20 x 1,000).%n");
    }

    private List<String> compareArgs(int runs, int benchmarks) {
        List<String> args = new ArrayList<>();
        args.add("compare");
        for (Path f : files(runs, benchmarks)) {
            args.add(f.toString());
        }
        return args;
    }

    private List<Path> files(int runs, int benchmarks) {
        List<Path> files = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            files.add(work.resolve(benchmarks + "_" + r + ".json"));
        }
        return files;
    }

    /** Runs one case {@code reps} times after one untimed run; returns the median wall time. */
    private double report(String name, List<String> args, List<Path> inputs, double floor, double previous) throws Exception {
        long bytes = 0;
        for (int i = 0; i < inputs.size(); i++) {
            Path f = inputs.get(i);
            if (!Files.exists(f)) {
                generator.write(f, Integer.parseInt(f.getFileName().toString().split("_")[0]), 31L * i + 7);
            }
            bytes += Files.size(f);
        }
        runOnce(args);
        double[] seconds = new double[reps];
        double[] cpu = new double[reps];
        for (int i = 0; i < reps; i++) {
            double[] measured = runOnce(args);
            seconds[i] = measured[0];
            cpu[i] = measured[1];
        }
        Arrays.sort(seconds);
        Arrays.sort(cpu);
        double median = seconds[reps / 2];
        double above = median - floor;
        System.out.printf(Locale.ROOT, "%-28s %10.1f %10.3f %10.3f %12s %8s %10s%n", name, bytes / 1e6, median, seconds[0],
                Double.isNaN(floor) ? "" : String.format(Locale.ROOT, "%.3f", above),
                Double.isNaN(previous) ? "" : String.format(Locale.ROOT, "%.2f", above / (previous - floor)),
                Double.isNaN(cpu[reps / 2]) ? "" : String.format(Locale.ROOT, "%.3f", cpu[reps / 2]));
        return median;
    }

    private static void against(String[] args) throws Exception {
        Path old = Path.of(args[1]).toAbsolutePath();
        Path current = Path.of(args[2]).toAbsolutePath();
        int reps = args.length > 3 ? Integer.parseInt(args[3]) : 9;
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        List<String> extra = args.length > 5 ? List.of(args).subList(5, args.length) : List.of();
        Path work = Files.createTempDirectory("benchmem-compare-speed");
        try {
            CompareSpeed oldSide = new CompareSpeed(old, reps, rounds, work);
            CompareSpeed newSide = new CompareSpeed(current, reps, rounds, work);
            System.out.printf(Locale.ROOT, "benchmem compare, old %s against new %s, %d alternating pairs, %d rounds, extra args %s%n",
                    old, current, reps, rounds, extra);
            System.out.printf(Locale.ROOT, "load average at start: %s%n%n", Files.readString(Path.of("/proc/loadavg")).trim());
            System.out.printf(Locale.ROOT, "%-18s %12s %12s %12s %12s %12s%n", "case", "old median s", "new median s",
                    "new/old", "old cpu s", "new cpu s");
            for (int[] c : new int[][] {{2, 10_000}, {20, 1_000}}) {
                List<String> compare = new ArrayList<>(oldSide.compareArgs(c[0], c[1]));
                compare.addAll(extra);
                for (int i = 0; i < c[0]; i++) {
                    Path f = oldSide.files(c[0], c[1]).get(i);
                    if (!Files.exists(f)) {
                        oldSide.generator.write(f, c[1], 31L * i + 7);
                    }
                }
                oldSide.runOnce(compare);
                newSide.runOnce(compare);
                double[][] o = new double[2][reps];
                double[][] n = new double[2][reps];
                double[] ratios = new double[reps];
                for (int r = 0; r < reps; r++) {
                    double[] a = r % 2 == 0 ? oldSide.runOnce(compare) : null;
                    double[] b = newSide.runOnce(compare);
                    a = a == null ? oldSide.runOnce(compare) : a;
                    o[0][r] = a[0];
                    o[1][r] = a[1];
                    n[0][r] = b[0];
                    n[1][r] = b[1];
                    ratios[r] = b[0] / a[0];
                }
                for (double[] x : new double[][] {o[0], o[1], n[0], n[1], ratios}) {
                    Arrays.sort(x);
                }
                System.out.printf(Locale.ROOT, "%-18s %12.3f %12.3f %12.3f %12.3f %12.3f%n",
                        String.format(Locale.ROOT, "%d runs x %,d", c[0], c[1]), o[0][reps / 2], n[0][reps / 2],
                        ratios[reps / 2], o[1][reps / 2], n[1][reps / 2]);
            }
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** One run: {wall seconds, CPU seconds (NaN without /usr/bin/time)}. */
    private double[] runOnce(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(args);
        return TimedCommand.run(command);
    }
}
