package dev.benchmem.bench.memory;

import dev.benchmem.harness.engine.RunConfig;
import dev.benchmem.harness.memory.ChildJvm;
import dev.benchmem.harness.memory.MemoryResults;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The wall time of an isolated memory pass against a pass in the shared memory-pass JVM, for the
 * example suite, start-up and arming included on both sides, as the harness starts them
 * ({@link ChildJvm#run}, {@link ChildJvm#runIsolated}).
 *
 * <p>Shared: one memory-pass JVM runs every memory benchmark of the suite with 2 passes each
 * ({@code benchmem.memory-repeats=2}, after the default warmup call): its wall time over the
 * passes it measured is a shared pass's cost. Isolated: for 4 of the benchmarks the shared JVM
 * measured (spread over the suite: every third id), 2 fresh JVMs each ({@code
 * benchmem.isolated-pass=<id>}, NMT on), each running its one pass; their mean is an isolated
 * pass's cost. The side that goes first alternates pair by pair, so a drift of the machine hits
 * both.
 *
 * <p>From the repository root, with the example suite on the class path: {@code java -cp
 * benchmarks/target/classes:examples/target/tests.jar dev.benchmem.bench.memory.IsolateCost
 * [PAIRS [AGENT_JAR [SUITE_JAR]]]} (3, {@code agent/target/benchmem.jar},
 * {@code examples/target/tests.jar}).
 */
public final class IsolateCost {

    private static final int PASSES = 2;
    private static final int ISOLATED_IDS = 4;

    private IsolateCost() {}

    /** One side's wall time and the passes it measured. */
    private record Side(double seconds, long passes) {
        double perPass() {
            return seconds / passes;
        }
    }

    public static void main(String[] args) throws Exception {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path agent = Path.of(args.length > 1 ? args[1] : "agent/target/benchmem.jar").toAbsolutePath();
        Path suite = Path.of(args.length > 2 ? args[2] : "examples/target/tests.jar").toAbsolutePath();
        for (Path jar : List.of(agent, suite)) {
            if (!Files.isRegularFile(jar)) {
                System.err.println("IsolateCost: " + jar + ": no such file (build with mvn -B -q -DskipTests package)");
                System.exit(2);
            }
        }
        System.out.printf(Locale.ROOT, "load average at start: %.2f on %d cores%n",
                load(), Runtime.getRuntime().availableProcessors());
        Set<String> all = new TreeSet<>();
        shared(agent, suite, all);
        List<String> ids = new ArrayList<>();
        int i = 0;
        for (String id : all) {
            if (i++ % 3 == 0 && ids.size() < ISOLATED_IDS) {
                ids.add(id);
            }
        }
        System.out.println(all.size() + " memory benchmarks in the shared memory-pass JVM, " + PASSES
                + " passes each; isolated: " + ids + ", " + PASSES + " JVMs each\n");
        System.out.println("| pair | shared JVM: time, passes, per pass | isolated: JVMs, time, per pass | isolated / shared, per pass |");
        System.out.println("|---|---|---|---|");
        List<Double> ratios = new ArrayList<>();
        for (int pair = 1; pair <= pairs; pair++) {
            Side shared;
            Side isolated;
            if (pair % 2 == 1) {
                shared = shared(agent, suite, new TreeSet<>());
                isolated = isolated(agent, ids);
            } else {
                isolated = isolated(agent, ids);
                shared = shared(agent, suite, new TreeSet<>());
            }
            double ratio = isolated.perPass() / shared.perPass();
            ratios.add(ratio);
            System.out.printf(Locale.ROOT, "| %d | %.2f s, %d, %.3f s | %d, %.2f s, %.3f s | %.1fx |%n", pair,
                    shared.seconds(), shared.passes(), shared.perPass(), isolated.passes(), isolated.seconds(),
                    isolated.perPass(), ratio);
        }
        ratios.sort(null);
        int n = ratios.size();
        double median = n % 2 == 1 ? ratios.get(n / 2) : (ratios.get(n / 2 - 1) + ratios.get(n / 2)) / 2;
        System.out.printf(Locale.ROOT, "%nisolated / shared, per pass: median %.1fx (min %.1fx, max %.1fx) over %d pairs%n",
                median, ratios.get(0), ratios.get(n - 1), pairs);
        System.out.printf(Locale.ROOT, "load average at end: %.2f%n", load());
    }

    /** The shared memory-pass JVM over the suite; adds the ids it measured to {@code ids}. */
    private static Side shared(Path agent, Path suite, Set<String> ids) throws Exception {
        List<String> harness = List.of("-q", "--scan-classpath", suite.toString(),
                "--config", RunConfig.MEMORY_REPEATS + "=" + PASSES);
        long start = System.nanoTime();
        MemoryResults results = ChildJvm.run(agent, harness, false);
        double seconds = (System.nanoTime() - start) / 1e9;
        ids.addAll(results.measured());
        return new Side(seconds, results.measured().stream().mapToLong(id -> results.passes(id).orElseThrow().passes()).sum());
    }

    /** {@value #PASSES} isolated JVMs per id. */
    private static Side isolated(Path agent, List<String> ids) throws Exception {
        long start = System.nanoTime();
        long jvms = 0;
        for (String id : ids) {
            List<String> harness = List.of("-q", "--select-class", id.substring(0, id.indexOf('#')),
                    "--config", RunConfig.ISOLATED_PASS + "=" + id);
            for (int i = 0; i < PASSES; i++) {
                MemoryResults results = ChildJvm.runIsolated(agent, harness, false);
                if (results.passes(id).isEmpty()) {
                    throw new IllegalStateException("the isolated pass of " + id + " measured nothing: "
                            + results.error(id).orElse("no error either"));
                }
                jvms++;
            }
        }
        return new Side((System.nanoTime() - start) / 1e9, jvms);
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
