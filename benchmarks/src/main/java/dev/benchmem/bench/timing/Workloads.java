package dev.benchmem.bench.timing;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.zip.CRC32;

/**
 * The measured calls, shared by the JMH benchmarks and our timing so both time the same code:
 * from about 200 ns to about 4 ms per call on this 2-core machine (its quiet-machine figures
 * are in {@code benchmarks/harness.md}).
 */
public final class Workloads {

    private static final int[] SMALL = reversed(16);
    private static final int[] LARGE = shuffled(50_000);
    private static final int[] MEDIUM = shuffled(10_000);
    private static final byte[] BLOCK = new byte[64 << 10];
    private static final double PI = Math.PI;

    private Workloads() {}

    /** Sorted copy of a reversed 16-element array: ~200 ns. */
    public static int[] sortSmall() {
        return sortedCopy(SMALL);
    }

    /** One {@code String.format} with three conversions: ~2.5 us. */
    public static String format() {
        return String.format(Locale.ROOT, "%s-%08d-%.3f", "bench", 4242, PI);
    }

    /** A {@code HashMap<Integer, Integer>} filled with 1,000 boxed entries: ~30 us. */
    public static Map<Integer, Integer> hashMapFill() {
        Map<Integer, Integer> map = new HashMap<>();
        for (int i = 0; i < 1_000; i++) {
            map.put(i * 31, i);
        }
        return map;
    }

    /** CRC-32 of 64 KiB (an intrinsic; allocates one small object): ~7 us. */
    public static long crc32() {
        CRC32 crc = new CRC32();
        crc.update(BLOCK);
        return crc.getValue();
    }

    /** Sorted copy of 10,000 shuffled ints: ~0.6 ms. */
    public static int[] sortMedium() {
        return sortedCopy(MEDIUM);
    }

    /** Sorted copy of 50,000 shuffled ints: ~4 ms. */
    public static int[] sortLarge() {
        return sortedCopy(LARGE);
    }

    /** The workloads by name, in order of cost. */
    public static Map<String, Supplier<Object>> all() {
        Map<String, Supplier<Object>> m = new java.util.LinkedHashMap<>();
        m.put("sortSmall", Workloads::sortSmall);
        m.put("format", Workloads::format);
        m.put("hashMapFill", Workloads::hashMapFill);
        m.put("crc32", Workloads::crc32);
        m.put("sortMedium", Workloads::sortMedium);
        m.put("sortLarge", Workloads::sortLarge);
        return m;
    }

    private static int[] sortedCopy(int[] source) {
        int[] copy = source.clone();
        Arrays.sort(copy);
        return copy;
    }

    private static int[] reversed(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = n - i;
        }
        return a;
    }

    private static int[] shuffled(int n) {
        return new Random(42).ints(n).toArray();
    }
}
