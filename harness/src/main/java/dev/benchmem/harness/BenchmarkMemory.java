package dev.benchmem.harness;

/**
 * A {@link Benchmark} whose memory pass always runs: besides the timed rounds, the target is
 * called in a separate, untimed pass with every allocation site instrumented, reporting
 * {@code peak} (most bytes held live at once), {@code allocated} (bytes) and
 * {@code allocations} (objects and arrays) of the call alone.
 *
 * <p>The pass runs in a child JVM with the benchmem agent armed, so the timed rounds never
 * run instrumented code. It needs the agent: {@code java -javaagent:benchmem.jar ...}.
 * Tune it per test with {@link MemoryPass}; set limits with {@link MemoryCeiling}.
 */
public interface BenchmarkMemory extends Benchmark {
}
