package dev.benchmem.agent.internal;

import java.lang.ref.WeakReference;
import java.util.Arrays;

/**
 * The samples of a profiled recording, in columns: the site, the interned call path, the
 * object's size, whether it is a regular sample (drawn by bytes) or only the first allocation
 * of its site on its thread, and a weak reference to the object. At the checkpoint that sets
 * the peak, {@link #markLiveAtPeak()} notes which sampled objects were still reachable: the
 * checkpoint has just collected, so a cleared reference is an object the region no longer held.
 *
 * <p>The columns' bytes are counted ({@link #heldBytes()}), weak references included, so the
 * recording can take them out of its live-heap readings. Not thread-safe: {@link Profiler}
 * calls it under its lock.
 */
final class ProfileSamples {
    private int[] site;
    private int[] path;
    private long[] size;
    private boolean[] regular;
    private WeakReference<?>[] ref;
    private boolean[] liveAtPeak;
    private int count;
    /** Samples taken before the checkpoint that set the peak: only they can have been live then. */
    private int beforePeak;
    private int refs;
    private long refBytes;

    ProfileSamples(int capacity) {
        site = new int[capacity];
        path = new int[capacity];
        size = new long[capacity];
        regular = new boolean[capacity];
        ref = new WeakReference<?>[capacity];
        liveAtPeak = new boolean[capacity];
    }

    void add(int site, int path, long size, boolean regular, Object object) {
        if (count == this.site.length) {
            grow();
        }
        this.site[count] = site;
        this.path[count] = path;
        this.size[count] = size;
        this.regular[count] = regular;
        if (regular) {
            WeakReference<Object> weak = new WeakReference<>(object);
            if (refs++ == 0) {
                refBytes = Sizes.instance(weak);
            }
            ref[count] = weak;
        }
        count++;
    }

    private void grow() {
        int capacity = count * 2;
        site = Arrays.copyOf(site, capacity);
        path = Arrays.copyOf(path, capacity);
        size = Arrays.copyOf(size, capacity);
        regular = Arrays.copyOf(regular, capacity);
        ref = Arrays.copyOf(ref, capacity);
        liveAtPeak = Arrays.copyOf(liveAtPeak, capacity);
    }

    /** Called right after the collection of the checkpoint that set the peak. */
    void markLiveAtPeak() {
        for (int i = 0; i < count; i++) {
            liveAtPeak[i] = ref[i] != null && !ref[i].refersTo(null);
        }
        beforePeak = count;
    }

    int count() {
        return count;
    }

    int site(int i) {
        return site[i];
    }

    int path(int i) {
        return path[i];
    }

    long size(int i) {
        return size[i];
    }

    boolean regular(int i) {
        return regular[i];
    }

    boolean liveAtPeak(int i) {
        return i < beforePeak && liveAtPeak[i];
    }

    long heldBytes() {
        return Sizes.of(site) + Sizes.of(path) + Sizes.of(size) + Sizes.of(regular) + Sizes.of(ref)
                + Sizes.of(liveAtPeak) + refs * refBytes;
    }
}
