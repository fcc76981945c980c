package dev.benchmem.agent;

import java.util.List;

/**
 * A call path that led to one site, with what the samples taken on it stand for. The values are
 * estimates in the units of the site's totals; scaled over the paths of a site they divide its
 * exact totals.
 *
 * @param site        index of the site in {@link AllocationProfile#sites()}
 * @param frames      the frames from the outermost one of the recorded region down to the site's method
 * @param bytes       the bytes the path's samples stand for
 * @param allocations the allocations they stand for
 * @param liveBytes   of {@code bytes}, what was still reachable at the checkpoint that set the peak
 */
public record SampledPath(int site, List<CallFrame> frames, double bytes, double allocations, double liveBytes) {
    public SampledPath {
        frames = List.copyOf(frames);
    }
}
