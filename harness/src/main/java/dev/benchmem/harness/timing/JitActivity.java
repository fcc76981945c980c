package dev.benchmem.harness.timing;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * How much the JIT compilers have worked so far, in nanoseconds, for warmup to tell whether
 * they are still busy. Two sources, best first:
 * <ul>
 *   <li>on Linux, the CPU time of the JVM's compiler threads ({@code /proc/self/task/<tid>/schedstat}
 *       of the threads named {@code C1 CompilerThread*}, {@code C2 CompilerThread*} or {@code
 *       JVMCI*}): a compilation counts while it runs;
 *   <li>elsewhere {@link CompilationMXBean#getTotalCompilationTime()}, which grows only when a
 *       compilation finishes, so a long C2 compilation looks idle until it is done.
 * </ul>
 */
final class JitActivity {

    private static final Path TASKS = Path.of("/proc/self/task");

    private JitActivity() {}

    /** The best source this JVM offers; null when it offers none. */
    static LongSupplier probe() {
        LongSupplier threads = compilerThreads(TASKS);
        return threads != null ? threads : compilationTime();
    }

    /**
     * CPU nanoseconds the compiler threads listed under {@code tasks} (a {@code /proc/<pid>/task}
     * directory) have used since the first reading; null when there are no such threads or their
     * CPU time cannot be read. Threads come and go (HotSpot starts and stops compiler threads
     * with the load): each is counted from when it is first seen, and a thread that ends keeps
     * the time it used.
     */
    static LongSupplier compilerThreads(Path tasks) {
        Map<String, Long> lastCpu = new HashMap<>();
        long[] total = {0};
        LongSupplier reading = () -> {
            Map<String, Long> cpu = compilerCpu(tasks);
            cpu.forEach((tid, nanos) -> total[0] += nanos - lastCpu.getOrDefault(tid, 0L));
            lastCpu.putAll(cpu);
            return total[0];
        };
        return compilerCpu(tasks).isEmpty() ? null : reading;
    }

    /** CPU nanoseconds per compiler thread id, read now; empty if {@code tasks} is unreadable. */
    private static Map<String, Long> compilerCpu(Path tasks) {
        Map<String, Long> cpu = new HashMap<>();
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
            for (Path thread : threads) {
                try {
                    if (isCompiler(Files.readString(thread.resolve("comm")).strip())) {
                        String schedstat = Files.readString(thread.resolve("schedstat"));
                        cpu.put(thread.getFileName().toString(),
                                Long.parseLong(schedstat.substring(0, schedstat.indexOf(' '))));
                    }
                } catch (IOException e) {
                    // the thread ended between listing and reading: nothing more to count
                }
            }
        } catch (IOException e) {
            return Map.of();
        }
        return cpu;
    }

    /** Linux truncates thread names to 15 characters: {@code C2 CompilerThre}. */
    private static boolean isCompiler(String threadName) {
        return threadName.startsWith("C1 CompilerThre") || threadName.startsWith("C2 CompilerThre")
                || threadName.startsWith("JVMCI");
    }

    /** Total compilation time of finished compilations, in nanoseconds; null if unsupported. */
    private static LongSupplier compilationTime() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            return null;
        }
        return () -> jit.getTotalCompilationTime() * 1_000_000L;
    }
}
