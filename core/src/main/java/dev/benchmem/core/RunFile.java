package dev.benchmem.core;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
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

    /** pytest-benchmark's {@code datetime.isoformat()}: microseconds and {@code +00:00}. */
    static final DateTimeFormatter DATETIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx");

    public RunFile {
        machineInfo = Collections.unmodifiableMap(new LinkedHashMap<>(machineInfo));
        commitInfo = Collections.unmodifiableMap(new LinkedHashMap<>(commitInfo));
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
}
