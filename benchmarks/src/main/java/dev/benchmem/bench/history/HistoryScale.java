package dev.benchmem.bench.history;

import dev.benchmem.analysis.plot.PlotOptions;
import dev.benchmem.analysis.plot.PlotPage;
import dev.benchmem.analysis.plot.PlotResult;
import dev.benchmem.analysis.plot.Plots;
import dev.benchmem.core.BenchmarkResult;
import dev.benchmem.core.MemoryPasses;
import dev.benchmem.core.Metric;
import dev.benchmem.core.RunFile;
import dev.benchmem.core.RunFileReader;
import dev.benchmem.core.RunFileWriter;
import dev.benchmem.core.TimingStats;
import dev.benchmem.core.Trend;
import dev.benchmem.history.ChangeCheck;
import dev.benchmem.history.HistoryStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The history database at the issue's scale, on the embedded default (SQLite): 1,000 runs x
 * 1,000 ids (1M benchmark rows, 4M measurement rows). Each operation is timed side by side, in
 * one JVM, with doing the same from the same runs kept as JSON run files:
 *
 * <ul>
 *   <li><b>add</b>: {@code HistoryStore.add} of one more 1,000-id run (then removed again) vs
 *       writing that run file ({@code RunFileWriter}, atomic);</li>
 *   <li><b>check</b>: {@code ChangeCheck} (peak, window 20) over the history vs reading the last
 *       21 run files and judging the same trends;</li>
 *   <li><b>trend page</b>: the trends of 50 ids over all 1,000 runs and their page
 *       ({@code Plots.history}, {@code PlotPage.html}) vs reading the 1,000 run files for the same
 *       50 ids and drawing the same page.</li>
 * </ul>
 *
 * <pre>java -cp benchmarks/target/classes:cli/target/benchmem-cli.jar dev.benchmem.bench.history.HistoryScale [DIR] [REPS]</pre>
 *
 * DIR (default {@code target/history-scale}) keeps the generated database and run files, so a
 * second invocation skips the minutes of generating them. Whole-command figures (JVM start-up
 * included) are measured from outside with the launcher on the same DIR; see history.md.
 */
public final class HistoryScale {
    static final int RUNS = 1_000;
    static final int IDS = 1_000;
    /** Ids are {@code gNN_op[i]}: group NN holds 50 ids, so {@code g07_*} selects 50. */
    static final String FIFTY = "g07_*";
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx")
            .withZone(ZoneOffset.UTC);

    private HistoryScale() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/history-scale").toAbsolutePath();
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path db = dir.resolve("history.db");
        Path files = dir.resolve("runs");
        generate(db, files);
        System.out.printf("load average before: %s%n", loadAverage());
        ChangeCheck check = new ChangeCheck(Metric.PEAK, 20, 0.05);
        String[] labels = {"add one 1,000-id run", "check (peak, window 20)", "trend page, 50 ids x 1,000 runs"};
        double[][] database = new double[3][reps];
        double[][] json = new double[3][reps];
        try (HistoryStore store = HistoryStore.open(db.toString())) {
            for (int rep = 0; rep < reps; rep++) {
                RunFile extra = run(RUNS + 1 + rep, 1.0);
                Path extraFile = dir.resolve("extra.json");
                // Pair by pair: the database, then the files, in each repetition.
                database[0][rep] = time(() -> {
                    HistoryStore.Added added = store.add(extra);
                    if (!added.isNew()) {
                        throw new IllegalStateException("the extra run was stored already");
                    }
                });
                json[0][rep] = time(() -> RunFileWriter.withData().write(extra, extraFile));
                store.remove(store.recent(null, 1).get(0));

                int verdictsDb = timed(rep, 1, database, () -> check.check(store, null).size());
                int verdictsJson = timed(rep, 1, json, () -> checkFromFiles(check, files).size());
                same("check verdicts", verdictsDb, verdictsJson);

                int pageDb = timed(rep, 2, database, () -> page(store.trends(Metric.PEAK, store.recent(null, Integer.MAX_VALUE), FIFTY)));
                int pageJson = timed(rep, 2, json, () -> page(trendsFromFiles(files, RUNS, id -> id.startsWith("g07_"))));
                same("page size", pageDb, pageJson);
            }
            System.out.printf("database: %d runs, %.0f MB; run files: %d, %.0f MB%n", store.list().size(),
                    Files.size(db) / 1e6, RUNS, directorySize(files) / 1e6);
        }
        System.out.println();
        System.out.println("| operation | database median (s) | JSON files median (s) | database / JSON, median of pairs | pairs |");
        System.out.println("|---|---|---|---|---|");
        for (int op = 0; op < 3; op++) {
            double[] ratios = new double[reps];
            for (int rep = 0; rep < reps; rep++) {
                ratios[rep] = database[op][rep] / json[op][rep];
            }
            System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.3f (%.3f-%.3f) | %d |%n", labels[op], median(database[op]),
                    median(json[op]), median(ratios), Arrays.stream(ratios).min().orElseThrow(),
                    Arrays.stream(ratios).max().orElseThrow(), reps);
        }
        System.out.printf("load average after: %s%n", loadAverage());
    }

    /** The database and the same runs as files, unless DIR already holds them. */
    private static void generate(Path db, Path files) throws IOException {
        Files.createDirectories(files);
        try (HistoryStore store = HistoryStore.open(db.toString())) {
            int stored = store.list().size();
            if (stored == RUNS && Files.isRegularFile(file(files, RUNS))) {
                return;
            }
            if (stored != 0) {
                throw new IllegalStateException(db + " holds " + stored + " runs, not " + RUNS + ": delete it");
            }
            long start = System.nanoTime();
            for (int r = 1; r <= RUNS; r++) {
                RunFile run = run(r, r > RUNS - 1 ? 1.15 : 1.0);
                RunFileWriter.withData().write(run, file(files, r));
                store.add(run);
                if (r % 100 == 0) {
                    System.out.printf("generated %d runs in %.0f s%n", r, (System.nanoTime() - start) / 1e9);
                }
            }
        }
    }

    private static Path file(Path files, int run) {
        return files.resolve(String.format("%04d.json", run));
    }

    /**
     * Run {@code index}: an hour after the one before, commit {@code cINDEX}, 1,000 ids with two
     * memory passes and five timed rounds each; peaks vary by a deterministic ±2%, times by ±5%,
     * and {@code step} multiplies the peak of ids {@code g03_*} (the last run's regression).
     */
    static RunFile run(int index, double step) {
        List<BenchmarkResult> benchmarks = new ArrayList<>(IDS);
        for (int i = 0; i < IDS; i++) {
            String name = String.format("g%02d_op[%d]", i / 50, i);
            double noise = Math.floorMod(index * 7919 + i * 104729, 41) / 1000.0 - 0.02;
            long peak = Math.round((10_000 + 100L * i) * (1 + noise) * (name.startsWith("g03_") ? step : 1));
            double t = 1e-6 * (1 + i % 37) * (1 + 2.5 * noise);
            benchmarks.add(BenchmarkResult.builder(name, "bench.Ops#" + name)
                    .params(Map.of("i", i)).param(Integer.toString(i))
                    .stats(TimingStats.of(new double[] {t, 1.01 * t, 1.02 * t, 1.05 * t, 1.1 * t}, 100))
                    .memory(new MemoryPasses(List.of(peak, peak + 16), List.of(2 * peak, 2 * peak), List.of(10L + i, 10L + i)))
                    .build());
        }
        Map<String, Object> commit = new LinkedHashMap<>();
        commit.put("id", String.format("%040x", (long) index * 2654435761L));
        commit.put("branch", "main");
        commit.put("time", DATETIME.format(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(3600L * index)));
        return new RunFile(Map.of("node", "bench"), commit, benchmarks,
                DATETIME.format(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(3600L * index + 600)), "bench");
    }

    /** The check from files: the last window + 1 run files read, their trends judged like the database's. */
    private static List<ChangeCheck.Verdict> checkFromFiles(ChangeCheck check, Path files) {
        List<Trend> trends = trendsFromFiles(files, check.window() + 1, id -> true);
        return check.check(trends, RUNS);
    }

    /** Every matching id's peak headline over the last {@code last} run files, oldest first (run number = file number). */
    private static List<Trend> trendsFromFiles(Path files, int last, Predicate<String> ids) {
        Map<String, List<Trend.Point>> byId = new LinkedHashMap<>();
        for (int r = RUNS - last + 1; r <= RUNS; r++) {
            RunFile run = RunFileReader.read(file(files, r));
            String commit = String.valueOf(run.commitInfo().get("id"));
            String time = String.valueOf(run.commitInfo().get("time"));
            for (BenchmarkResult b : run.benchmarks()) {
                if (ids.test(b.name()) && b.memory() != null) {
                    byId.computeIfAbsent(b.name(), k -> new ArrayList<>())
                            .add(new Trend.Point(r, commit, time, b.memory().headline(Metric.PEAK)));
                }
            }
        }
        List<Trend> trends = new ArrayList<>();
        byId.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> trends.add(new Trend(e.getKey(), e.getValue())));
        return trends;
    }

    /** The page's length: what both ways must agree on. */
    private static int page(List<Trend> trends) {
        PlotResult plot = Plots.history(trends, PlotOptions.metric(Metric.PEAK));
        return PlotPage.html(plot, PlotPage.PlotlyJs.INLINE).length();
    }

    private interface Step {
        void run() throws Exception;
    }

    private interface Counted {
        int run() throws Exception;
    }

    private static double time(Step step) throws Exception {
        long start = System.nanoTime();
        step.run();
        return (System.nanoTime() - start) / 1e9;
    }

    /** Times {@code step} into {@code into[op][rep]}; returns what it counted. */
    private static int timed(int rep, int op, double[][] into, Counted step) throws Exception {
        int[] result = new int[1];
        into[op][rep] = time(() -> result[0] = step.run());
        return result[0];
    }

    private static void same(String what, int database, int json) {
        if (database != json) {
            throw new IllegalStateException(what + " differs: database " + database + ", JSON files " + json);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static long directorySize(Path dir) throws IOException {
        try (var stream = Files.list(dir)) {
            return stream.mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }
}
