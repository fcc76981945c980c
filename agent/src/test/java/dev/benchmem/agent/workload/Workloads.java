package dev.benchmem.agent.workload;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The catalogue: one workload per allocation kind, plus the peak oracles. A line ending in
 * {@code // site:NAME} is where {@code ProfileIT} expects a profile to place a site or a call
 * path's frame: the test finds the line numbers here, in the source.
 */
public final class Workloads {
    /** Where results escape to. */
    public static volatile Object sink;

    static final int[] SORT_SOURCE = new Random(42).ints(500_000).toArray();
    private static final int[] INTS = new int[8];
    private static final Object[] OBJECTS = new Object[8];
    private static final String[] STRINGS = {"a", "b", "c", "d"};

    private Workloads() {
    }

    /** Regions whose counts and bytes have an independent oracle. */
    public static List<Workload> exactness() {
        return List.of(
                new Workload("records", 10_000_000, Workloads::records),
                new Workload("primitive-arrays", 9, Workloads::primitiveArrays),
                new Workload("reference-arrays", 4, Workloads::referenceArrays),
                new Workload("multianewarray", 23, Workloads::multiArrays),
                new Workload("array-clone", 4_000, Workloads::arrayClones),
                new Workload("object-clone", 4_000, Workloads::objectClones),
                new Workload("arrays-copy-of", 600_000, Workloads::copies),
                new Workload("array-new-instance", 6_000, Workloads::newInstances),
                new Workload("constructor-new-instance", -1, Workloads::reflection),
                new Workload("method-handle-constructor", 1_000, Workloads::methodHandles),
                new Workload("boxing", 10_001, Workloads::boxing),
                new Workload("varargs", 1_000, Workloads::varargs),
                new Workload("exceptions", 1_000, Workloads::exceptions),
                new Workload("string-concat", -1, Workloads::concat),
                new Workload("capturing-lambdas", 10_001, Workloads::lambdas),
                new Workload("unsafe-allocate-instance", 1_000, Workloads::unsafe),
                new Workload("array-list-sort", -1, Workloads::arrayListSort),
                new Workload("hash-map", -1, Workloads::hashMap),
                new Workload("string-builder", -1, Workloads::stringBuilder),
                new Workload("streams", -1, Workloads::streams),
                new Workload("string-format", -1, Workloads::format),
                new Workload("sort-copy", -1, Workloads::sortCopy));
    }

    /** Regions with a known live high-water mark. */
    public static List<Workload> peaks() {
        return List.of(
                new Workload("sort-copy", -1, Workloads::sortCopy),
                new Workload("hold-100mib", -1, Workloads::hold),
                new Workload("churn-300mib", -1, Workloads::churn));
    }

    /**
     * The hold and churn oracles with the work shared by four threads running at once, for a
     * recording of every thread: 100 MiB held in all, and 300 MiB churned with at most one
     * 64 KiB array per thread alive.
     */
    public static List<Workload> threadedPeaks() {
        return List.of(
                new Workload("hold-100mib-4-threads", -1, () -> onFourThreads(() -> hold(25))),
                new Workload("churn-300mib-4-threads", -1, () -> {
                    onFourThreads(() -> {
                        churn(75);
                        return null;
                    });
                    sink = null;
                    return null;
                }));
    }

    /**
     * Regions that build a working set, reduce it to a {@code long} and return only that: the
     * peak is the working set at its largest, and nothing is left at {@code stop}.
     */
    public static List<Workload> temporaries() {
        return List.of(
                new Workload("linked-list-100k", -1, Workloads::linkedListSum),
                new Workload("array-list-100k", -1, Workloads::arrayListSum),
                new Workload("int-array-100k", -1, Workloads::intArraySum));
    }

    /** A 16-byte object: 12-byte header and one int. */
    public record Small(int value) {
    }

    static Object records() {
        for (int i = 0; i < 10_000_000; i++) {
            sink = new Small(i);
        }
        return null;
    }

    static Object primitiveArrays() {
        return new Object[] {new boolean[7], new byte[9], new char[5], new short[3], new int[10],
            new float[1], new long[2], new double[3]};
    }

    static Object referenceArrays() {
        return new Object[] {new String[5], new Object[0], new Small[3]};
    }

    static Object multiArrays() {
        return new Object[] {new int[3][4][5], new long[2][0], new Object[2][3][]}; // site:multi-array
    }

    static Object arrayClones() {
        for (int i = 0; i < 1_000; i++) {
            sink = new int[100].clone();
            sink = new Object[50].clone();
        }
        return null;
    }

    /** Cloned by {@code Object.clone} directly. */
    static class Leaf implements Cloneable {
        int a;
        long b;

        Leaf copy() throws CloneNotSupportedException {
            return (Leaf) super.clone(); // site:leaf-clone
        }
    }

    /** Declares clone; its subclass's {@code super.clone()} lands here, not in Object. */
    static class Parent implements Cloneable {
        int a;

        @Override
        public Parent clone() {
            try {
                return (Parent) super.clone(); // site:parent-clone
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    static class Child extends Parent {
        long b;

        @Override
        public Child clone() {
            return (Child) super.clone();
        }
    }

    static Object objectClones() throws CloneNotSupportedException {
        for (int i = 0; i < 1_000; i++) {
            sink = new Leaf().copy();
            sink = new Child().clone();
        }
        return null;
    }

    static Object copies() {
        for (int i = 0; i < 100_000; i++) {
            sink = Arrays.copyOf(INTS, 12);
            sink = Arrays.copyOf(INTS, 4);
            sink = Arrays.copyOf(INTS, INTS.length);
            sink = Arrays.copyOfRange(INTS, 2, 7);
            sink = Arrays.copyOf(OBJECTS, 20);
            sink = Arrays.copyOf(STRINGS, 3, Object[].class);
        }
        return null;
    }

    static Object newInstances() {
        for (int i = 0; i < 1_000; i++) {
            sink = Array.newInstance(int.class, 10);
            sink = Array.newInstance(String.class, 5);
            sink = Array.newInstance(int.class, 2, 3);
        }
        return null;
    }

    private static final Constructor<Small> SMALL_CONSTRUCTOR;
    private static final MethodHandle SMALL_HANDLE;
    private static final sun.misc.Unsafe UNSAFE;

    static {
        try {
            Field theUnsafe = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
            theUnsafe.setAccessible(true);
            UNSAFE = (sun.misc.Unsafe) theUnsafe.get(null);
            SMALL_CONSTRUCTOR = Small.class.getDeclaredConstructor(int.class);
            SMALL_HANDLE = MethodHandles.lookup().findConstructor(Small.class, MethodType.methodType(void.class, int.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static Object reflection() throws ReflectiveOperationException {
        for (int i = 0; i < 100; i++) {
            sink = SMALL_CONSTRUCTOR.newInstance(1_000 + i); // site:reflection
        }
        return null;
    }

    static Object methodHandles() throws Throwable {
        for (int i = 0; i < 1_000; i++) {
            sink = (Small) SMALL_HANDLE.invokeExact(i);
        }
        return null;
    }

    static Object boxing() {
        Object[] boxes = new Object[10_000];
        for (int i = 0; i < boxes.length; i++) {
            boxes[i] = Integer.valueOf(1_000 + i); // site:boxing
        }
        return boxes;
    }

    static Object[] collect(Object... values) {
        return values;
    }

    static Object varargs() {
        for (int i = 0; i < 1_000; i++) {
            sink = collect("a", "b", "c");
        }
        return null;
    }

    /** An exception without a stack trace, so the VM adds no backtrace of its own. */
    static final class Quiet extends RuntimeException {
        Quiet() {
            super("quiet", null, false, false);
        }
    }

    static Object exceptions() {
        for (int i = 0; i < 1_000; i++) {
            try {
                throw new Quiet();
            } catch (Quiet e) {
                sink = e;
            }
        }
        return null;
    }

    /** Prints as a fresh string each time. */
    static final class Named {
        @Override
        public String toString() {
            return new String("named");
        }
    }

    static Object concat() {
        Named named = new Named();
        for (int i = 0; i < 1_000; i++) {
            String s = STRINGS[i & 3];
            sink = "" + s; // site:concat
            sink = s + i; // site:concat
            sink = s + s; // site:concat
            sink = "x" + i + "y" + s + 'c' + (long) i + "z"; // site:concat
            sink = "f" + (i * 0.5) + named + (float) i + true + s + i + s; // site:concat
        }
        return null;
    }

    static Object lambdas() {
        Object[] suppliers = new Object[10_000];
        for (int i = 0; i < suppliers.length; i++) {
            int captured = i;
            IntSupplier supplier = () -> captured + 1; // site:lambda
            suppliers[i] = supplier;
        }
        return suppliers;
    }

    static Object unsafe() throws InstantiationException {
        for (int i = 0; i < 1_000; i++) {
            sink = UNSAFE.allocateInstance(Small.class);
        }
        return null;
    }

    static Object arrayListSort() {
        Random random = new Random(7);
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 500_000; i++) {
            list.add(random.nextInt());
        }
        Collections.sort(list);
        return list;
    }

    static Object hashMap() {
        Map<Integer, String> map = new HashMap<>();
        for (int i = 0; i < 10_000; i++) {
            map.put(i, STRINGS[i & 3]);
        }
        return map;
    }

    static Object stringBuilder() {
        StringBuilder builder = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            builder.append(i).append(',').append(STRINGS[i & 3]);
        }
        return builder.toString();
    }

    static Object streams() {
        return IntStream.range(0, 10_000).boxed().map(x -> x * 2).collect(Collectors.toList());
    }

    static Object format() {
        for (int i = 0; i < 1_000; i++) {
            sink = String.format(Locale.US, "%d-%s", i, STRINGS[i & 3]);
        }
        return null;
    }

    static Object hold() {
        return hold(100);
    }

    /** Builds and holds {@code mib} MiB in 1 MiB arrays. */
    private static Object hold(int mib) {
        List<byte[]> held = new ArrayList<>();
        for (int i = 0; i < mib; i++) {
            held.add(new byte[1 << 20]);
        }
        return held;
    }

    static Object churn() {
        churn(300);
        sink = null;
        return null;
    }

    /** Allocates {@code mib} MiB in 64 KiB arrays, each garbage once the next one is made. */
    private static void churn(int mib) {
        for (int i = 0; i < mib * 16; i++) {
            sink = new byte[64 << 10];
        }
    }

    /** Runs {@code quarter} on four threads at once; returns their results. */
    private static Object onFourThreads(Workload.Body quarter) throws Throwable {
        Object[] results = new Object[4];
        Throwable[] failure = new Throwable[1];
        Thread[] threads = new Thread[results.length];
        for (int t = 0; t < threads.length; t++) {
            int index = t;
            threads[t] = new Thread(() -> {
                try {
                    results[index] = quarter.run();
                } catch (Throwable e) {
                    failure[0] = e;
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        // A thread that join() has seen end can still be a GC root for a moment, and its task
        // holds this array: hand the results over in a copy so the next baseline cannot hold them.
        Object[] handedOver = results.clone();
        Arrays.fill(results, null);
        return handedOver;
    }

    static Object sortCopy() {
        int[] copy = SORT_SOURCE.clone(); // site:sort-copy
        Arrays.sort(copy);
        return copy;
    }

    static Object linkedListSum() {
        return sum(new LinkedList<>());
    }

    static Object arrayListSum() {
        return sum(new ArrayList<>());
    }

    private static long sum(List<Integer> list) {
        for (int i = 0; i < 100_000; i++) {
            list.add(i); // site:boxed-list
        }
        long sum = 0;
        for (int value : list) {
            sum += value;
        }
        return sum;
    }

    static Object intArraySum() {
        int[] values = new int[100_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        long sum = 0;
        for (int value : values) {
            sum += value;
        }
        return sum;
    }
}
