package dev.benchmem.core.profile;

import java.util.List;

/**
 * Where one benchmark's memory went, from one profiled memory pass: every allocation site with
 * its exact totals, the call paths to them (sampled unless {@link #sampleIntervalBytes()} is 0,
 * and scaled so a site's paths add up to its totals), and what was live at the peak.
 *
 * @param name                the benchmark's name ({@code sort[10000]})
 * @param fullname            its full name ({@code com.example.SortBench#sort[10000]})
 * @param java                the Java version the pass ran on
 * @param allocations         the pass's allocations: the sum over the sites
 * @param allocated           the pass's allocated bytes: the sum over the sites
 * @param peak                the pass's peak live bytes (a reading, as the run file's peak)
 * @param sampleIntervalBytes mean bytes between two call-path samples; 0 = every allocation's path
 * @param samples             stack walks taken
 * @param sites               sites, heaviest by bytes first
 * @param paths               call paths
 */
public record Profile(String name, String fullname, String java, long allocations, long allocated, long peak,
                      long sampleIntervalBytes, long samples, List<ProfileSite> sites, List<ProfilePath> paths) {

    public Profile {
        sites = List.copyOf(sites);
        paths = List.copyOf(paths);
        long siteAllocations = sites.stream().mapToLong(ProfileSite::allocations).sum();
        long siteBytes = sites.stream().mapToLong(ProfileSite::bytes).sum();
        if (siteAllocations != allocations || siteBytes != allocated) {
            throw new IllegalArgumentException("the sites add up to " + siteAllocations + " allocations and " + siteBytes
                    + " bytes, the pass to " + allocations + " and " + allocated);
        }
        long[][] pathTotals = new long[sites.size()][3];
        for (ProfilePath path : paths) {
            if (path.site() < 0 || path.site() >= sites.size()) {
                throw new IllegalArgumentException("a path names site " + path.site() + " of " + sites.size());
            }
            pathTotals[path.site()][0] += path.allocations();
            pathTotals[path.site()][1] += path.bytes();
            pathTotals[path.site()][2] += path.liveBytes();
        }
        for (int i = 0; i < sites.size(); i++) {
            ProfileSite site = sites.get(i);
            if (pathTotals[i][0] != site.allocations() || pathTotals[i][1] != site.bytes() || pathTotals[i][2] != site.liveBytes()) {
                throw new IllegalArgumentException("the paths of site " + i + " (" + site.location() + ") add up to "
                        + pathTotals[i][0] + " allocations, " + pathTotals[i][1] + " bytes and " + pathTotals[i][2]
                        + " live bytes, the site to " + site.allocations() + ", " + site.bytes() + " and " + site.liveBytes());
            }
        }
    }

    /** Whether every allocation's call path was walked (paths and live-at-peak exact, not sampled). */
    public boolean exactPaths() {
        return sampleIntervalBytes == 0;
    }

    /** The total of a metric: the pass's allocated bytes or allocations, or the live bytes at the peak over the sites. */
    public long total(ProfileMetric metric) {
        return switch (metric) {
            case ALLOCATED -> allocated;
            case ALLOCATIONS -> allocations;
            case LIVE -> sites.stream().mapToLong(ProfileSite::liveBytes).sum();
        };
    }
}
