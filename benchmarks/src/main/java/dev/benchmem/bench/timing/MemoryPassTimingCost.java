package dev.benchmem.bench.timing;

import dev.benchmem.core.TimingStats;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether the memory pass changes the timings: N pairs of runs of one example benchmark, each
 * run a fresh {@code java -jar examples/target/tests.jar}, one of each pair with the agent and
 * {@code --benchmark-memory} (the memory pass runs in a child JVM beside the warmup, stopped
 * while the rounds are timed in the JVM that holds the passive agent), the other with neither. The order within a
 * pair alternates, so a drift of the machine hits both sides alike. Prints each run's median
 * from its {@code --benchmark-json} file, then the ratio of the medians of medians and the
 * spread of each side.
 *
 * <p>Options: {@code --pairs N} (8), {@code -k NAME} (the launcher's name filter; it must
 * select exactly one benchmark taking {@code Benchmark}, as a {@code BenchmarkMemory} one fails
 * without the agent; default {@code collectBoxed}), {@code
 * --max-time SECONDS} (1, the launcher's {@code --benchmark-max-time}), {@code --agent PATH}
 * ({@code agent/target/benchmem.jar}), {@code --tests PATH} ({@code examples/target/tests.jar}).
 * Every JVM runs with {@code -Xms512m -Xmx512m}: a fixed heap, so no run sizes it differently.
 */
public final class MemoryPassTimingCost {

    private static final List<String> HEAP = List.of("-Xms512m", "-Xmx512m");
    private static final Map<String, String> DEFAULTS = Map.of("pairs", "8",
            "k", "collectBoxed", "max-time", "1",
            "agent", "agent/target/benchmem.jar", "tests", "examples/target/tests.jar");

    private MemoryPassTimingCost() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = CommandLine.optionsOrExit("MemoryPassTimingCost", args, MemoryPassTimingCost::options);
        for (String jar : List.of("agent", "tests")) {
            if (!Files.isRegularFile(Path.of(opts.get(jar)))) {
                System.err.println("MemoryPassTimingCost: --" + jar + " " + opts.get(jar)
                        + ": no such file (build with mvn -B -q -DskipTests package)");
                System.exit(2);
            }
        }
        int pairs = Integer.parseInt(opts.get("pairs"));
        Path dir = Files.createTempDirectory("memory-pass-timing");
        System.out.printf(Locale.ROOT, "benchmark %s, %d pairs, load average at start: %.2f on %d cores%n%n",
                opts.get("k"), pairs, CommandLine.loadAverage(), Runtime.getRuntime().availableProcessors());
        System.out.println("| pair | order | memory pass: median | no agent: median | ratio |");
        System.out.println("|---|---|---|---|---|");
        double[] with = new double[pairs];
        double[] without = new double[pairs];
        try {
            runPairs(opts, dir, with, without);
        } catch (IllegalStateException e) {
            // a run that failed or selected other than one benchmark: its log is named
            System.err.println("MemoryPassTimingCost: " + e.getMessage());
            System.exit(1);
        }
        double[] ratios = new double[pairs];
        for (int i = 0; i < pairs; i++) {
            ratios[i] = with[i] / without[i];
        }
        // TimingStats: pytest-benchmark's median, min and max over the runs' medians
        TimingStats memoryPass = TimingStats.of(with, 1);
        TimingStats plain = TimingStats.of(without, 1);
        TimingStats pairRatios = TimingStats.of(ratios, 1);
        System.out.printf(Locale.ROOT, "%nmedian of medians: memory pass %s, no agent %s, ratio %.3f%n",
                us(memoryPass.median()), us(plain.median()), memoryPass.median() / plain.median());
        System.out.printf(Locale.ROOT, "spread (min..max over runs, relative to the side's median): "
                + "memory pass %s, no agent %s%n", spread(memoryPass), spread(plain));
        System.out.printf(Locale.ROOT, "per-pair ratios: median %.3f, min %.3f, max %.3f%n",
                pairRatios.median(), pairRatios.min(), pairRatios.max());
        System.out.printf(Locale.ROOT, "load average at end: %.2f%n", CommandLine.loadAverage());
    }

    /** Fills {@code with} and {@code without} with the medians of pairs of runs, printing each pair. */
    private static void runPairs(Map<String, String> opts, Path dir, double[] with, double[] without)
            throws IOException, InterruptedException {
        for (int i = 0; i < with.length; i++) {
            boolean memoryFirst = i % 2 == 0;
            if (memoryFirst) {
                with[i] = median(run(opts, true, dir.resolve(i + "-memory.json")));
                without[i] = median(run(opts, false, dir.resolve(i + "-plain.json")));
            } else {
                without[i] = median(run(opts, false, dir.resolve(i + "-plain.json")));
                with[i] = median(run(opts, true, dir.resolve(i + "-memory.json")));
            }
            System.out.printf(Locale.ROOT, "| %d | %s | %s | %s | %.3f |%n", i + 1,
                    memoryFirst ? "memory first" : "plain first", us(with[i]), us(without[i]),
                    with[i] / without[i]);
        }
    }

    /** One {@code java -jar tests.jar} run; the path of the run file it wrote. */
    private static Path run(Map<String, String> opts, boolean memory, Path json)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(HEAP);
        if (memory) {
            cmd.add("-javaagent:" + opts.get("agent"));
        }
        cmd.addAll(List.of("-jar", opts.get("tests"), "-q", "-k", opts.get("k"),
                "--benchmark-max-time=" + opts.get("max-time"), "--benchmark-json=" + json));
        if (memory) {
            cmd.add("--benchmark-memory");
        }
        Path log = Path.of(json + ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("exit " + p.exitValue() + " (output in " + log + "): "
                    + String.join(" ", cmd));
        }
        return json;
    }

    /** The median round time of the single benchmark in a run file, in seconds. */
    private static double median(Path json) throws IOException {
        JsonNode benchmarks = new ObjectMapper().readTree(json.toFile()).path("benchmarks");
        if (benchmarks.size() != 1) {
            throw new IllegalStateException(json + ": -k selected " + benchmarks.size()
                    + " benchmarks, not exactly one");
        }
        return benchmarks.get(0).path("stats").path("median").asDouble();
    }

    private static String spread(TimingStats runs) {
        return String.format(Locale.ROOT, "%+.1f%%..%+.1f%%", (runs.min() / runs.median() - 1) * 100,
                (runs.max() / runs.median() - 1) * 100);
    }

    private static String us(double seconds) {
        return String.format(Locale.ROOT, "%.3f us", seconds * 1e6);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> m = new LinkedHashMap<>(DEFAULTS);
        for (int i = 0; i < args.length; i++) {
            String key = args[i].startsWith("--") ? args[i].substring(2)
                    : args[i].equals("-k") ? "k" : "";
            if (!DEFAULTS.containsKey(key) || i + 1 >= args.length) {
                throw new IllegalArgumentException("unknown option or missing value: '" + args[i]
                        + "' (options: --pairs N, -k NAME, --max-time SECONDS, --agent PATH, --tests PATH)");
            }
            String value = args[++i];
            if ((key.equals("pairs") && !value.matches("[1-9]\\d*"))
                    || (key.equals("max-time") && !value.matches("\\d+(\\.\\d+)?"))) {
                throw new IllegalArgumentException("--" + key + " needs a number, got '" + value + "'");
            }
            m.put(key, value);
        }
        return m;
    }
}
