package dev.benchmem.harness.engine;

import dev.benchmem.harness.memory.MemorySchedule;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The run-wide settings the extension reads, as JUnit configuration parameters
 * ({@code benchmem.*}): the launcher sets them from its options; under Maven Surefire they come
 * from {@code -Dbenchmem.memory=true} or {@code junit-platform.properties}. Timing settings
 * that are absent keep the timing engine's defaults.
 */
public record RunConfig(
        boolean memoryForAll,
        Selection selection,
        OptionalInt minRounds,
        Optional<Duration> maxTime,
        Optional<Duration> minTime,
        Optional<Boolean> warmup,
        boolean disableGc,
        MemorySchedule memory,
        Optional<String> nameFilter,
        Optional<Path> memoryChildOutput,
        Optional<Path> json,
        Optional<String> isolatedPass,
        Optional<Path> memoryProfile) {

    /** Which tests run: all, only benchmarks ({@code --benchmark-only}), or none of them ({@code --benchmark-skip}). */
    public enum Selection { ALL, ONLY_BENCHMARKS, SKIP_BENCHMARKS }

    public static final String MEMORY = "benchmem.memory";
    public static final String ONLY = "benchmem.only";
    public static final String SKIP = "benchmem.skip";
    public static final String MIN_ROUNDS = "benchmem.min-rounds";
    public static final String MAX_TIME = "benchmem.max-time";
    public static final String MIN_TIME = "benchmem.min-time";
    public static final String WARMUP = "benchmem.warmup";
    public static final String DISABLE_GC = "benchmem.disable-gc";
    public static final String MEMORY_REPEATS = "benchmem.memory-repeats";
    public static final String MEMORY_WARMUP = "benchmem.memory-warmup";
    public static final String MEMORY_MAX_TIME = "benchmem.memory-max-time";
    /** Every memory pass in a fresh JVM ({@code --benchmark-memory-isolate}). */
    public static final String MEMORY_ISOLATE = "benchmem.memory-isolate";
    /** In an isolated pass's JVM: the fullname of the one benchmark it measures, once. */
    public static final String ISOLATED_PASS = "benchmem.isolated-pass";
    public static final String FILTER = "benchmem.filter";
    public static final String MEMORY_CHILD_OUTPUT = "benchmem.memory-child-output";
    /** Where a run under a plain JUnit launcher (Surefire) writes its run file; the launcher has --benchmark-json. */
    public static final String JSON = "benchmem.json";
    /** The directory of allocation profiles: every memory benchmark gets a profiled pass. */
    public static final String MEMORY_PROFILE = "benchmem.memory-profile";
    /** Where {@code @MemoryPass(profile = true)} puts its profiles when the run names no directory. */
    public static final Path DEFAULT_PROFILE_DIRECTORY = Path.of(".benchmarks", "profiles");

    /** A malformed setting: {@link #key()} names the configuration parameter. */
    public static final class InvalidSetting extends IllegalArgumentException {
        private final String key;

        InvalidSetting(String key, String problem) {
            super(key + ": " + problem);
            this.key = key;
        }

        public String key() {
            return key;
        }

        /** The problem without the key. */
        public String problem() {
            return getMessage().substring(key.length() + 2);
        }
    }

    /** The settings of a JVM whose run was configured by nothing. */
    public static final RunConfig DEFAULT = from(key -> Optional.empty());

    /** True in the memory-pass JVM: benchmarks run their memory pass only, no timed rounds. */
    public boolean memoryMode() {
        return memoryChildOutput.isPresent();
    }

    /**
     * Reads the settings from configuration parameters.
     *
     * @throws InvalidSetting naming the parameter whose value is malformed
     */
    public static RunConfig from(Function<String, Optional<String>> parameters) {
        boolean only = flag(parameters, ONLY);
        boolean skip = flag(parameters, SKIP);
        if (only && skip) {
            throw new InvalidSetting(ONLY, "excludes " + SKIP);
        }
        MemorySchedule memory = MemorySchedule.DEFAULT;
        OptionalInt repeats = integer(parameters, MEMORY_REPEATS, 0);
        if (repeats.isPresent()) {
            memory = memory.withRepeats(repeats.getAsInt());
        }
        OptionalInt memoryWarmup = integer(parameters, MEMORY_WARMUP, 0);
        if (memoryWarmup.isPresent()) {
            memory = memory.withWarmup(memoryWarmup.getAsInt());
        }
        Optional<Duration> memoryMaxTime = duration(parameters, MEMORY_MAX_TIME, false);
        if (memoryMaxTime.isPresent()) {
            memory = memory.withMaxTime(memoryMaxTime.get());
        }
        memory = memory.withIsolate(flag(parameters, MEMORY_ISOLATE));
        return new RunConfig(
                flag(parameters, MEMORY),
                only ? Selection.ONLY_BENCHMARKS : skip ? Selection.SKIP_BENCHMARKS : Selection.ALL,
                integer(parameters, MIN_ROUNDS, 1),
                duration(parameters, MAX_TIME, false),
                duration(parameters, MIN_TIME, true),
                parameters.apply(WARMUP).map(v -> bool(WARMUP, v)),
                flag(parameters, DISABLE_GC),
                memory,
                parameters.apply(FILTER).filter(f -> !f.isEmpty()),
                parameters.apply(MEMORY_CHILD_OUTPUT).map(Path::of),
                parameters.apply(JSON).filter(f -> !f.isEmpty()).map(Path::of),
                parameters.apply(ISOLATED_PASS).filter(f -> !f.isEmpty()),
                path(parameters, MEMORY_PROFILE));
    }

    /** Where profiles go: {@code --benchmark-memory-profile}'s directory, else {@link #DEFAULT_PROFILE_DIRECTORY}. */
    public Path profileDirectory() {
        return memoryProfile.orElse(DEFAULT_PROFILE_DIRECTORY);
    }

    /** These settings as configuration parameters, the inverse of {@link #from}. */
    public Map<String, String> toParameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put(MEMORY, String.valueOf(memoryForAll));
        p.put(ONLY, String.valueOf(selection == Selection.ONLY_BENCHMARKS));
        p.put(SKIP, String.valueOf(selection == Selection.SKIP_BENCHMARKS));
        minRounds.ifPresent(v -> p.put(MIN_ROUNDS, String.valueOf(v)));
        maxTime.ifPresent(v -> p.put(MAX_TIME, v.toNanos() + "ns"));
        minTime.ifPresent(v -> p.put(MIN_TIME, v.toNanos() + "ns"));
        warmup.ifPresent(v -> p.put(WARMUP, String.valueOf(v)));
        p.put(DISABLE_GC, String.valueOf(disableGc));
        p.put(MEMORY_REPEATS, String.valueOf(memory.repeats()));
        p.put(MEMORY_WARMUP, String.valueOf(memory.warmup()));
        p.put(MEMORY_MAX_TIME, memory.maxTime().toNanos() + "ns");
        p.put(MEMORY_ISOLATE, String.valueOf(memory.isolate()));
        nameFilter.ifPresent(v -> p.put(FILTER, v));
        memoryChildOutput.ifPresent(v -> p.put(MEMORY_CHILD_OUTPUT, v.toString()));
        json.ifPresent(v -> p.put(JSON, v.toString()));
        isolatedPass.ifPresent(v -> p.put(ISOLATED_PASS, v));
        memoryProfile.ifPresent(v -> p.put(MEMORY_PROFILE, v.toString()));
        return p;
    }

    private static Optional<Path> path(Function<String, Optional<String>> parameters, String key) {
        Optional<String> value = parameters.apply(key);
        if (value.isPresent() && value.get().isBlank()) {
            throw new InvalidSetting(key, "an empty path");
        }
        try {
            return value.map(Path::of);
        } catch (java.nio.file.InvalidPathException e) {
            throw new InvalidSetting(key, "not a path: '" + value.get() + "'");
        }
    }

    private static boolean flag(Function<String, Optional<String>> parameters, String key) {
        return parameters.apply(key).map(v -> bool(key, v)).orElse(false);
    }

    private static boolean bool(String key, String value) {
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "on", "yes" -> true;
            case "false", "off", "no" -> false;
            default -> throw new InvalidSetting(key, "not true or false: '" + value + "'");
        };
    }

    private static OptionalInt integer(Function<String, Optional<String>> parameters, String key, int min) {
        Optional<String> value = parameters.apply(key);
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            int n = Integer.parseInt(value.get().strip());
            if (n < min) {
                throw new InvalidSetting(key, "must be at least " + min + ": '" + value.get() + "'");
            }
            return OptionalInt.of(n);
        } catch (NumberFormatException e) {
            throw new InvalidSetting(key, "not an integer: '" + value.get() + "'");
        }
    }

    private static Optional<Duration> duration(Function<String, Optional<String>> parameters, String key, boolean zeroAllowed) {
        Optional<Duration> value;
        try {
            value = parameters.apply(key).map(Durations::parse);
        } catch (IllegalArgumentException e) {
            throw new InvalidSetting(key, e.getMessage());
        }
        if (!zeroAllowed && value.filter(Duration::isZero).isPresent()) {
            throw new InvalidSetting(key, "must be more than 0: '" + parameters.apply(key).orElseThrow() + "'");
        }
        return value;
    }
}
