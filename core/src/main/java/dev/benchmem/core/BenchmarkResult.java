package dev.benchmem.core;

import java.util.Map;
import java.util.Objects;

/**
 * One benchmark's result: pytest-benchmark's identity fields, the timed rounds and the memory
 * passes. Immutable (maps are copied, keeping their order; their values should be scalars,
 * strings, lists or maps of those, as JSON holds).
 *
 * @param group the group the table shows it under, or null
 * @param name the id, e.g. {@code sort[10000]}
 * @param fullname e.g. {@code com.example.SortBench#sort[10000]}
 * @param params parameter name to value, in declaration order; empty when not parametrized
 * @param param the parameter values joined by {@code -} ({@code 10000}), or null
 * @param extraInfo the user's extra info, in insertion order (never the {@code benchmem} key)
 * @param options how it was timed (see {@code TimingOptions.asRunFileOptions})
 * @param stats the timed rounds, or null when it was not timed (e.g. it failed first)
 * @param memory the memory passes, or null when memory was not measured
 * @param outcome how the test ended
 * @param message why it failed or was skipped, or null
 */
public record BenchmarkResult(
        String group,
        String name,
        String fullname,
        Map<String, Object> params,
        String param,
        Map<String, Object> extraInfo,
        Map<String, Object> options,
        TimingStats stats,
        MemoryPasses memory,
        Outcome outcome,
        String message) {

    /** The key under {@code extra_info} that holds the memory passes in a run file. */
    public static final String BENCHMEM_KEY = "benchmem";

    public BenchmarkResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fullname, "fullname");
        Objects.requireNonNull(outcome, "outcome");
        params = FrozenMap.of(params);
        extraInfo = FrozenMap.of(extraInfo);
        options = FrozenMap.of(options);
        if (extraInfo.containsKey(BENCHMEM_KEY)) {
            throw new IllegalArgumentException(
                    "extra_info key '" + BENCHMEM_KEY + "' is reserved for the memory passes");
        }
    }

    /** A builder for a result with this id; outcome PASSED unless set. */
    public static Builder builder(String name, String fullname) {
        return new Builder(name, fullname);
    }

    /** A builder starting from this result. */
    public Builder toBuilder() {
        return new Builder(name, fullname).group(group).params(params).param(param)
                .extraInfo(extraInfo).options(options).stats(stats).memory(memory)
                .outcome(outcome, message);
    }

    /** Builds a {@link BenchmarkResult}. */
    public static final class Builder {
        private String group;
        private final String name;
        private final String fullname;
        private Map<String, Object> params = Map.of();
        private String param;
        private Map<String, Object> extraInfo = Map.of();
        private Map<String, Object> options = Map.of();
        private TimingStats stats;
        private MemoryPasses memory;
        private Outcome outcome = Outcome.PASSED;
        private String message;

        private Builder(String name, String fullname) {
            this.name = name;
            this.fullname = fullname;
        }

        public Builder group(String group) {
            this.group = group;
            return this;
        }

        public Builder params(Map<String, Object> params) {
            this.params = params;
            return this;
        }

        public Builder param(String param) {
            this.param = param;
            return this;
        }

        public Builder extraInfo(Map<String, Object> extraInfo) {
            this.extraInfo = extraInfo;
            return this;
        }

        public Builder options(Map<String, Object> options) {
            this.options = options;
            return this;
        }

        public Builder stats(TimingStats stats) {
            this.stats = stats;
            return this;
        }

        public Builder memory(MemoryPasses memory) {
            this.memory = memory;
            return this;
        }

        public Builder outcome(Outcome outcome, String message) {
            this.outcome = outcome;
            this.message = message;
            return this;
        }

        public BenchmarkResult build() {
            return new BenchmarkResult(group, name, fullname, params, param, extraInfo, options,
                    stats, memory, outcome, message);
        }
    }
}
