package dev.benchmem.agent;

/**
 * What one recorded region allocated.
 *
 * @param allocations    objects and arrays allocated while recording
 * @param allocatedBytes sum of their shallow sizes, as {@code Instrumentation.getObjectSize} reports
 * @param peakBytes      the most bytes held alive at once, above what was live when recording
 *                       started: under {@code -XX:+UseSerialGC -XX:MarkSweepDeadRatio=0} never above
 *                       the true high-water and at most max(64 KiB, peak/64) below it (exact for
 *                       what the region still holds at stop); an approximation under other collectors
 */
public record MemoryMeasurement(long allocations, long allocatedBytes, long peakBytes) {
    public MemoryMeasurement {
        if (allocations < 0 || allocatedBytes < 0 || peakBytes < 0) {
            throw new IllegalArgumentException("negative measurement: " + allocations + ", "
                    + allocatedBytes + ", " + peakBytes);
        }
    }
}
