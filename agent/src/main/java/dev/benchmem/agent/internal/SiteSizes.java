package dev.benchmem.agent.internal;

/**
 * Instance sizes per {@code new} site. A {@code new X} instruction always makes an {@code X},
 * so the hook finds the size of its site's instances ({@link Sites} numbers every site) in one
 * array read, learnt from the first instance counted there: unlike a cache keyed by class,
 * code that allocates several classes in turn never misses it.
 *
 * <p>The table has a fixed capacity and is a {@code static final} array, so the JIT treats it
 * as a constant: with the site number a constant of the call site, the read compiles to one
 * load, without the field load, length check and bounds check that a growable table costs
 * (counting on a loop of 4.5 ns allocations went from 1.56x to 1.31x with it, {@code
 * benchmarks/agent.md}). A {@code new} of a site without a number ({@link Sites#UNKNOWN})
 * goes to the hook keyed by class ({@link Hooks#object}).
 *
 * <p>Reads are racy on purpose: a reader that sees a size not yet written sees 0 and learns
 * the size again, to the same value.
 */
final class SiteSizes {
    /** Size in bytes per site, 0 until learnt. */
    static final int[] SIZES = new int[Sites.CAPACITY];

    private SiteSizes() {
    }

    /** Learns the size of the instances of {@code site} from one of them; callers hold the thread's guard. */
    static int learn(int site, Object instance) {
        int size = Math.toIntExact(Sizes.instance(instance));
        SIZES[site] = size;
        return size;
    }
}
