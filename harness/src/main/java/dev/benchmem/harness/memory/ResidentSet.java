package dev.benchmem.harness.memory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * This process's resident set from Linux's {@code /proc/self/status}: {@code VmRSS} now and
 * {@code VmHWM}, its high-water mark, which writing {@code 5} to {@code /proc/self/clear_refs}
 * resets to the current resident set (Linux 4.0+). Where the reset is refused (another kernel,
 * a locked-down {@code /proc}), {@link Sampler} stands in: it reads {@code VmRSS} every
 * {@link Sampler#INTERVAL_MILLIS} ms and keeps the largest.
 */
final class ResidentSet {

    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    private ResidentSet() {
    }

    /** Whether {@code /proc/self/status} is there to read (Linux). */
    static boolean readable() {
        return Files.isReadable(STATUS);
    }

    /** Resets {@code VmHWM} to the resident set now; false where the kernel refuses. */
    static boolean resetHighWater() {
        try {
            Files.write(CLEAR_REFS, "5".getBytes(StandardCharsets.US_ASCII));
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** {@code VmRSS} in bytes. */
    static long now() {
        return field("VmRSS:");
    }

    /** {@code VmHWM} in bytes. */
    static long highWater() {
        return field("VmHWM:");
    }

    private static long field(String name) {
        try {
            for (String line : Files.readAllLines(STATUS, StandardCharsets.US_ASCII)) {
                if (line.startsWith(name)) {
                    // "VmRSS:	   51234 kB"
                    return Long.parseLong(line.substring(name.length()).replace("kB", "").strip()) * 1024;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + STATUS + ": " + e.getMessage(), e);
        }
        throw new IllegalStateException(STATUS + " has no " + name);
    }

    /** The largest {@code VmRSS} seen by a daemon thread that samples it until {@link #stop()}. */
    static final class Sampler implements Runnable {
        static final long INTERVAL_MILLIS = 1;

        private final Thread thread;
        private volatile boolean running = true;
        private volatile long largest;

        Sampler() {
            thread = new Thread(this, "benchmem-rss-sampler");
            thread.setDaemon(true);
        }

        Thread thread() {
            return thread;
        }

        void start() {
            largest = now();
            thread.start();
        }

        @Override
        public void run() {
            while (running) {
                largest = Math.max(largest, now());
                try {
                    Thread.sleep(INTERVAL_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        /** Stops sampling (one last sample first) and returns the largest. */
        long stop() {
            largest = Math.max(largest, now());
            running = false;
            thread.interrupt();
            return largest;
        }
    }
}
