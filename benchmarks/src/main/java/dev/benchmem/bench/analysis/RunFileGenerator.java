package dev.benchmem.bench.analysis;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Writes run files in the schema benchmem and pytest-benchmark share, shaped like a real
 * suite: parametrized benchmarks ({@code test_opK[n]}, 100 sizes each), the full stats block
 * with every timed round in {@code data}, and three memory passes in {@code extra_info.benchmem}.
 */
final class RunFileGenerator {
    private final int rounds;

    RunFileGenerator(int rounds) {
        this.rounds = rounds;
    }

    /** Writes {@code benchmarks} benchmarks to {@code file}; {@code seed} varies the noise between runs. */
    void write(Path file, int benchmarks, long seed) throws IOException {
        Random random = new Random(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"machine_info\": {\"node\": \"bench\", \"system\": \"Linux\"}, \"commit_info\": {\"id\": \"" + seed
                    + "\", \"dirty\": false}, \"benchmarks\": [");
            for (int i = 0; i < benchmarks; i++) {
                out.write(i == 0 ? "\n" : ",\n");
                writeBenchmark(out, i, random);
            }
            out.write("\n], \"datetime\": \"2026-11-27T12:00:00\", \"version\": \"0.1.0\"}\n");
        }
    }

    private void writeBenchmark(BufferedWriter out, int i, Random random) throws IOException {
        int n = 1000 * (i % 100 + 1);
        String name = "test_op" + i / 100 + "[" + n + "]";
        double base = 1e-8 * n;
        double[] data = new double[rounds];
        double sum = 0;
        double min = Double.MAX_VALUE;
        double max = 0;
        for (int r = 0; r < rounds; r++) {
            data[r] = base * (1 + 0.1 * random.nextDouble());
            sum += data[r];
            min = Math.min(min, data[r]);
            max = Math.max(max, data[r]);
        }
        double mean = sum / rounds;
        long peak = 8L * n + 16;
        StringBuilder b = new StringBuilder(512 + rounds * 24);
        b.append("{\"group\": null, \"name\": \"").append(name).append("\", \"fullname\": \"com.example.OpsBench#")
                .append(name).append("\", \"params\": {\"n\": ").append(n).append("}, \"param\": \"").append(n)
                .append("\", \"extra_info\": {\"benchmem\": {\"peak_bytes\": [").append(peak).append(", ").append(peak)
                .append(", ").append(peak).append("], \"total_bytes\": [").append(2 * peak).append(", ").append(2 * peak)
                .append(", ").append(2 * peak).append("], \"allocations\": [3, 3, 3]}}, \"options\": {\"disable_gc\": false, ")
                .append("\"timer\": \"nanoTime\", \"min_rounds\": 5, \"max_time\": 1.0, \"min_time\": 5e-06, \"warmup\": true}, ")
                .append("\"stats\": {\"min\": ").append(num(min)).append(", \"max\": ").append(num(max))
                .append(", \"mean\": ").append(num(mean)).append(", \"stddev\": ").append(num(mean * 0.03))
                .append(", \"rounds\": ").append(rounds).append(", \"median\": ").append(num(mean))
                .append(", \"iqr\": ").append(num(mean * 0.04)).append(", \"q1\": ").append(num(mean * 0.98))
                .append(", \"q3\": ").append(num(mean * 1.02)).append(", \"iqr_outliers\": 0, \"stddev_outliers\": 1, ")
                .append("\"outliers\": \"1;0\", \"ld15iqr\": ").append(num(min)).append(", \"hd15iqr\": ").append(num(max))
                .append(", \"ops\": ").append(num(1 / mean)).append(", \"total\": ").append(num(sum))
                .append(", \"iterations\": 1, \"data\": [");
        for (int r = 0; r < rounds; r++) {
            b.append(r == 0 ? "" : ", ").append(num(data[r]));
        }
        b.append("]}}");
        out.write(b.toString());
    }

    /** Full precision, as Python's json and Jackson write doubles. */
    private static String num(double v) {
        return String.format(Locale.ROOT, "%.17g", v);
    }
}
