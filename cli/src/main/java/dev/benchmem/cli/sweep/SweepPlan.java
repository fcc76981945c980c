package dev.benchmem.cli.sweep;

import java.nio.file.Path;
import java.util.List;

/**
 * One sweep, validated: what to vary, the suite, and how each version runs.
 *
 * @param artifact the swept artifact
 * @param versions which of its versions
 * @param suite a jar or class directory of benchmarks compiled against the artifact and the harness
 * @param out the directory of the run files ({@code <out>/<version>.json}) and logs
 * @param memory pass {@code --benchmark-memory}: memory passes for {@code Benchmark} fixtures too
 * @param harnessArgs more harness options, after the sweep's own
 * @param pins dependencies forced to a version in every class path
 * @param checks classes that must load from a version's class path before it runs
 * @param tools the agent, harness and {@code java}
 * @param parallel how many versions run at once
 */
public record SweepPlan(Coordinates artifact, VersionQuery versions, Path suite, Path out, boolean memory,
                        List<String> harnessArgs, List<Pin> pins, List<String> checks, Tools tools, int parallel) {
    public SweepPlan {
        harnessArgs = List.copyOf(harnessArgs);
        pins = List.copyOf(pins);
        checks = List.copyOf(checks);
        if (parallel < 1) {
            throw new IllegalArgumentException("--parallel must be at least 1, not " + parallel);
        }
        if (pins.stream().anyMatch(p -> p.artifact().equals(artifact))) {
            throw new IllegalArgumentException("--pin cannot pin the swept artifact " + artifact);
        }
    }
}
