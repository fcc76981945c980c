package dev.benchmem.bench.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

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
 */
public final class CompareSpeed {
    private final Path launcher;
    private final int reps;
    private final Path work;
    private final RunFileGenerator generator;
    private static final Path TIME = Path.of("/usr/bin/time");

    private CompareSpeed(Path launcher, int reps, int rounds, Path work) {
        this.launcher = launcher;
        this.reps = reps;
        this.work = work;
        this.generator = new RunFileGenerator(rounds);
    }

    public static void main(String[] args) throws Exception {
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

    /** One run: {wall seconds, CPU seconds (NaN without /usr/bin/time)}. */
    private double[] runOnce(List<String> args) throws IOException, InterruptedException {
        boolean timed = Files.isExecutable(TIME);
        List<String> command = new ArrayList<>();
        if (timed) {
            command.addAll(List.of(TIME.toString(), "-f", "cpu %U %S"));
        }
        command.add(launcher.toString());
        command.addAll(args);
        Path err = work.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("benchmem failed: " + args.subList(0, Math.min(2, args.size()))
                    + "\n" + Files.readString(err));
        }
        double wall = (System.nanoTime() - start) / 1e9;
        double cpu = Double.NaN;
        for (String line : Files.readAllLines(err)) {
            if (line.startsWith("cpu ")) {
                String[] parts = line.split(" ");
                cpu = Double.parseDouble(parts[1]) + Double.parseDouble(parts[2]);
            }
        }
        return new double[] {wall, cpu};
    }
}
