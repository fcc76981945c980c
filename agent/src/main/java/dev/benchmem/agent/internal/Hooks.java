package dev.benchmem.agent.internal;

import static dev.benchmem.agent.internal.Counters.ALLOCATIONS;
import static dev.benchmem.agent.internal.Counters.BYTES;
import static dev.benchmem.agent.internal.Counters.GUARD;
import static dev.benchmem.agent.internal.Counters.LAST_CLASS;
import static dev.benchmem.agent.internal.Counters.LAST_SIZE;
import static dev.benchmem.agent.internal.Counters.LAST_STRING;
import static dev.benchmem.agent.internal.Counters.LIMIT;
import static dev.benchmem.agent.internal.Counters.SLOT;

/**
 * What rewritten allocation sites call, right after the allocation (after the constructor
 * for {@code new}), with the site's number ({@link Sites}). Public only so that every class
 * can link to it; not an API.
 *
 * <p>Each hook returns at once unless a recording is active, the calling thread is in scope
 * and it is not inside a hook, the transformer or a silenced call already (its guard). The
 * counting path neither allocates, locks nor writes memory another thread writes: the size
 * of an instance made by {@code new} is its site's ({@link SiteSizes}), that of any other
 * instance comes from a one-entry per-thread cache, the checkpoint budget is drawn in
 * per-thread grants, and only a size not known yet or an allocation past the thread's limit
 * (a spent grant, which may checkpoint, or any allocation of a profiled recording, which
 * goes to {@link Profiler} with its site) leaves it. The site number reaches only that slow
 * path, so a plain recording pays nothing for it.
 */
public final class Hooks {
    /** No recording. */
    static final long OFF = 0;
    /** Recording every thread not excluded. */
    static final long ALL_THREADS = -1;
    /** {@link #OFF}, {@link #ALL_THREADS}, or the id of the only thread recorded. */
    static volatile long mode = OFF;

    private static final ClassValue<Boolean> CLONE_IS_OBJECTS = new CloneResolution();

    private Hooks() {
    }

    /** A new instance made by the {@code new} numbered {@code site}, its constructor done. */
    public static void instance(Object o, int site) {
        int b = slot();
        if (b >= 0) {
            int size = SiteSizes.SIZES[site];
            add(b, size != 0 ? size : learnSize(b, o, site), site, o);
        }
    }

    /** A new instance whose class is known only from the instance (reflection, lambdas, strings). */
    public static void object(Object o, int site) {
        int b = slot();
        if (b >= 0) {
            Class<?> type = o.getClass();
            add(b, LAST_CLASS[Counters.cacheIndex(b)] == type ? SLOT[b + LAST_SIZE] : instanceSize(b, o, type), site, o);
            if (type == String.class) {
                SLOT[b + LAST_STRING] = SLOT[b + ALLOCATIONS];
            }
        }
    }

    /** The fresh object or array a call returned (clone, copy, reflective or unsafe allocation). */
    public static void any(Object o, int site) {
        if (o != null) {
            if (o.getClass().isArray()) {
                int b = slot();
                if (b >= 0) {
                    add(b, Sizes.of(o), site, o);
                }
            } else {
                object(o, site);
            }
        }
    }

    public static void booleans(boolean[] a, int site) {
        array(Sizes.BOOLEAN, a.length, site, a);
    }

    public static void bytes(byte[] a, int site) {
        array(Sizes.BYTE, a.length, site, a);
    }

    public static void chars(char[] a, int site) {
        array(Sizes.CHAR, a.length, site, a);
    }

    public static void shorts(short[] a, int site) {
        array(Sizes.SHORT, a.length, site, a);
    }

    public static void ints(int[] a, int site) {
        array(Sizes.INT, a.length, site, a);
    }

    public static void floats(float[] a, int site) {
        array(Sizes.FLOAT, a.length, site, a);
    }

    public static void longs(long[] a, int site) {
        array(Sizes.LONG, a.length, site, a);
    }

    public static void doubles(double[] a, int site) {
        array(Sizes.DOUBLE, a.length, site, a);
    }

    public static void references(Object[] a, int site) {
        array(Sizes.REFERENCE, a.length, site, a);
    }

    /**
     * A fresh array whose sub-arrays were allocated with it ({@code multianewarray},
     * {@code Array.newInstance(type, dims...)}): counts every non-null sub-array, each with its
     * own size. In a fresh array a non-null element can only be such a sub-array.
     */
    public static void multi(Object array, int site) {
        int b = slot();
        if (b >= 0) {
            walk(b, array, site);
        }
    }

    /**
     * The result of {@code super.clone()} called on {@code owner}: counted when the call
     * resolves to {@code Object.clone} (a clone method declared on the way up is rewritten
     * itself, so counting here would count the copy twice).
     */
    public static void superClone(Object result, Class<?> owner, int site) {
        int b = slot();
        if (b >= 0) {
            SLOT[b + GUARD] = 1;
            boolean objectClone;
            try {
                objectClone = CLONE_IS_OBJECTS.get(owner);
            } finally {
                SLOT[b + GUARD] = 0;
            }
            if (objectClone) {
                any(result, site);
            }
        }
    }

    /**
     * The result of an {@code invokedynamic} string concatenation. The JDK's method-handle
     * strategies create the string in rewritten {@code java.lang} code, where it is already
     * counted as the thread's last allocation; the hidden classes of JDK 23+ create it where
     * no transformer reaches, and then it is counted here (its byte array is made by
     * rewritten {@code StringConcatHelper} code either way).
     */
    public static void concat(String s, int site) {
        int b = slot();
        if (b >= 0 && SLOT[b + LAST_STRING] != SLOT[b + ALLOCATIONS]) {
            object(s, site);
        }
    }

    /**
     * Before a capturing lambda's {@code invokedynamic}: the JDK allocates the instance through
     * method handles (and links the site on first use), so nothing inside is counted; the
     * instance is counted by {@link #lambda(Object, int)} at the call site instead.
     */
    public static void silence() {
        SLOT[Counters.base(Thread.currentThread().getId()) + GUARD]++;
    }

    /** After a capturing lambda's {@code invokedynamic}: ends {@link #silence()}, counts the instance. */
    public static void lambda(Object instance, int site) {
        Counters.unsilence();
        object(instance, site);
    }

    private static void array(int kind, int length, int site, Object array) {
        int b = slot();
        if (b >= 0) {
            add(b, Sizes.array(kind, length), site, array);
        }
    }

    /** The calling thread's slot, or -1 when its allocations are not counted now. */
    private static int slot() {
        long recorded = mode;
        long thread = Thread.currentThread().getId();
        // Thread ids are positive, so OFF (0) fails both tests; the common case, one thread
        // recorded, passes the first.
        if (recorded != thread && recorded != ALL_THREADS) {
            return -1;
        }
        int b = Counters.base(thread);
        return SLOT[b + GUARD] == 0 ? b : -1;
    }

    /** Looks an instance size up (computing it the first time) under the guard, and caches it for the thread. */
    private static long instanceSize(int b, Object o, Class<?> type) {
        SLOT[b + GUARD] = 1;
        try {
            long size = Sizes.instance(o);
            LAST_CLASS[Counters.cacheIndex(b)] = type;
            SLOT[b + LAST_SIZE] = size;
            return size;
        } finally {
            SLOT[b + GUARD] = 0;
        }
    }

    /** Learns the size of a site's instances under the guard. */
    private static int learnSize(int b, Object o, int site) {
        SLOT[b + GUARD] = 1;
        try {
            return SiteSizes.learn(site, o);
        } finally {
            SLOT[b + GUARD] = 0;
        }
    }

    private static void add(int b, long bytes, int site, Object o) {
        SLOT[b + ALLOCATIONS]++;
        if ((SLOT[b + BYTES] += bytes) > SLOT[b + LIMIT]) {
            pastLimit(b, bytes, site, o);
        }
    }

    /** An allocation past the thread's limit: the profiler's, or a spent grant's. */
    private static void pastLimit(int b, long bytes, int site, Object o) {
        if (Profiler.active) {
            Profiler.count(b, bytes, site, o);
        } else {
            overdrawn(b);
        }
    }

    /** Accounts for a spent grant under the guard (it may checkpoint). */
    static void overdrawn(int b) {
        SLOT[b + GUARD] = 1;
        try {
            LiveHeap.overdrawn(b);
        } finally {
            SLOT[b + GUARD] = 0;
        }
    }

    private static void walk(int b, Object array, int site) {
        add(b, Sizes.of(array), site, array);
        if (array instanceof Object[] && array.getClass().getComponentType().isArray()) {
            for (Object element : (Object[]) array) {
                if (element != null) {
                    walk(b, element, site);
                }
            }
        }
    }

    /** Whether {@code super.clone()} on a class runs {@code Object.clone}: no class on the way up declares clone(). */
    private static final class CloneResolution extends ClassValue<Boolean> {
        @Override
        protected Boolean computeValue(Class<?> owner) {
            for (Class<?> c = owner; c != null && c != Object.class; c = c.getSuperclass()) {
                for (java.lang.reflect.Method m : c.getDeclaredMethods()) {
                    if (m.getName().equals("clone") && m.getParameterCount() == 0) {
                        return Boolean.FALSE;
                    }
                }
            }
            return Boolean.TRUE;
        }
    }
}
