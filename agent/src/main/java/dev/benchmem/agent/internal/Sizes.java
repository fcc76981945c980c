package dev.benchmem.agent.internal;

import java.lang.instrument.Instrumentation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;

/**
 * Shallow sizes as the running VM lays objects out. Instance sizes come from
 * {@link Instrumentation#getObjectSize} once per class (cached in a {@link ClassValue});
 * array sizes are computed from the length with the header, element size and alignment
 * probed from {@code getObjectSize} at start-up, so they follow compressed oops, compressed
 * class pointers, compact headers and {@code ObjectAlignmentInBytes} as the VM runs.
 */
final class Sizes {
    private static Instrumentation instrumentation;
    private static MethodHandle stringValue;
    private static final InstanceSize INSTANCE = new InstanceSize();

    /** Header bytes and log2 element size, indexed by {@link #kind(Class)}. */
    private static final long[] BASE = new long[9];
    private static final int[] SHIFT = new int[9];
    private static long alignMask;

    private static final Class<?>[] KINDS = {boolean.class, byte.class, char.class, short.class,
        int.class, float.class, long.class, double.class, Object.class};
    static final int BOOLEAN = 0;
    static final int BYTE = 1;
    static final int CHAR = 2;
    static final int SHORT = 3;
    static final int INT = 4;
    static final int FLOAT = 5;
    static final int LONG = 6;
    static final int DOUBLE = 7;
    static final int REFERENCE = 8;

    private Sizes() {
    }

    /**
     * Probes the array layout and prepares the {@code String.value} accessor.
     *
     * @param stringLookup a lookup with private access to {@code String}
     */
    static void init(Instrumentation inst, MethodHandles.Lookup stringLookup) throws ReflectiveOperationException {
        instrumentation = inst;
        long align = Long.MAX_VALUE;
        for (int n = 0; n < 64; n++) {
            long step = inst.getObjectSize(new byte[n + 1]) - inst.getObjectSize(new byte[n]);
            if (step > 0) {
                align = Math.min(align, step);
            }
        }
        alignMask = align - 1;
        for (int kind = 0; kind < KINDS.length; kind++) {
            Class<?> element = KINDS[kind];
            long empty = inst.getObjectSize(Array.newInstance(element, 0));
            long scale = (inst.getObjectSize(Array.newInstance(element, 1024)) - empty + alignMask) / 1024;
            int firstGrowth = 1;
            while (inst.getObjectSize(Array.newInstance(element, firstGrowth)) == empty) {
                firstGrowth++;
            }
            BASE[kind] = empty - (firstGrowth - 1) * scale;
            SHIFT[kind] = Long.numberOfTrailingZeros(scale);
            for (int n : new int[] {0, 1, 2, 3, 7, 9, 100, 1001, 65_537}) {
                long expected = inst.getObjectSize(Array.newInstance(element, n));
                if (array(kind, n) != expected) {
                    throw new IllegalStateException("array layout probe failed for " + element
                            + "[" + n + "]: " + array(kind, n) + " != " + expected);
                }
            }
        }
        stringValue = stringLookup.findGetter(String.class, "value", byte[].class)
                .asType(MethodType.methodType(Object.class, String.class));
    }

    /** Shallow size of an array of {@code kind} with {@code length} elements. */
    static long array(int kind, int length) {
        return (BASE[kind] + ((long) length << SHIFT[kind]) + alignMask) & ~alignMask;
    }

    /** Shallow size of a non-array object. */
    static long instance(Object object) {
        long[] box = INSTANCE.get(object.getClass());
        long size = box[0];
        if (size == 0) {
            size = instrumentation.getObjectSize(object);
            box[0] = size;
        }
        return size;
    }

    /** Shallow size of any object or array. */
    static long of(Object object) {
        Class<?> type = object.getClass();
        return type.isArray() ? array(kind(type.getComponentType()), Array.getLength(object)) : instance(object);
    }

    /** Size of the byte array behind a string. */
    static long stringValue(String s) {
        try {
            return array(BYTE, ((byte[]) (Object) stringValue.invokeExact(s)).length);
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read String.value", e);
        }
    }

    /** The layout kind of an array with element type {@code element}. */
    static int kind(Class<?> element) {
        if (!element.isPrimitive()) {
            return REFERENCE;
        }
        for (int kind = 0; kind < REFERENCE; kind++) {
            if (KINDS[kind] == element) {
                return kind;
            }
        }
        throw new IllegalArgumentException("not an array element type: " + element);
    }

    /** Instance sizes per class, filled on the first instance seen. */
    private static final class InstanceSize extends ClassValue<long[]> {
        @Override
        protected long[] computeValue(Class<?> type) {
            return new long[1];
        }
    }
}
