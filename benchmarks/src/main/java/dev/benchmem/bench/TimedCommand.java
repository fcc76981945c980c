package dev.benchmem.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one command as a whole process and times it: wall time, and CPU time where {@code
 * /usr/bin/time} exists (it hardly moves when other processes load the machine). Shared by the
 * benchmarks that time the CLI from outside.
 */
public final class TimedCommand {
    private static final Path TIME = Path.of("/usr/bin/time");

    private TimedCommand() {
    }

    /**
     * Runs {@code command} (output discarded); {wall seconds, CPU seconds: user + system of all
     * threads, NaN without /usr/bin/time}.
     *
     * @throws IllegalStateException when it fails (with its stderr) or takes over five minutes
     */
    public static double[] run(List<String> command) throws IOException, InterruptedException {
        boolean timed = Files.isExecutable(TIME);
        List<String> full = new ArrayList<>();
        if (timed) {
            full.addAll(List.of(TIME.toString(), "-f", "cpu %U %S"));
        }
        full.addAll(command);
        Path err = Files.createTempFile("benchmem-timed", ".err");
        ProcessBuilder builder = new ProcessBuilder(full)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            String stderr = Files.readString(err);
            Files.delete(err);
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + stderr);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        double cpu = Double.NaN;
        for (String line : Files.readAllLines(err)) {
            if (line.startsWith("cpu ")) {
                String[] parts = line.split(" ");
                cpu = Double.parseDouble(parts[1]) + Double.parseDouble(parts[2]);
            }
        }
        Files.delete(err);
        return new double[] {wall, cpu};
    }

    /** The median of {@code values} (not empty). */
    public static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
