package dev.benchmem.agent.workload;

/**
 * One measured region. Its objects escape (they are returned or stored in a static field)
 * so that escape analysis removes none of them and the JVM's counter sees them all.
 *
 * @param name        id printed by {@link Measure}
 * @param allocations how many objects and arrays one run allocates, or -1 when only the
 *                    bytes have an oracle (JDK internals allocate a version-dependent number)
 * @param body        the region
 */
public record Workload(String name, long allocations, Body body) {
    /** The code of a region; returns what it keeps alive. */
    @FunctionalInterface
    public interface Body {
        Object run() throws Throwable;
    }
}
