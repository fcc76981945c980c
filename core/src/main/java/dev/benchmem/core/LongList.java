package dev.benchmem.core;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list of longs kept unboxed: a memory series as read from a file. A run of
 * 10,000 benchmarks holds 30,000 of them, and boxing every value twice over (into a list,
 * then into an immutable copy) was most of what reading their memory allocated.
 */
final class LongList extends AbstractList<Long> implements RandomAccess {

    private final long[] values;

    private LongList(long[] values) {
        this.values = values;
    }

    /** The first {@code n} values of {@code buffer}, copied. */
    static List<Long> of(long[] buffer, int n) {
        return n == 0 ? List.of() : new LongList(Arrays.copyOf(buffer, n));
    }

    /** {@code list} frozen: itself when it is a {@code LongList} or an immutable JDK list, else a copy. */
    static List<Long> copyOf(List<Long> list) {
        return list instanceof LongList ? list : List.copyOf(list);
    }

    @Override
    public Long get(int index) {
        return values[index];
    }

    @Override
    public int size() {
        return values.length;
    }
}
