package dev.benchmem.agent.internal;

import static dev.benchmem.agent.internal.Counters.ALLOCATIONS;
import static dev.benchmem.agent.internal.Counters.BYTES;
import static dev.benchmem.agent.internal.Counters.GUARD;
import static dev.benchmem.agent.internal.Counters.LAST_STRING;
import static dev.benchmem.agent.internal.Counters.SLOT;

/**
 * What rewritten allocation sites call, right after the allocation (after the constructor
 * for {@code new}). Public only so that every class can link to it; not an API.
 *
 * <p>Each hook returns at once unless a recording is active and the calling thread is in
 * scope and not inside a hook already; it never allocates on the counting path (the first
 * instance of a class costs one {@code getObjectSize} call, made under the guard).
 */
public final class Hooks {
    static volatile boolean recording;
    /** Id of the only thread counted, or 0 for every non-excluded thread. */
    static volatile long onlyThread;

    private static final ClassValue<Boolean> CLONE_IS_OBJECTS = new CloneResolution();

    private Hooks() {
    }

    /** A new instance, its constructor done. */
    public static void object(Object o) {
        int b = enter();
        if (b >= 0) {
            try {
                add(b, Sizes.instance(o));
                if (o.getClass() == String.class) {
                    SLOT[b + LAST_STRING] = SLOT[b + ALLOCATIONS];
                }
            } finally {
                SLOT[b + GUARD] = 0;
            }
        }
    }

    /** The fresh object or array a call returned (clone, copy, reflective or unsafe allocation). */
    public static void any(Object o) {
        if (o != null) {
            int b = enter();
            if (b >= 0) {
                try {
                    add(b, Sizes.of(o));
                } finally {
                    SLOT[b + GUARD] = 0;
                }
            }
        }
    }

    public static void booleans(boolean[] a) {
        array(Sizes.BOOLEAN, a.length);
    }

    public static void bytes(byte[] a) {
        array(Sizes.BYTE, a.length);
    }

    public static void chars(char[] a) {
        array(Sizes.CHAR, a.length);
    }

    public static void shorts(short[] a) {
        array(Sizes.SHORT, a.length);
    }

    public static void ints(int[] a) {
        array(Sizes.INT, a.length);
    }

    public static void floats(float[] a) {
        array(Sizes.FLOAT, a.length);
    }

    public static void longs(long[] a) {
        array(Sizes.LONG, a.length);
    }

    public static void doubles(double[] a) {
        array(Sizes.DOUBLE, a.length);
    }

    public static void references(Object[] a) {
        array(Sizes.REFERENCE, a.length);
    }

    /**
     * A fresh array whose sub-arrays were allocated with it ({@code multianewarray},
     * {@code Array.newInstance(type, dims...)}): counts every non-null sub-array, each with its
     * own size. In a fresh array a non-null element can only be such a sub-array.
     */
    public static void multi(Object array) {
        int b = enter();
        if (b >= 0) {
            try {
                walk(b, array);
            } finally {
                SLOT[b + GUARD] = 0;
            }
        }
    }

    /**
     * The result of {@code super.clone()} called on {@code owner}: counted when the call
     * resolves to {@code Object.clone} (a clone method declared on the way up is rewritten
     * itself, so counting here would count the copy twice).
     */
    public static void superClone(Object result, Class<?> owner) {
        int b = enter();
        if (b >= 0) {
            try {
                if (CLONE_IS_OBJECTS.get(owner)) {
                    add(b, Sizes.of(result));
                }
            } finally {
                SLOT[b + GUARD] = 0;
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
    public static void concat(String s) {
        int b = enter();
        if (b >= 0) {
            try {
                if (SLOT[b + LAST_STRING] != SLOT[b + ALLOCATIONS]) {
                    add(b, Sizes.instance(s));
                    SLOT[b + LAST_STRING] = SLOT[b + ALLOCATIONS];
                }
            } finally {
                SLOT[b + GUARD] = 0;
            }
        }
    }

    /**
     * Before a capturing lambda's {@code invokedynamic}: the JDK allocates the instance through
     * method handles (and links the site on first use), so nothing inside is counted; the
     * instance is counted by {@link #lambda(Object)} at the call site instead.
     */
    public static void silence() {
        SLOT[Counters.base(Thread.currentThread().getId()) + GUARD]++;
    }

    /** After a capturing lambda's {@code invokedynamic}: ends {@link #silence()}, counts the instance. */
    public static void lambda(Object instance) {
        Counters.unsilence();
        object(instance);
    }

    private static void array(int kind, int length) {
        int b = enter();
        if (b >= 0) {
            try {
                add(b, Sizes.array(kind, length));
            } finally {
                SLOT[b + GUARD] = 0;
            }
        }
    }

    /** The calling thread's slot with its guard set, or -1 when this allocation is not counted. */
    private static int enter() {
        if (!recording) {
            return -1;
        }
        long thread = Thread.currentThread().getId();
        long only = onlyThread;
        if (only != 0 && only != thread) {
            return -1;
        }
        int b = Counters.base(thread);
        if (SLOT[b + GUARD] != 0) {
            return -1;
        }
        SLOT[b + GUARD] = 1;
        return b;
    }

    private static void add(int b, long bytes) {
        SLOT[b + ALLOCATIONS]++;
        SLOT[b + BYTES] += bytes;
        if ((LiveHeap.sinceCheckpoint += bytes) > LiveHeap.budget) {
            LiveHeap.checkpoint();
        }
    }

    private static void walk(int b, Object array) {
        add(b, Sizes.of(array));
        if (array instanceof Object[] && array.getClass().getComponentType().isArray()) {
            for (Object element : (Object[]) array) {
                if (element != null) {
                    walk(b, element);
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
