package dev.benchmem.agent.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;

/**
 * Waits for the JVM's reference threads to finish with what a collection found. The Reference
 * Handler moves the references a collection cleared onto their queues (and runs the JDK's
 * internal cleaners); the Finalizer and the common Cleaner then drop what those queues hold.
 * Until they are done, objects that were alive at the collection die a moment later: a
 * baseline taken in between reads a region low by what they drop (a 40,016-byte array read
 * 39,696). A fixed pause is not enough on a loaded machine, where those threads can wait
 * longer than any pause for a processor.
 *
 * <p>The Reference Handler is waited for through the JDK's own {@code
 * JavaLangRefAccess.waitForReferenceProcessing} (what {@code java.nio.Bits} uses before it
 * gives up on direct memory), exported to the agent when it arms; the queue threads until
 * they wait on their queues again. Where the JDK offers neither, the pause alone remains.
 */
final class ReferenceThreads {

    /** A pause after the Reference Handler is done, for a queue thread it woke to be scheduled. */
    static final long PAUSE_MILLIS = 2;
    /** How long the queue threads get to go back to waiting, at most, in sleeps of 1 ms. */
    static final long MAX_WAIT_MILLIS = 200;
    /** The threads that take from reference queues, by name. */
    private static final List<String> QUEUE_THREADS = List.of("Finalizer", "Common-Cleaner");

    /** {@code JavaLangRefAccess.waitForReferenceProcessing()} bound to the JDK's instance; null where not reachable. */
    private static MethodHandle waitForReferenceProcessing;
    private static Thread[] queueThreads = new Thread[0];

    private ReferenceThreads() {
    }

    /** Finds the handle and the threads; after {@code jdk.internal.access} is exported to the agent. */
    static void init() {
        try {
            Class<?> secrets = Class.forName("jdk.internal.access.SharedSecrets");
            Class<?> access = Class.forName("jdk.internal.access.JavaLangRefAccess");
            Object refAccess = secrets.getMethod("getJavaLangRefAccess").invoke(null);
            waitForReferenceProcessing = MethodHandles.lookup()
                    .findVirtual(access, "waitForReferenceProcessing", MethodType.methodType(boolean.class))
                    .bindTo(refAccess);
        } catch (ReflectiveOperationException | RuntimeException e) {
            waitForReferenceProcessing = null;
        }
        queueThreads = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> QUEUE_THREADS.contains(t.getName()))
                .toArray(Thread[]::new);
    }

    /** Returns once the Reference Handler has nothing pending and the queue threads wait on their queues (or after a bound). */
    static void await() throws InterruptedException {
        if (waitForReferenceProcessing != null) {
            try {
                while ((boolean) waitForReferenceProcessing.invokeExact()) {
                    // it made progress: there may be more
                }
            } catch (InterruptedException e) {
                throw e;
            } catch (Throwable e) {
                waitForReferenceProcessing = null;
            }
        }
        Thread.sleep(PAUSE_MILLIS);
        // Bounded by sleeps, not by the clock: a JVM stopped meanwhile (the harness pauses the
        // memory-pass JVM while it times rounds) must not find its bound spent on waking.
        for (long slept = 0; anyBusy() && slept < MAX_WAIT_MILLIS; slept++) {
            Thread.sleep(1);
        }
    }

    private static boolean anyBusy() {
        for (Thread thread : queueThreads) {
            Thread.State state = thread.getState();
            if (state != Thread.State.WAITING && state != Thread.State.TIMED_WAITING && state != Thread.State.TERMINATED) {
                return true;
            }
        }
        return false;
    }
}
