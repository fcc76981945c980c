package dev.benchmem.bench.plot;

import dev.benchmem.bench.TimedCommand;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Times {@code benchmem plot} end to end through the launcher, JVM start-up included, side by
 * side in one run with the start-up floor ({@code benchmem --version}) and with {@code benchmem
 * compare} over the same files; reports the size of each offline page.
 *
 * <pre>java -cp benchmarks/target/benchmem-benchmarks.jar dev.benchmem.bench.plot.PlotSpeed [launcher] [reps] [previous-launcher]</pre>
 *
 * <p>With a previous launcher (the same command built from an earlier commit), each plot case
 * also runs old and new in turn, pair by pair, and prints the ratio new / previous: a change's
 * cost measured in one run, under one load.
 *
 * <p>Cases (DESIGN's targets): a sweep of 20 runs x 1,000 ids and a scatter of 2 runs x
 * 10,000 ids, each under 1.5 s; the Python reference takes 2.2 s and 2.5 s. When
 * {@code /usr/bin/time} exists, CPU time (user + sys) is reported too: on a shared machine it
 * is the steadier number.
 */
public final class PlotSpeed {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double PAGE_LIMIT = 4.8e6;

    private PlotSpeed() {}

    public static void main(String[] args) throws Exception {
        Path launcher = Path.of(args.length > 0 ? args[0] : "cli/target/benchmem").toAbsolutePath();
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path dir = Files.createTempDirectory("benchmem-plot-speed");
        List<String> sweep = new ArrayList<>();
        for (int r = 0; r < 20; r++) {
            sweep.add(writeRun(dir.resolve(String.format("v%02d.json", r)), 1_000, 1 + 0.01 * r, r).toString());
        }
        String base = writeRun(dir.resolve("base.json"), 10_000, 1.0, 100).toString();
        String cand = writeRun(dir.resolve("cand.json"), 10_000, 1.05, 101).toString();

        System.out.printf("load average before: %s%n", loadAverage());
        System.out.println("| command | median wall (s) | min wall (s) | median cpu (s) | page |");
        System.out.println("|---|---|---|---|---|");
        row("benchmem --version (start-up floor)", reps, null, launcher.toString(), "--version");
        row("plot sweep 20 runs x 1,000 ids", reps, dir.resolve("sweep.html"),
                concat(List.of(launcher.toString(), "plot"), sweep, List.of("-o", dir.resolve("sweep.html").toString())));
        row("compare, same 20 runs", reps, null, concat(List.of(launcher.toString(), "compare"), sweep, List.of()));
        row("plot scatter 2 runs x 10,000 ids", reps, dir.resolve("scatter.html"),
                launcher.toString(), "plot", base, cand, "-o", dir.resolve("scatter.html").toString());
        row("compare, same 2 runs", reps, null, launcher.toString(), "compare", base, cand);
        if (args.length > 2) {
            Path previous = Path.of(args[2]).toAbsolutePath();
            System.out.printf("%nnew %s against previous %s, in turn:%n", launcher, previous);
            System.out.println("| command | median wall new / previous | median cpu new / previous | pairs |");
            System.out.println("|---|---|---|---|");
            pairs("benchmem --version (start-up floor)", reps, launcher, previous, List.of("--version"));
            pairs("plot sweep 20 runs x 1,000 ids", reps, launcher, previous,
                    concat(List.of("plot"), sweep, List.of("-o", dir.resolve("sweep.html").toString())));
            pairs("plot scatter 2 runs x 10,000 ids", reps, launcher, previous,
                    List.of("plot", base, cand, "-o", dir.resolve("scatter.html").toString()));
        }
        System.out.printf("load average after: %s%n", loadAverage());
    }

    /** {@code args} under each launcher in turn, {@code reps} pairs; the median of the per-pair ratios. */
    private static void pairs(String label, int reps, Path launcher, Path previous, List<String> args) throws Exception {
        double[] wall = new double[reps];
        double[] cpu = new double[reps];
        for (int i = 0; i < reps; i++) {
            double[] now = TimedCommand.run(concat(List.of(launcher.toString()), args, List.of()));
            double[] before = TimedCommand.run(concat(List.of(previous.toString()), args, List.of()));
            wall[i] = now[0] / before[0];
            cpu[i] = now[1] / before[1];
        }
        System.out.printf(Locale.ROOT, "| %s | %.3f (%.3f-%.3f) | %s | %d |%n", label, TimedCommand.median(wall),
                Arrays.stream(wall).min().orElse(0), Arrays.stream(wall).max().orElse(0),
                Double.isNaN(cpu[0]) ? "n/a" : String.format(Locale.ROOT, "%.3f", TimedCommand.median(cpu)), reps);
    }

    /** One benchmark file: {@code ids} sort-like benchmarks with memory passes and timed rounds. */
    static Path writeRun(Path file, int ids, double scale, long seed) throws IOException {
        Random random = new Random(seed);
        try (JsonGenerator g = JSON.createGenerator(file.toFile(), com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeArrayFieldStart("benchmarks");
            for (int i = 0; i < ids; i++) {
                int n = 1_000 * (1 + i % 50);
                String name = "bench_" + (i / 50) + "[" + n + "]";
                long peak = (long) (8.0 * n * scale * (1 + 0.2 * random.nextDouble()));
                g.writeStartObject();
                g.writeStringField("group", null);
                g.writeStringField("name", name);
                g.writeStringField("fullname", "com.example.Bench" + (i / 50) + "#" + name);
                g.writeObjectFieldStart("params");
                g.writeNumberField("n", n);
                g.writeEndObject();
                g.writeObjectFieldStart("extra_info");
                g.writeObjectFieldStart("benchmem");
                writeArray(g, "peak_bytes", peak, peak + 16);
                writeArray(g, "total_bytes", peak, peak);
                writeArray(g, "allocations", 3, 3);
                g.writeEndObject();
                g.writeEndObject();
                g.writeObjectFieldStart("stats");
                double t = 1e-6 * n * scale;
                g.writeNumberField("min", t);
                g.writeNumberField("max", t * 1.2);
                g.writeNumberField("mean", t * 1.1);
                g.writeNumberField("median", t * 1.1);
                g.writeNumberField("stddev", t * 0.05);
                g.writeNumberField("rounds", 5);
                g.writeArrayFieldStart("data");
                for (int k = 0; k < 5; k++) {
                    g.writeNumber(t * (1 + 0.05 * k));
                }
                g.writeEndArray();
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("datetime", "2026-01-01T00:00:00");
            g.writeStringField("version", "0.1.0");
            g.writeEndObject();
        }
        return file;
    }

    private static void writeArray(JsonGenerator g, String name, long... values) throws IOException {
        g.writeArrayFieldStart(name);
        for (long v : values) {
            g.writeNumber(v);
        }
        g.writeEndArray();
    }

    private static void row(String label, int reps, Path page, String... command) throws Exception {
        row(label, reps, page, List.of(command));
    }

    private static void row(String label, int reps, Path page, List<String> command) throws Exception {
        double[] wall = new double[reps];
        double[] cpu = new double[reps];
        for (int i = 0; i < reps; i++) {
            double[] t = TimedCommand.run(command);
            wall[i] = t[0];
            cpu[i] = t[1];
        }
        String size = page == null ? "" : String.format(Locale.ROOT, "%.2f MB%s", Files.size(page) / 1e6,
                Files.size(page) <= PAGE_LIMIT ? "" : " (over 4.8 MB)");
        System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %s | %s |%n", label, TimedCommand.median(wall),
                Arrays.stream(wall).min().orElse(0), Double.isNaN(cpu[0]) ? "n/a" : String.format(Locale.ROOT, "%.2f", TimedCommand.median(cpu)),
                size);
    }

    private static String loadAverage() throws IOException {
        Path load = Path.of("/proc/loadavg");
        return Files.exists(load) ? Files.readString(load).trim() : "n/a";
    }

    private static List<String> concat(List<String> a, List<String> b, List<String> c) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        all.addAll(c);
        return all;
    }
}
