package dev.benchmem.agent.internal;

import dev.benchmem.agent.AllocationProfile;
import dev.benchmem.agent.AllocationSite;
import dev.benchmem.agent.CallFrame;
import dev.benchmem.agent.SampledPath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The profiled recording: while {@link #active}, every counted allocation leaves the hooks'
 * fast path ({@link Counters#LIMIT}) and arrives here with its site's number.
 *
 * <p><b>Sites, exact.</b> Each thread counts its allocations and bytes per site in a table
 * of its own (indexed by its counter slot, grown to the number of sites under its guard), so
 * counting stays lock-free and lossless; the tables are summed when the recording stops.
 *
 * <p><b>Call paths, sampled by bytes.</b> A thread walks its stack when its byte counter
 * passes its next sample point ({@link Counters#NEXT_SAMPLE}), drawn an exponentially
 * distributed number of bytes ahead (mean: the interval), as JFR and async-profiler draw
 * theirs, so a periodic pattern cannot hide from it; an interval of 0 walks at every
 * allocation (exact paths). A sampled object of {@code s} bytes stands for
 * {@code s / (1 - e^(-s/interval))} bytes and {@code 1 / (1 - e^(-s/interval))} allocations
 * (the unbiased weights of a Poisson sample by bytes). The first allocation of each site on
 * each thread is walked too, so that a site too small to be sampled still has its path.
 *
 * <p><b>Live at peak.</b> Each regular sample keeps a weak reference to its object; when a
 * checkpoint sets a new peak, the references still set are the sampled objects alive then.
 *
 * <p>What this class and its tables hold on the heap is counted ({@link #heldSinceStart()}),
 * so the live-heap readings, and with them the choice of the peak checkpoint, are not moved
 * by the profiler's own records.
 */
final class Profiler {
    /** Whether a profiled recording is running; read by the hooks' slow path and {@link Counters#grant}. */
    static volatile boolean active;

    private static final int SLOTS = Counters.LAST_CLASS.length;
    /** Per counter slot: allocations and bytes per site, at {@code 2 * site} and {@code 2 * site + 1}. */
    private static long[][] tables;
    private static long tableBytes;
    private static CallPaths paths;
    private static ProfileSamples samples;
    private static long interval;
    private static SplittableRandom random;
    private static long heldAtStart;

    private Profiler() {
    }

    /**
     * Starts profiling on the calling thread, before the recording takes its baseline: what
     * this allocates up front is in the baseline.
     *
     * @param sampleInterval mean bytes between path samples, 0 for every allocation
     */
    static synchronized void begin(long sampleInterval) {
        if (tables == null) {
            tables = new long[SLOTS][];
        }
        paths = new CallPaths();
        paths.beginRegion();
        samples = new ProfileSamples(4096);
        interval = sampleInterval;
        random = new SplittableRandom(42);
        long[] slots = Counters.SLOT;
        int own = Counters.base(Thread.currentThread().getId());
        for (int b = 0; b < slots.length; b += Counters.STRIDE) {
            slots[b + Counters.NEXT_SAMPLE] = slots[b + Counters.BYTES] + gap();
        }
        ensureTable(own, Sites.count());
        tableBytes = Sizes.of(tables);
        for (long[] table : tables) {
            tableBytes += table == null ? 0 : Sizes.of(table);
        }
        heldAtStart = held();
        active = true;
        Counters.resetLimits();
    }

    /** Bytes to the next sample point: exponentially distributed with mean {@link #interval}, 0 without sampling. */
    private static long gap() {
        return interval == 0 ? Long.MIN_VALUE / 2 : (long) (-Math.log(1 - random.nextDouble()) * interval);
    }

    /**
     * An allocation of a profiled recording, already added to the thread's counters in slot
     * {@code b}: counted at its site; small, so that it compiles into the hooks. Anything more
     * (a table to grow, a path to walk, a spent grant) goes to {@link #beyondCount}.
     */
    static void count(int b, long bytes, int site, Object o) {
        long[] table = tables[Counters.cacheIndex(b)];
        int i = site << 1;
        if (table != null && i < table.length) {
            long atSite = ++table[i];
            table[i + 1] += bytes;
            long[] slots = Counters.SLOT;
            long counted = slots[b + Counters.BYTES];
            if (atSite != 1 && counted < slots[b + Counters.NEXT_SAMPLE] && counted <= slots[b + Counters.GRANT_END]) {
                return;
            }
            beyondCount(b, bytes, site, o, atSite == 1);
        } else {
            grow(b, site);
            count(b, bytes, site, o);
        }
    }

    /** The rest of {@link #count}: a path to walk (a sample due, or the site's first allocation on the thread), a spent grant. */
    private static void beyondCount(int b, long bytes, int site, Object o, boolean first) {
        long[] slots = Counters.SLOT;
        long counted = slots[b + Counters.BYTES];
        boolean due = counted >= slots[b + Counters.NEXT_SAMPLE];
        if (due || first) {
            slots[b + Counters.GUARD] = 1;
            try {
                sample(b, bytes, site, o, due);
            } finally {
                slots[b + Counters.GUARD] = 0;
            }
        }
        if (counted > slots[b + Counters.GRANT_END]) {
            Hooks.overdrawn(b);
        }
    }

    private static void grow(int b, int site) {
        long[] slots = Counters.SLOT;
        slots[b + Counters.GUARD] = 1;
        try {
            ensureTable(b, site + 1);
        } finally {
            slots[b + Counters.GUARD] = 0;
        }
    }

    /** The table of slot {@code b}, with room for {@code sites} sites (and more, to grow rarely). */
    private static synchronized long[] ensureTable(int b, int sites) {
        int index = Counters.cacheIndex(b);
        long[] table = tables[index];
        if (table != null && table.length >= 2 * sites) {
            return table;
        }
        int length = 2 * Math.min(Sites.CAPACITY, Math.max(sites + sites / 4, Sites.count() + 1024));
        long[] bigger = table == null ? new long[length] : Arrays.copyOf(table, length);
        tableBytes += Sizes.of(bigger) - (table == null ? 0 : Sizes.of(table));
        tables[index] = bigger;
        return bigger;
    }

    private static synchronized void sample(int b, long bytes, int site, Object o, boolean regular) {
        samples.add(site, paths.walk(), bytes, regular, o);
        if (regular) {
            long[] slots = Counters.SLOT;
            slots[b + Counters.NEXT_SAMPLE] = slots[b + Counters.BYTES] + gap();
        }
    }

    /** Called by {@link LiveHeap} when a checkpoint's collection set a new peak. */
    static synchronized void peakSet() {
        if (active) {
            samples.markLiveAtPeak();
        }
    }

    /** What the profiler took of the heap since {@link #begin}; 0 when not profiling. */
    static synchronized long heldSinceStart() {
        return active ? held() - heldAtStart : 0;
    }

    private static long held() {
        return tableBytes + paths.heldBytes() + samples.heldBytes();
    }

    /** Stops profiling and returns what it found; the per-thread tables are emptied for the next recording. */
    static synchronized AllocationProfile end() {
        active = false;
        Counters.resetLimits();
        long[] allocations = new long[Sites.count()];
        long[] bytes = new long[allocations.length];
        for (long[] table : tables) {
            if (table != null) {
                for (int site = 0; site < allocations.length && 2 * site < table.length; site++) {
                    allocations[site] += table[2 * site];
                    bytes[site] += table[2 * site + 1];
                }
                Arrays.fill(table, 0);
            }
        }
        List<AllocationSite> sites = new ArrayList<>();
        int[] index = new int[allocations.length];
        for (int site = 0; site < allocations.length; site++) {
            index[site] = -1;
            if (allocations[site] > 0) {
                index[site] = sites.size();
                sites.add(new AllocationSite(FrameNames.className(Sites.owner(site)), FrameNames.method(Sites.method(site)), Sites.line(site),
                        Sites.allocates(site), allocations[site], bytes[site]));
            }
        }
        AllocationProfile profile = new AllocationProfile(interval, samples.count(), sites, paths(index));
        paths = null;
        samples = null;
        return profile;
    }

    /**
     * The samples summed per (site, path), in sample weights. A site with regular samples keeps
     * only those; a site without any keeps the paths of its first allocations, one unit each.
     */
    private static List<SampledPath> paths(int[] siteIndex) {
        boolean[] sampled = new boolean[siteIndex.length];
        for (int i = 0; i < samples.count(); i++) {
            sampled[samples.site(i)] |= samples.regular(i);
        }
        Map<Long, double[]> weights = new HashMap<>();
        for (int i = 0; i < samples.count(); i++) {
            int site = samples.site(i);
            if (samples.regular(i) != sampled[site] || siteIndex[site] < 0) {
                continue;
            }
            double[] w = weights.computeIfAbsent(((long) site << 32) | samples.path(i), k -> new double[3]);
            long size = samples.size(i);
            double chance = !samples.regular(i) || interval == 0 ? 1 : -Math.expm1(-(double) size / interval);
            double standsFor = samples.regular(i) ? size / chance : 1;
            w[0] += standsFor;
            w[1] += samples.regular(i) ? 1 / chance : 1;
            w[2] += samples.liveAtPeak(i) ? standsFor : 0;
        }
        List<SampledPath> result = new ArrayList<>(weights.size());
        weights.forEach((key, w) -> result.add(new SampledPath(siteIndex[(int) (key >>> 32)],
                frames(paths.path((int) (long) key)), w[0], w[1], w[2])));
        return result;
    }

    private static List<CallFrame> frames(int[] path) {
        List<CallFrame> frames = new ArrayList<>(path.length);
        for (int frame : path) {
            frames.add(new CallFrame(FrameNames.className(paths.frameClass(frame)),
                    FrameNames.method(paths.frameMethod(frame)), paths.frameLine(frame)));
        }
        return frames;
    }
}
