package dev.benchmem.core;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One run as saved in JSON: pytest-benchmark's top-level fields. Immutable.
 *
 * @param machineInfo where it ran (the harness's {@code MachineInfo})
 * @param commitInfo what code it ran (the harness's {@code CommitInfo})
 * @param benchmarks the results, in run order
 * @param datetime when it ran, ISO 8601 in UTC as pytest-benchmark writes it
 * @param version the version of the tool that wrote the file
 */
public record RunFile(
        Map<String, Object> machineInfo,
        Map<String, Object> commitInfo,
        List<BenchmarkResult> benchmarks,
        String datetime,
        String version) {

    /** The {@code machine_info} key naming a shard's run ({@code "2/3"}, {@code --benchmark-shard}); a merged run has none. */
    public static final String SHARD_KEY = "benchmem_shard";

    /** pytest-benchmark's {@code datetime.isoformat()}: microseconds and {@code +00:00}. */
    static final DateTimeFormatter DATETIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx");

    public RunFile {
        machineInfo = FrozenMap.of(machineInfo);
        commitInfo = FrozenMap.of(commitInfo);
        benchmarks = List.copyOf(benchmarks);
        Objects.requireNonNull(datetime, "datetime");
        Objects.requireNonNull(version, "version");
    }

    /** A run of {@code benchmarks} made now, stamped with the time and this tool's version. */
    public static RunFile now(Map<String, Object> machineInfo, Map<String, Object> commitInfo,
            List<BenchmarkResult> benchmarks) {
        return new RunFile(machineInfo, commitInfo, benchmarks,
                OffsetDateTime.now(ZoneOffset.UTC).format(DATETIME), toolVersion());
    }

    /** The harness version from its jar manifest, or {@code dev} when run from classes. */
    public static String toolVersion() {
        String v = RunFile.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** Whether any benchmark carries memory passes. */
    public boolean hasMemory() {
        return benchmarks.stream().anyMatch(b -> b.memory() != null);
    }

    /**
     * Joins the runs of a sharded suite ({@code --benchmark-shard I/N}) into one: benchmarks in
     * the order given, machine and commit of the first without its {@link #SHARD_KEY}, the
     * earliest datetime.
     *
     * @param runs the shards' runs
     * @param names how a message names each run (its file)
     * @throws IllegalArgumentException in one line, when two runs hold the same benchmark or
     *     were made of different commits
     */
    public static RunFile merge(List<RunFile> runs, List<String> names) {
        RunFile first = runs.get(0);
        Object commit = first.commitInfo().get("id");
        Map<String, String> owner = new java.util.HashMap<>();
        List<BenchmarkResult> benchmarks = new java.util.ArrayList<>();
        String earliest = first.datetime();
        for (int i = 0; i < runs.size(); i++) {
            RunFile run = runs.get(i);
            if (!Objects.equals(commit, run.commitInfo().get("id"))) {
                throw new IllegalArgumentException(names.get(i) + ": commit " + run.commitInfo().get("id")
                        + " differs from " + names.get(0) + "'s commit " + commit);
            }
            for (BenchmarkResult b : run.benchmarks()) {
                String other = owner.putIfAbsent(b.fullname(), names.get(i));
                if (other != null) {
                    throw new IllegalArgumentException(names.get(i) + ": benchmark " + b.fullname() + " is also in "
                            + other + " (overlapping shards)");
                }
                benchmarks.add(b);
            }
            earliest = run.datetime().compareTo(earliest) < 0 ? run.datetime() : earliest;
        }
        Map<String, Object> machine = new LinkedHashMap<>(first.machineInfo());
        machine.remove(SHARD_KEY);
        return new RunFile(machine, first.commitInfo(), benchmarks, earliest, first.version());
    }
}
