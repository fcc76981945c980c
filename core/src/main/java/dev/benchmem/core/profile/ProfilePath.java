package dev.benchmem.core.profile;

import java.util.List;

/**
 * A call path to one site, with its share of the site's totals: the paths of a site add up to
 * the site's allocations, bytes and live bytes exactly.
 *
 * @param site        index of the site in {@link Profile#sites()}
 * @param frames      outermost frame first; the last is the site's method
 * @param allocations the path's allocations
 * @param bytes       the path's bytes
 * @param liveBytes   of them, the bytes reachable at the peak checkpoint
 */
public record ProfilePath(int site, List<ProfileFrame> frames, long allocations, long bytes, long liveBytes) {
    public ProfilePath {
        frames = List.copyOf(frames);
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("a path needs at least one frame");
        }
        if (allocations < 0 || bytes < 0 || liveBytes < 0) {
            throw new IllegalArgumentException("negative path value");
        }
    }

    public long value(ProfileMetric metric) {
        return switch (metric) {
            case ALLOCATED -> bytes;
            case ALLOCATIONS -> allocations;
            case LIVE -> liveBytes;
        };
    }
}
