package dev.benchmem.harness.engine;

import java.lang.ref.WeakReference;

/**
 * Consumes values so the JIT must compute them, at the cost of a multiply-add and a rarely
 * taken branch (JMH's {@code Blackhole.consume(Object)} scheme): the JIT cannot prove the
 * branch is never taken, so it cannot drop the value; when taken, only a weak reference is
 * kept, so nothing is held alive.
 */
final class Blackhole {

    private int tlr = (int) System.nanoTime();
    private volatile int tlrMask = 1;
    private WeakReference<Object> sink;

    void consume(Object value) {
        int mask = tlrMask;
        int t = tlr = tlr * 1664525 + 1013904223;
        if ((t & mask) == 0) {
            sink = new WeakReference<>(value);
            tlrMask = (mask << 1) + 1;
        }
    }
}
