package dev.benchmem.bench.timing;

import dev.benchmem.bench.TimedCommand;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The reference's sort suite end to end, two builds side by side: {@code java
 * -javaagent:AGENT -jar TESTS -c SortBench --benchmark-columns=min,median -q} as a whole
 * process ({@link TimedCommand}), build A then build B, N pairs after one warm-up run of each;
 * per pair the wall time of each and their ratio, then the medians and the median of the ratios
 * (pairing keeps the ratio meaningful when the machine's speed drifts). CPU time is read with
 * {@code /usr/bin/time} where there is one.
 *
 * <p>Arguments: {@code AGENT_A TESTS_A AGENT_B TESTS_B [PAIRS]} (5 pairs), e.g. this build
 * against a copy of an older one:
 *
 * <pre>
 * java -cp benchmarks/target/classes dev.benchmem.bench.timing.SuiteWallTime \
 *     agent/target/benchmem.jar examples/target/tests.jar /tmp/old/benchmem.jar /tmp/old/tests.jar 7
 * </pre>
 */
public final class SuiteWallTime {

    private SuiteWallTime() {}

    /** One whole run: wall seconds, and CPU seconds (NaN where unknown). */
    private record Run(double wall, double cpu) {}

    public static void main(String[] args) throws Exception {
        if (args.length < 4 || args.length > 5) {
            System.err.println("SuiteWallTime: usage: AGENT_A TESTS_A AGENT_B TESTS_B [PAIRS]");
            System.exit(2);
        }
        for (int i = 0; i < 4; i++) {
            if (!Files.isRegularFile(Path.of(args[i]))) {
                System.err.println("SuiteWallTime: " + args[i] + ": no such file");
                System.exit(2);
            }
        }
        int pairs = args.length == 5 ? Integer.parseInt(args[4]) : 5;
        System.out.printf(Locale.ROOT, "load average at start: %.2f; %d pairs after one warm-up run each%n%n",
                CommandLine.loadAverage(), pairs);
        run(args[0], args[1]);
        run(args[2], args[3]);
        System.out.println("| pair | A wall | B wall | A/B wall | A cpu | B cpu |");
        System.out.println("|---|---|---|---|---|---|");
        double[] a = new double[pairs];
        double[] b = new double[pairs];
        double[] ratios = new double[pairs];
        double[] aCpu = new double[pairs];
        double[] bCpu = new double[pairs];
        for (int i = 0; i < pairs; i++) {
            Run ra = run(args[0], args[1]);
            Run rb = run(args[2], args[3]);
            a[i] = ra.wall();
            b[i] = rb.wall();
            ratios[i] = ra.wall() / rb.wall();
            aCpu[i] = ra.cpu();
            bCpu[i] = rb.cpu();
            System.out.printf(Locale.ROOT, "| %d | %.2f s | %.2f s | %.3f | %.1f s | %.1f s |%n",
                    i + 1, ra.wall(), rb.wall(), ratios[i], ra.cpu(), rb.cpu());
        }
        System.out.printf(Locale.ROOT, "%nA wall: median %.2f s (%.2f..%.2f); B wall: median %.2f s (%.2f..%.2f)%n",
                TimedCommand.median(a), min(a), max(a), TimedCommand.median(b), min(b), max(b));
        System.out.printf(Locale.ROOT, "A/B wall, pair by pair: median %.3f (%.3f..%.3f); CPU: A %.1f s, B %.1f s (medians)%n",
                TimedCommand.median(ratios), min(ratios), max(ratios), TimedCommand.median(aCpu), TimedCommand.median(bCpu));
        System.out.printf(Locale.ROOT, "load average at end: %.2f%n", CommandLine.loadAverage());
    }

    private static Run run(String agent, String tests) throws IOException, InterruptedException {
        double[] wallAndCpu = TimedCommand.run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-javaagent:" + agent, "-jar", tests, "-c", "SortBench", "--benchmark-columns=min,median", "-q"));
        return new Run(wallAndCpu[0], wallAndCpu[1]);
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }
}
