package dev.benchmem.agent.internal;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Instance sizes per {@code new} site. A {@code new X} instruction always makes an {@code X},
 * so the rewriter numbers each such site ({@link #next()}) and the hook finds its size in one
 * array read, learnt from the first instance counted there: unlike a cache keyed by class,
 * code that allocates several classes in turn never misses it.
 *
 * <p>Reads are racy on purpose: a reader that sees an older, shorter array or a size not yet
 * written sees 0 and learns the size again, under the lock, to the same value.
 */
final class SiteSizes {
    private static final AtomicInteger NEXT = new AtomicInteger();
    /** Size in bytes per site, 0 until learnt; replaced by a longer copy as sites are numbered. */
    static int[] sizes = new int[1 << 12];

    private SiteSizes() {
    }

    /** Numbers a new site. */
    static int next() {
        return NEXT.getAndIncrement();
    }

    /** Learns the size of the instances of {@code site} from one of them; callers hold the thread's guard. */
    static synchronized int learn(int site, Object instance) {
        int size = Math.toIntExact(Sizes.instance(instance));
        if (site >= sizes.length) {
            sizes = Arrays.copyOf(sizes, Math.max(site + 1, sizes.length * 2));
        }
        sizes[site] = size;
        return size;
    }
}
