package dev.benchmem.agent;

/** Which threads' allocations a {@link Recording} counts. */
public enum ThreadScope {
    /** Every thread except those passed to {@link MemoryRecorder#excludeThread(Thread)}. */
    ALL_THREADS,
    /** Only the thread that called {@link MemoryRecorder#start(ThreadScope)}. */
    CALLING_THREAD
}
