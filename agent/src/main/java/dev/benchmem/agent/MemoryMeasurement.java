package dev.benchmem.agent;

/**
 * What one recorded region allocated.
 *
 * @param allocations    objects and arrays allocated while recording
 * @param allocatedBytes sum of their shallow sizes, as {@code Instrumentation.getObjectSize} reports
 * @param peakBytes      the most bytes held alive at once, above what was live when recording
 *                       started (exact under {@code -XX:+UseSerialGC}, an approximation otherwise)
 */
public record MemoryMeasurement(long allocations, long allocatedBytes, long peakBytes) {
    public MemoryMeasurement {
        if (allocations < 0 || allocatedBytes < 0 || peakBytes < 0) {
            throw new IllegalArgumentException("negative measurement: " + allocations + ", "
                    + allocatedBytes + ", " + peakBytes);
        }
    }
}
