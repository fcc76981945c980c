package dev.benchmem.harness.launcher;

import dev.benchmem.harness.engine.RunConfig;
import dev.benchmem.harness.memory.ChildJvm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The launcher's command line: pytest-benchmark's option names, so habits carry over, plus
 * test selection. Parsed by picocli; validated into a {@link RunConfig} by {@link Main}.
 */
@Command(name = "benchmem-harness", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        version = "benchmem-harness 0.1.0",
        description = {
                "Runs the JUnit 5 benchmarks on the class path (or in the running jar): timed rounds in this JVM,",
                "and a memory pass in a child JVM with the benchmem agent armed (java -javaagent:benchmem.jar ...)."},
        footer = {"", "Exit status: 0 all passed, 1 a test failed or a gate tripped, 2 usage error, 5 no tests ran."})
final class HarnessOptions {

    @Option(names = {"-c", "--select-class"}, paramLabel = "CLASS",
            description = "Run only this test class: fully qualified, or a simple name found by scanning (repeatable).")
    List<String> classes = new ArrayList<>();

    @Option(names = "--scan-classpath", paramLabel = "PATH",
            description = "Scan only this class-path entry for tests (repeatable; default: every entry but the harness's),"
                    + " so libraries on the class path are not searched.")
    List<Path> scanRoots = new ArrayList<>();

    @Option(names = "-k", paramLabel = "TEXT",
            description = "Run only the tests whose full name (com.example.SortBench#sort[10000]) contains TEXT.")
    String nameFilter;

    @Option(names = "-v", description = "One line per test.")
    boolean verbose;

    @Option(names = "-q", description = "Marks only, no class names.")
    boolean quiet;

    @Option(names = "--benchmark-only", description = "Run only the benchmarks; skip the other tests.")
    boolean only;

    @Option(names = "--benchmark-skip", description = "Skip the benchmarks; run the other tests.")
    boolean skip;

    @Option(names = "--benchmark-json", paramLabel = "PATH", description = "Write the run to PATH (pytest-benchmark's JSON schema).")
    Path json;

    @Option(names = "--benchmark-machine-info", paramLabel = "KEY=VALUE",
            description = "Add KEY to the run file's machine_info (repeatable), e.g. the library version a sweep runs.")
    Map<String, String> machineInfo = new LinkedHashMap<>();

    @Option(names = "--benchmark-columns", paramLabel = "LIST", split = ",",
            description = "Time columns of the table: min, max, mean, stddev, median, iqr, outliers, ops, rounds, iterations."
                    + " Default: min, max, mean, stddev, median, iqr, outliers, ops, rounds, iterations.")
    List<String> columns;

    @Option(names = "--benchmark-sort", paramLabel = "COL",
            description = "Sort the table by min, max, mean, stddev, name or fullname. Default: min.")
    String sort;

    @Option(names = "--benchmark-min-rounds", paramLabel = "N", description = "At least N timed rounds. Default: 5.")
    String minRounds;

    @Option(names = "--benchmark-max-time", paramLabel = "SECONDS",
            description = "Time budget for the rounds of one benchmark (seconds, or with s/ms/us/ns). Default: 1.0.")
    String maxTime;

    @Option(names = "--benchmark-min-time", paramLabel = "SECONDS",
            description = "A round lasts at least this long; iterations per round are sized to it. Default: 0.0001 (100 us).")
    String minTime;

    @Option(names = "--benchmark-warmup", paramLabel = "on|off", arity = "0..1", fallbackValue = "on",
            description = "JIT warmup before the timed rounds. Default: on.")
    String warmup;

    @Option(names = "--benchmark-disable-gc", description = "Collect garbage before every round (a JVM cannot turn GC off).")
    boolean disableGc;

    @Option(names = "--benchmark-save", paramLabel = "NAME", description = "Save the run in storage as NNNN_NAME.json.")
    String save;

    @Option(names = "--benchmark-autosave", description = "Save the run in storage as NNNN_<commit>_<time>.json.")
    boolean autosave;

    @Option(names = "--benchmark-storage", paramLabel = "DIR", description = "Storage directory. Default: .benchmarks.")
    Path storage = Path.of(".benchmarks");

    @Option(names = "--benchmark-compare", paramLabel = "NUM", arity = "0..1", fallbackValue = "",
            description = "Compare times against saved run NUM (default: the latest).")
    String compare;

    @Option(names = "--benchmark-compare-fail", paramLabel = "EXPR",
            description = "Fail when a time regresses past EXPR, e.g. time:5%% or time:1ms (the minimum round) (repeatable; implies --benchmark-compare).")
    List<String> compareFail = new ArrayList<>();

    @Option(names = "--benchmark-memory", description = "Run the memory pass for Benchmark fixtures too (BenchmarkMemory always has it).")
    boolean memory;

    @Option(names = "--benchmark-memory-columns", paramLabel = "LIST", split = ",",
            description = "Memory columns: peak, allocated, allocations, rss, retained. Default: peak, allocated, allocations,"
                    + " and rss where measured, retained where a benchmark left bytes alive.")
    List<String> memoryColumns;

    @Option(names = "--benchmark-memory-repeats", paramLabel = "N",
            description = "Fixed number of memory passes; 0 = adaptive (2 to 10, until 2 passes set no new minimum). Default: 0.")
    String memoryRepeats;

    @Option(names = "--benchmark-memory-warmup", paramLabel = "N", description = "Untracked calls before the memory passes. Default: 1.")
    String memoryWarmup;

    @Option(names = "--benchmark-memory-max-time", paramLabel = "SECONDS",
            description = "Time budget for the memory passes of one benchmark. Default: 5.")
    String memoryMaxTime;

    @Option(names = "--benchmark-memory-isolate",
            description = "Every memory pass in a fresh JVM, calling the benchmark once after its setup: adds rss (resident-set growth) and its native-memory breakdown. Costs a JVM start per pass.")
    boolean memoryIsolate;

    @Option(names = "--benchmark-memory-compare", paramLabel = "NUM", arity = "0..1", fallbackValue = "",
            description = "Compare memory against saved run NUM (default: the latest).")
    String memoryCompare;

    @Option(names = "--benchmark-memory-compare-fail", paramLabel = "EXPR",
            description = "Fail when memory regresses past EXPR, e.g. peak:10%% or allocations:5 (repeatable; implies --benchmark-memory-compare).")
    List<String> memoryCompareFail = new ArrayList<>();

    @Option(names = "--benchmark-memory-profile", paramLabel = "DIR",
            description = {"Profile where each memory benchmark allocates: one more, profiled pass after the measured ones",
                "(exact bytes and counts per allocation site, call paths, live at the peak), kept in DIR as",
                "ID.profile.json and collapsed stacks; with --benchmark-memory-compare-fail only for the ids that",
                "regressed. Render with `benchmem flamegraph DIR`."})
    String memoryProfile;

    @Option(names = "--benchmark-shard", paramLabel = "I/N", converter = ShardConverter.class,
            description = {"Run shard I of N: a balanced subset of the test methods (by their durations in the latest",
                "saved run, else equal counts by name hash), named in the run file's machine_info; join the N run",
                "files with `benchmem merge`."})
    Shard shard;

    @Option(names = "--config", paramLabel = "KEY=VALUE",
            description = "A JUnit configuration parameter (repeatable), e.g. benchmem.memory-repeats=3.")
    Map<String, String> config = new LinkedHashMap<>();

    @Option(names = ChildJvm.CHILD_OPTION, hidden = true, paramLabel = "PATH")
    Path memoryChildOutput;

    /** Parses {@code I/N}, with the problem as picocli's one-line message. */
    static final class ShardConverter implements CommandLine.ITypeConverter<Shard> {
        @Override
        public Shard convert(String value) {
            try {
                return Shard.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** The run settings as configuration parameters: {@code --config} first, options over it. */
    Map<String, String> configurationParameters() {
        Map<String, String> p = new LinkedHashMap<>(config);
        put(p, RunConfig.MEMORY, memory ? "true" : null);
        put(p, RunConfig.ONLY, only ? "true" : null);
        put(p, RunConfig.SKIP, skip ? "true" : null);
        put(p, RunConfig.MIN_ROUNDS, minRounds);
        put(p, RunConfig.MAX_TIME, maxTime);
        put(p, RunConfig.MIN_TIME, minTime);
        put(p, RunConfig.WARMUP, warmup);
        put(p, RunConfig.DISABLE_GC, disableGc ? "true" : null);
        put(p, RunConfig.MEMORY_REPEATS, memoryRepeats);
        put(p, RunConfig.MEMORY_WARMUP, memoryWarmup);
        put(p, RunConfig.MEMORY_MAX_TIME, memoryMaxTime);
        put(p, RunConfig.MEMORY_ISOLATE, memoryIsolate ? "true" : null);
        put(p, RunConfig.FILTER, nameFilter);
        put(p, RunConfig.MEMORY_CHILD_OUTPUT, memoryChildOutput == null ? null : memoryChildOutput.toString());
        put(p, RunConfig.MEMORY_PROFILE, memoryProfile);
        return p;
    }

    /** The command-line option a configuration parameter comes from, to name it in errors. */
    static String optionFor(String parameter) {
        return switch (parameter) {
            case RunConfig.FILTER -> "-k";
            case RunConfig.ONLY, RunConfig.SKIP -> "--benchmark-only/--benchmark-skip";
            default -> parameter.startsWith("benchmem.") ? "--benchmark-" + parameter.substring("benchmem.".length()) : parameter;
        };
    }

    private static void put(Map<String, String> parameters, String key, String value) {
        if (value != null) {
            parameters.put(key, value);
        }
    }
}
