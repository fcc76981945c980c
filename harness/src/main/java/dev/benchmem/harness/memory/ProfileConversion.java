package dev.benchmem.harness.memory;

import dev.benchmem.agent.AllocationProfile;
import dev.benchmem.agent.AllocationSite;
import dev.benchmem.agent.CallFrame;
import dev.benchmem.agent.SampledPath;
import dev.benchmem.core.profile.Profile;
import dev.benchmem.core.profile.ProfileBuilder;
import dev.benchmem.core.profile.ProfileFrame;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns what the agent found in a profiled pass into the profile model: sites with their exact
 * totals, and paths scaled to them ({@link ProfileBuilder}). The harness's own frames between
 * the pass and the benchmarked code (the fixture's call, the target's lambda) are left out, so
 * a path starts in the benchmark.
 */
final class ProfileConversion {
    /** Packages of the harness code that calls the benchmarked code in a memory pass. */
    private static final List<String> HARNESS = List.of("dev.benchmem.harness.engine.", "dev.benchmem.harness.memory.");

    private ProfileConversion() {
    }

    static Profile of(String name, String fullname, MemoryPassRunner.Profiled pass) {
        AllocationProfile found = pass.profile();
        ProfileBuilder builder = new ProfileBuilder(name, fullname, Runtime.version().toString(), pass.measurement().peakBytes(),
                found.sampleIntervalBytes(), found.samples());
        for (AllocationSite site : found.sites()) {
            builder.site(site.className(), site.method(), site.line(), site.allocates(), site.allocations(), site.bytes());
        }
        for (SampledPath path : found.paths()) {
            builder.path(path.site(), frames(path.frames()), path.bytes(), path.allocations(), path.liveBytes());
        }
        return builder.build();
    }

    private static List<ProfileFrame> frames(List<CallFrame> frames) {
        int first = 0;
        while (first < frames.size() - 1 && isHarness(frames.get(first).className())) {
            first++;
        }
        List<ProfileFrame> kept = new ArrayList<>(frames.size() - first);
        for (CallFrame frame : frames.subList(first, frames.size())) {
            kept.add(new ProfileFrame(frame.className(), frame.method(), frame.line()));
        }
        return kept;
    }

    private static boolean isHarness(String className) {
        return HARNESS.stream().anyMatch(className::startsWith);
    }
}
