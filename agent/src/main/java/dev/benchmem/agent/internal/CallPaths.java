package dev.benchmem.agent.internal;

import java.lang.StackWalker.StackFrame;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The call paths of a profiled recording: walks the stack of the allocating thread and
 * interns its frames and the path, so a path seen a thousand times is stored once. Hidden
 * frames are shown (lambda proxies, method-handle forms): the path is the JDK's as well as the
 * application's. The recorder's own frames are left out, and on the thread that started the
 * recording so are the frames it was started from and everything below them: what is left
 * starts at the region's outermost frame.
 *
 * <p>Frames are interned by class, method and bytecode index, which a stack frame gives
 * cheaply; its source line, which costs the JVM a stack trace element to find, is asked once
 * per interned frame. They are kept in growable arrays whose bytes are counted ({@link
 * #heldBytes()}) so that the recording can take them out of its live-heap readings. Not
 * thread-safe: {@link Profiler} calls it under its lock.
 */
final class CallPaths implements Consumer<StackFrame> {
    private static final StackWalker WALKER = StackWalker.getInstance(
            Set.of(StackWalker.Option.SHOW_HIDDEN_FRAMES, StackWalker.Option.RETAIN_CLASS_REFERENCE));
    private static final String OWN = "dev.benchmem.agent.internal.";
    /** Deeper stacks keep their innermost frames. */
    static final int MAX_DEPTH = 4096;

    private Class<?>[] frameType = new Class<?>[1024];
    private String[] frameClass = new String[1024];
    private String[] frameMethod = new String[1024];
    private int[] frameIndex = new int[1024];
    private int[] frameLine = new int[1024];
    private int[] frameSlots = emptySlots(2048);
    private int frames;

    private int[][] pathFrames = new int[1024][];
    private int[] pathSlots = emptySlots(2048);
    private int paths;
    private long pathBytes;

    /** The frames of the walk under way, innermost first. */
    private int[] walk = new int[256];
    private int depth;
    private boolean pastOwnFrames;

    /** The thread that started the recording, and how many of its outermost frames lie below the region. */
    private Thread regionThread;
    private int framesBelowRegion;

    /** Marks the calling thread's frames from {@code caller} outward as lying below the region (call from the recorder's API). */
    void beginRegion() {
        regionThread = Thread.currentThread();
        framesBelowRegion = WALKER.walk(s -> (int) s.dropWhile(f -> isRecorder(f.getClassName())).count());
    }

    /** Whether a frame is the recorder's (its internals or its API class), not the caller's. */
    private static boolean isRecorder(String className) {
        return AllocationTransformer.isOwn(className.replace('.', '/'));
    }

    /** Walks the calling thread's stack; returns its interned path. */
    int walk() {
        depth = 0;
        pastOwnFrames = false;
        WALKER.forEach(this);
        int keep = depth;
        if (Thread.currentThread() == regionThread && depth < MAX_DEPTH) {
            keep = Math.max(1, depth - framesBelowRegion);
        }
        return intern(keep);
    }

    @Override
    public void accept(StackFrame frame) {
        Class<?> type = frame.getDeclaringClass();
        if (!pastOwnFrames && type.getName().startsWith(OWN)) {
            return;
        }
        pastOwnFrames = true;
        if (depth == MAX_DEPTH) {
            return;
        }
        if (depth == walk.length) {
            walk = Arrays.copyOf(walk, depth * 2);
        }
        walk[depth++] = frame(type, frame.getMethodName(), frame.getByteCodeIndex(), frame);
    }

    /**
     * Interns the innermost {@code keep} frames of the walk as a path, outermost frame first;
     * its hash is {@code Arrays.hashCode} of that path.
     */
    private int intern(int keep) {
        int hash = 1;
        for (int i = keep - 1; i >= 0; i--) {
            hash = 31 * hash + walk[i];
        }
        int mask = pathSlots.length - 1;
        for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
            int path = pathSlots[slot];
            if (path < 0) {
                return addPath(slot, keep);
            }
            if (sameFrames(pathFrames[path], keep)) {
                return path;
            }
        }
    }

    private boolean sameFrames(int[] path, int keep) {
        if (path.length != keep) {
            return false;
        }
        for (int i = 0; i < keep; i++) {
            if (path[i] != walk[keep - 1 - i]) {
                return false;
            }
        }
        return true;
    }

    private int addPath(int slot, int keep) {
        int[] path = new int[keep];
        for (int i = 0; i < keep; i++) {
            path[i] = walk[keep - 1 - i];
        }
        pathBytes += Sizes.of(path);
        if (paths == pathFrames.length) {
            pathFrames = Arrays.copyOf(pathFrames, paths * 2);
        }
        pathFrames[paths] = path;
        pathSlots[slot] = paths;
        if (++paths * 2 > pathSlots.length) {
            pathSlots = rehash(pathSlots, paths, i -> Arrays.hashCode(pathFrames[i]));
        }
        return paths - 1;
    }

    private int frame(Class<?> type, String method, int index, StackFrame frame) {
        int hash = (System.identityHashCode(type) * 31 + method.hashCode()) * 31 + index;
        int mask = frameSlots.length - 1;
        for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
            int f = frameSlots[slot];
            if (f < 0) {
                return addFrame(slot, type, method, index, frame.getLineNumber());
            }
            if (frameIndex[f] == index && frameType[f] == type && frameMethod[f].equals(method)) {
                return f;
            }
        }
    }

    private int addFrame(int slot, Class<?> type, String method, int index, int line) {
        if (frames == frameClass.length) {
            frameType = Arrays.copyOf(frameType, frames * 2);
            frameClass = Arrays.copyOf(frameClass, frames * 2);
            frameMethod = Arrays.copyOf(frameMethod, frames * 2);
            frameIndex = Arrays.copyOf(frameIndex, frames * 2);
            frameLine = Arrays.copyOf(frameLine, frames * 2);
        }
        frameType[frames] = type;
        frameClass[frames] = type.getName();
        frameMethod[frames] = method;
        frameIndex[frames] = index;
        frameLine[frames] = line;
        frameSlots[slot] = frames;
        if (++frames * 2 > frameSlots.length) {
            frameSlots = rehash(frameSlots, frames,
                    f -> (System.identityHashCode(frameType[f]) * 31 + frameMethod[f].hashCode()) * 31 + frameIndex[f]);
        }
        return frames - 1;
    }

    private static int[] rehash(int[] slots, int count, java.util.function.IntUnaryOperator hashOf) {
        int[] bigger = emptySlots(slots.length * 2);
        int mask = bigger.length - 1;
        for (int id = 0; id < count; id++) {
            int slot = mix(hashOf.applyAsInt(id)) & mask;
            while (bigger[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            bigger[slot] = id;
        }
        return bigger;
    }

    private static int[] emptySlots(int size) {
        int[] slots = new int[size];
        Arrays.fill(slots, -1);
        return slots;
    }

    private static int mix(int hash) {
        return hash ^ (hash >>> 16) * 0x45d9f3b;
    }

    int[] path(int path) {
        return pathFrames[path];
    }

    String frameClass(int frame) {
        return frameClass[frame];
    }

    String frameMethod(int frame) {
        return frameMethod[frame];
    }

    int frameLine(int frame) {
        return frameLine[frame];
    }

    /** What these tables hold on the heap (the frames' classes and strings are the JVM's own and not counted). */
    long heldBytes() {
        return Sizes.of(frameType) + Sizes.of(frameClass) + Sizes.of(frameMethod) + Sizes.of(frameIndex) + Sizes.of(frameLine)
                + Sizes.of(frameSlots)
                + Sizes.of(pathFrames) + Sizes.of(pathSlots) + pathBytes + Sizes.of(walk);
    }
}
