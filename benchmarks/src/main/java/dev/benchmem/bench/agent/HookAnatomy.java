package dev.benchmem.bench.agent;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.Locale;

/**
 * Where the counting hook's cost goes, step by step: copies of the hook's hot path (no agent,
 * nothing rewritten), each one step longer than the last, inlined after the same escaping
 * 16-byte allocation as {@link Child}'s loop, and timed in turn in one JVM so that every
 * variant sees the same machine. Also layouts the agent does not use, to show what they
 * would save: both counters packed into one word, and a per-thread state word in place of
 * the volatile recording mode and the guard, read plain or opaque.
 *
 * <p>The copies follow {@code dev.benchmem.agent.internal.Hooks} and {@code Counters} (slot
 * stride, word order, the grant end compared after the byte count); they are copies, so the
 * figures say what each step costs, not what the agent costs (that is {@link AgentCost}).
 *
 * <pre>java -Xmx512m -XX:+UseSerialGC -cp benchmarks/target/classes dev.benchmem.bench.agent.HookAnatomy [ROUNDS]</pre>
 */
public final class HookAnatomy {
    private static final int PER_ROUND = 5_000_000;
    private static final int ALLOCATIONS = 0;
    private static final int BYTES = 1;
    private static final int GUARD = 2;
    /** The state word of the variant that has one: zero while the thread is counted. */
    private static final int STATE = 3;
    private static final int LIMIT = 5;
    private static final int STRIDE = 8;
    private static final int SLOTS = 1 << 14;
    private static final long[] SLOT = new long[SLOTS * STRIDE];
    private static final int[] SIZES = new int[1 << 18];
    private static final int SITE = 7;
    private static final long ALL_THREADS = -1;
    private static final VarHandle SLOT_ELEMENT = MethodHandles.arrayElementVarHandle(long[].class);

    private static volatile long mode;
    /** Always off: the idle variant's recording mode. */
    private static volatile long off;
    private static volatile Object sink;

    private record Small(int value) {
    }

    private HookAnatomy() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        long thread = Thread.currentThread().getId();
        mode = thread;
        SIZES[SITE] = 16;
        SLOT[base(thread) + LIMIT] = Long.MAX_VALUE;
        Variant[] variants = Variant.values();
        double[][] nanos = new double[variants.length][rounds];
        for (int round = 0; round < rounds; round++) {
            for (Variant v : variants) {
                long start = System.nanoTime();
                v.loop();
                nanos[v.ordinal()][round] = (System.nanoTime() - start) / (double) PER_ROUND;
            }
        }
        System.out.printf(Locale.ROOT, "java %s; median ns per object of rounds %d-%d of %d, each variant in turn%n",
                Runtime.version(), rounds / 3 + 1, rounds, rounds);
        double bare = middleOfLastTwoThirds(nanos[0]);
        for (Variant v : variants) {
            double median = middleOfLastTwoThirds(nanos[v.ordinal()]);
            System.out.printf(Locale.ROOT, "  %-52s %5.2f ns  %+5.2f ns  %.2fx%n", v.label, median, median - bare, median / bare);
        }
        // A check that the counting variants counted (each counts every object of its rounds).
        System.out.println("  (counted " + SLOT[base(thread) + ALLOCATIONS] + " allocations)");
    }

    /**
     * The variants, each the one before plus one step, then the alternative layouts. Each
     * has a loop of its own, so the JIT compiles every variant's loop apart, as it would the
     * rewritten loop of an application.
     */
    private enum Variant {
        BARE("bare loop (no hook)") {
            @Override
            void loop() {
                for (int i = 0; i < PER_ROUND; i++) {
                    sink = new Small(i);
                }
            }
        },
        IDLE("hook, not recording: returns after the thread test") {
            @Override
            void loop() {
                for (int i = 0; i < PER_ROUND; i++) {
                    Small s = new Small(i);
                    oneCounter(slot(off));
                    sink = s;
                }
            }
        },
        CHECKED("+ thread test passes, guard read") {
            @Override
            void loop() {
                for (int i = 0; i < PER_ROUND; i++) {
                    Small s = new Small(i);
                    checked(slot(mode));
                    sink = s;
                }
            }
        },
        ONE_COUNTER("+ allocations++") {
            @Override
            void loop() {
                for (int i = 0; i < PER_ROUND; i++) {
                    Small s = new Small(i);
                    oneCounter(slot(mode));
                    sink = s;
                }
            }
        },
        TWO_COUNTERS("+ bytes += the site's size") {
            @Override
            void loop() {
                for (int i = 0; i < PER_ROUND; i++) {
                    Small s = new Small(i);
                    twoCounters(slot(mode));
                    sink = s;
                }
            }
        },
        HOOK("+ compared with the grant end (the agent's hook)") {
            @Override
            void loop() {
                for (int i = 0; i < PER_ROUND; i++) {
                    Small s = new Small(i);
                    hook(slot(mode));
                    sink = s;
                }
            }
        },
        PACKED("alternative: bytes and allocations in one word") {
            @Override
            void loop() {
                for (int i = 0; i < PER_ROUND; i++) {
                    Small s = new Small(i);
                    packed(slot(mode));
                    sink = s;
                }
            }
        },
        STATE_WORD("alternative: a state word, no mode or guard") {
            @Override
            void loop() {
                for (int i = 0; i < PER_ROUND; i++) {
                    Small s = new Small(i);
                    stateWord();
                    sink = s;
                }
            }
        },
        OPAQUE_STATE_WORD("alternative: the state word read opaque") {
            @Override
            void loop() {
                for (int i = 0; i < PER_ROUND; i++) {
                    Small s = new Small(i);
                    opaqueStateWord();
                    sink = s;
                }
            }
        };

        final String label;

        Variant(String label) {
            this.label = label;
        }

        /** One round: {@link #PER_ROUND} escaping objects, each followed by this variant's hook. */
        abstract void loop();
    }

    /** The agent's thread test: the slot of the calling thread, or -1 when it is not counted. */
    private static int slot(long recorded) {
        long thread = Thread.currentThread().getId();
        if (recorded != thread && recorded != ALL_THREADS) {
            return -1;
        }
        int b = base(thread);
        return SLOT[b + GUARD] == 0 ? b : -1;
    }

    private static int base(long thread) {
        return ((int) thread & (SLOTS - 1)) * STRIDE;
    }

    /** Uses the slot without counting (a slot number no thread has), so the test is not dead code. */
    private static void checked(int b) {
        if (b == 1) {
            SLOT[b]++;
        }
    }

    private static void oneCounter(int b) {
        if (b >= 0) {
            SLOT[b + ALLOCATIONS]++;
        }
    }

    private static void twoCounters(int b) {
        if (b >= 0) {
            SLOT[b + ALLOCATIONS]++;
            SLOT[b + BYTES] += SIZES[SITE];
        }
    }

    private static void hook(int b) {
        if (b >= 0) {
            SLOT[b + ALLOCATIONS]++;
            if ((SLOT[b + BYTES] += SIZES[SITE]) > SLOT[b + LIMIT]) {
                overdrawn(b);
            }
        }
    }

    /** Bytes in the high 40 bits, allocations in the low 24: one read-modify-write. */
    private static void packed(int b) {
        if (b >= 0 && (SLOT[b + BYTES] += ((long) SIZES[SITE] << 24) + 1) > SLOT[b + LIMIT]) {
            overdrawn(b);
        }
    }

    private static void stateWord() {
        int b = base(Thread.currentThread().getId());
        if (SLOT[b + STATE] == 0) {
            SLOT[b + ALLOCATIONS]++;
            if ((SLOT[b + BYTES] += SIZES[SITE]) > SLOT[b + LIMIT]) {
                overdrawn(b);
            }
        }
    }

    /**
     * The state word as exactness would need it: a plain read may be hoisted out of a loop
     * that does not count, which would then miss a recording that starts while it runs.
     */
    private static void opaqueStateWord() {
        int b = base(Thread.currentThread().getId());
        if ((long) SLOT_ELEMENT.getOpaque(SLOT, b + STATE) == 0) {
            SLOT[b + ALLOCATIONS]++;
            if ((SLOT[b + BYTES] += SIZES[SITE]) > SLOT[b + LIMIT]) {
                overdrawn(b);
            }
        }
    }

    /** Never reached (the grant end is the largest long); stands for the agent's call out. */
    private static void overdrawn(int b) {
        SLOT[b + LIMIT] = Long.MAX_VALUE;
    }

    /** The median of the rounds after the first third (the JIT's warmup). */
    private static double middleOfLastTwoThirds(double[] values) {
        return Child.median(Arrays.copyOfRange(values, values.length / 3, values.length));
    }
}
