package dev.benchmem.harness.memory;

import dev.benchmem.harness.MemoryCeiling;
import dev.benchmem.harness.report.MemoryPasses;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;

/** The limits of a {@link MemoryCeiling}, checked against the worst memory pass. */
public record MemoryCeilings(OptionalLong maxPeak, OptionalLong maxAllocated, OptionalLong maxAllocations) {

    public static final MemoryCeilings NONE = new MemoryCeilings(OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty());

    /** Reads the annotation; throws {@link IllegalArgumentException} naming a malformed member. */
    public static MemoryCeilings of(MemoryCeiling ceiling) {
        if (ceiling == null) {
            return NONE;
        }
        return new MemoryCeilings(size("maxPeak", ceiling.maxPeak()), size("maxAllocated", ceiling.maxAllocated()),
                count(ceiling.maxAllocations()));
    }

    private static OptionalLong size(String member, String text) {
        try {
            return text.isBlank() ? OptionalLong.empty() : OptionalLong.of(ByteSize.parse(text));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("@MemoryCeiling(" + member + "): " + e.getMessage(), e);
        }
    }

    private static OptionalLong count(String text) {
        try {
            return text.isBlank() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("@MemoryCeiling(maxAllocations): not a count: '" + text + "'", e);
        }
    }

    /** One message per exceeded limit, e.g. {@code sort[500000]: peak 117 MiB exceeds maxPeak 100 MiB}. */
    public List<String> violations(String name, MemoryPasses passes) {
        List<String> violations = new ArrayList<>();
        long peak = Collections.max(passes.peakBytes());
        long allocated = Collections.max(passes.totalBytes());
        long allocations = Collections.max(passes.allocations());
        if (maxPeak.isPresent() && peak > maxPeak.getAsLong()) {
            violations.add(name + ": peak " + ByteSize.format(peak) + " exceeds maxPeak " + ByteSize.format(maxPeak.getAsLong()));
        }
        if (maxAllocated.isPresent() && allocated > maxAllocated.getAsLong()) {
            violations.add(name + ": allocated " + ByteSize.format(allocated) + " exceeds maxAllocated "
                    + ByteSize.format(maxAllocated.getAsLong()));
        }
        if (maxAllocations.isPresent() && allocations > maxAllocations.getAsLong()) {
            violations.add(name + ": allocations " + allocations + " exceeds maxAllocations " + maxAllocations.getAsLong());
        }
        return violations;
    }
}
