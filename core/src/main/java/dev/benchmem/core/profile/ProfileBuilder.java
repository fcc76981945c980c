package dev.benchmem.core.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link Profile} from what a profiled pass found: sites with their exact totals, and
 * call paths with weights (what their samples stand for). Each site's totals are divided over
 * its paths in proportion to the weights, in whole units by the largest-remainder rule, so the
 * paths of a site add up to its totals exactly and the call tree's root to the pass's totals.
 * Live bytes are scaled by the same factor as the bytes (the sampled weights of a site,
 * corrected to its exact bytes) and never exceed them. A site with no path gets one, its own frame.
 */
public final class ProfileBuilder {
    private final String name;
    private final String fullname;
    private final String java;
    private final long peak;
    private final long sampleIntervalBytes;
    private final long samples;
    private final List<ProfileSite> sites = new ArrayList<>();
    private final List<Map<List<ProfileFrame>, double[]>> weights = new ArrayList<>();

    public ProfileBuilder(String name, String fullname, String java, long peak, long sampleIntervalBytes, long samples) {
        this.name = name;
        this.fullname = fullname;
        this.java = java;
        this.peak = peak;
        this.sampleIntervalBytes = sampleIntervalBytes;
        this.samples = samples;
    }

    /** Adds a site with its exact totals; returns its index for {@link #path}. */
    public int site(String className, String method, int line, String allocates, long allocations, long bytes) {
        sites.add(new ProfileSite(className, method, line, allocates, allocations, bytes, 0));
        weights.add(new LinkedHashMap<>());
        return sites.size() - 1;
    }

    /** Adds a path to site {@code site} with the bytes, allocations and live bytes its samples stand for. */
    public ProfileBuilder path(int site, List<ProfileFrame> frames, double bytes, double allocations, double liveBytes) {
        double[] w = weights.get(site).computeIfAbsent(List.copyOf(frames), k -> new double[3]);
        w[0] += bytes;
        w[1] += allocations;
        w[2] += liveBytes;
        return this;
    }

    public Profile build() {
        Integer[] order = new Integer[sites.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingLong(i -> -sites.get(i).bytes())
                .thenComparing(i -> sites.get(i).location()).thenComparing(i -> sites.get(i).allocates()));
        List<ProfileSite> sorted = new ArrayList<>();
        List<ProfilePath> paths = new ArrayList<>();
        for (int rank = 0; rank < order.length; rank++) {
            ProfileSite site = sites.get(order[rank]);
            Map<List<ProfileFrame>, double[]> byPath = weights.get(order[rank]);
            if (byPath.isEmpty()) {
                byPath.put(List.of(site.frame()), new double[] {1, 1, 0});
            }
            List<List<ProfileFrame>> frames = new ArrayList<>(byPath.keySet());
            double[] bytesWeight = column(byPath, 0);
            double[] allocationsWeight = column(byPath, 1);
            double[] liveWeight = column(byPath, 2);
            double weighed = sum(bytesWeight);
            long live = weighed == 0 ? 0 : Math.min(site.bytes(), Math.round(sum(liveWeight) * site.bytes() / weighed));
            long[] bytes = apportion(site.bytes(), bytesWeight);
            long[] allocations = apportion(site.allocations(), allocationsWeight);
            long[] liveBytes = apportion(live, liveWeight);
            long siteLive = 0;
            for (int p = 0; p < frames.size(); p++) {
                long pathLive = Math.min(liveBytes[p], bytes[p]);
                paths.add(new ProfilePath(rank, frames.get(p), allocations[p], bytes[p], pathLive));
                siteLive += pathLive;
            }
            sorted.add(new ProfileSite(site.className(), site.method(), site.line(), site.allocates(), site.allocations(),
                    site.bytes(), siteLive));
        }
        long allocations = sorted.stream().mapToLong(ProfileSite::allocations).sum();
        long allocated = sorted.stream().mapToLong(ProfileSite::bytes).sum();
        return new Profile(name, fullname, java, allocations, allocated, peak, sampleIntervalBytes, samples, sorted, paths);
    }

    private static double[] column(Map<List<ProfileFrame>, double[]> byPath, int column) {
        return byPath.values().stream().mapToDouble(w -> w[column]).toArray();
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }

    /**
     * Divides {@code total} in proportion to {@code weights}, in whole units that add up to it
     * exactly: each share rounded down, the units left over to the largest remainders (equal
     * shares when every weight is 0).
     */
    static long[] apportion(long total, double[] weights) {
        int n = weights.length;
        double sum = sum(weights);
        double[] share = new double[n];
        for (int i = 0; i < n; i++) {
            share[i] = sum > 0 ? total * (weights[i] / sum) : (double) total / n;
        }
        long[] whole = new long[n];
        long given = 0;
        for (int i = 0; i < n; i++) {
            whole[i] = Math.min(total - given, (long) Math.floor(share[i]));
            given += whole[i];
        }
        Integer[] byRemainder = new Integer[n];
        for (int i = 0; i < n; i++) {
            byRemainder[i] = i;
        }
        Arrays.sort(byRemainder, Comparator.<Integer>comparingDouble(i -> -(share[i] - Math.floor(share[i])))
                .thenComparingInt(i -> i));
        for (int k = 0; given < total; k = (k + 1) % n) {
            whole[byRemainder[k]]++;
            given++;
        }
        return whole;
    }
}
