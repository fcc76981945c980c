package dev.benchmem.agent.internal;

/**
 * Per-thread allocation counters in one {@code long[]}, a stride of one cache line per
 * thread slot (thread id modulo the slot count), so counting never allocates, locks or
 * shares a line between two threads. Only the owning thread writes its slot.
 *
 * <p>The guard word of a slot is non-zero while the thread must not be counted: inside a
 * hook or the transformer (re-entry), inside a silenced call site, or for an excluded thread
 * ({@link #EXCLUDED} bit).
 */
final class Counters {
    static final int ALLOCATIONS = 0;
    static final int BYTES = 1;
    static final int GUARD = 2;
    /** Allocation number of the last string the thread allocated (see {@link Hooks#concat}). */
    static final int LAST_STRING = 3;
    /** Shallow size of the class in {@link #LAST_CLASS} for this slot. */
    static final int LAST_SIZE = 4;
    /**
     * Where the counting path leaves its fast path: the value of the thread's {@link #BYTES}
     * beyond which an allocation goes to {@link Hooks}' slow path. It is {@link #GRANT_END}
     * while a plain recording runs, and {@link Long#MIN_VALUE} while a profiled one runs, so
     * that every allocation reaches {@link Profiler} with its site. Only the checkpoint and
     * profiling code writes it, so the counting path reads it and never writes it.
     */
    static final int LIMIT = 5;
    /**
     * The end of the thread's checkpoint grant: the value of its {@link #BYTES} up to which it
     * may allocate before {@link LiveHeap#overdrawn} must account for what it allocated. Only
     * {@link LiveHeap} writes it.
     */
    static final int GRANT_END = 6;
    /** While profiling: the value of the thread's {@link #BYTES} at which its next call path is sampled. */
    static final int NEXT_SAMPLE = 7;
    static final long EXCLUDED = 1L << 40;

    static final int STRIDE = 8;
    private static final int SLOTS = 1 << 14;
    static final long[] SLOT = new long[SLOTS * STRIDE];
    /** Per slot, the class of the last instance sized: a one-entry cache in front of the size lookup. */
    static final Class<?>[] LAST_CLASS = new Class<?>[SLOTS];

    private Counters() {
    }

    /** Index of the first word of {@code threadId}'s slot. */
    static int base(long threadId) {
        return ((int) threadId & (SLOTS - 1)) * STRIDE;
    }

    /** Index of a slot's entry in {@link #LAST_CLASS}. */
    static int cacheIndex(int base) {
        return base / STRIDE;
    }

    /** Sum of one counter over every slot. */
    static long sum(int counter) {
        long total = 0;
        long[] slot = SLOT;
        for (int i = counter; i < slot.length; i += STRIDE) {
            total += slot[i];
        }
        return total;
    }

    /** Marks {@code thread} as never counted. */
    static void exclude(Thread thread) {
        SLOT[base(thread.getId()) + GUARD] |= EXCLUDED;
    }

    /** Forgets every thread's last string, so a new recording starts clean. */
    static void forgetStrings() {
        fill(LAST_STRING, -1);
    }

    /** Sets one counter of every slot. */
    static void fill(int counter, long value) {
        long[] slot = SLOT;
        for (int i = counter; i < slot.length; i += STRIDE) {
            slot[i] = value;
        }
    }

    /** Ends every thread's grant where its counter stands, so its next allocation comes back for a new one. */
    static void endGrants() {
        long[] slot = SLOT;
        for (int i = 0; i < slot.length; i += STRIDE) {
            grant(i, slot[i + BYTES]);
        }
    }

    /** Sets the end of a slot's grant, and its limit to it unless every allocation must reach the profiler. */
    static void grant(int base, long end) {
        SLOT[base + GRANT_END] = end;
        SLOT[base + LIMIT] = Profiler.active ? Long.MIN_VALUE : end;
    }

    /** Points every slot's limit at its grant's end, or below any count while {@link Profiler#active}. */
    static void resetLimits() {
        long[] slot = SLOT;
        for (int i = 0; i < slot.length; i += STRIDE) {
            slot[i + LIMIT] = Profiler.active ? Long.MIN_VALUE : slot[i + GRANT_END];
        }
    }

    /** Ends a {@link Hooks#silence()}. */
    static void unsilence() {
        SLOT[base(Thread.currentThread().getId()) + GUARD]--;
    }

    /** Clears a guard left set on the calling thread (e.g. by a call site that threw). */
    static void resetGuard() {
        int guard = base(Thread.currentThread().getId()) + GUARD;
        SLOT[guard] &= EXCLUDED;
    }
}
