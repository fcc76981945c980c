package dev.benchmem.core.profile;

/**
 * An allocation site and what the profiled pass allocated there.
 *
 * @param className   the class holding the site
 * @param method      the method holding it
 * @param line        its source line, -1 when unknown
 * @param allocates   what it allocates: a type ({@code int[]}), or the allocating call counted at
 *                    its call site ({@code java.util.Arrays.copyOf()})
 * @param allocations objects and arrays allocated there, exact
 * @param bytes       their shallow sizes, exact
 * @param liveBytes   of them, the bytes reachable at the checkpoint that set the peak (sampled)
 */
public record ProfileSite(String className, String method, int line, String allocates, long allocations, long bytes,
                          long liveBytes) {
    public ProfileSite {
        if (allocations < 0 || bytes < 0 || liveBytes < 0) {
            throw new IllegalArgumentException("negative site total");
        }
    }

    /** The site's frame, as the last frame of its paths names it. */
    public ProfileFrame frame() {
        return new ProfileFrame(className, method, line);
    }

    /** {@code java.lang.Integer.valueOf:1081}. */
    public String location() {
        return frame().label();
    }

    public long value(ProfileMetric metric) {
        return switch (metric) {
            case ALLOCATED -> bytes;
            case ALLOCATIONS -> allocations;
            case LIVE -> liveBytes;
        };
    }
}
