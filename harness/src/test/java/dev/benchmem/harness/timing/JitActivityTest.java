package dev.benchmem.harness.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JitActivityTest {

    @TempDir
    Path tasks;

    /** A fake {@code /proc/self/task/<tid>} entry: its name and its CPU nanoseconds. */
    private void thread(String tid, String name, long cpuNanos) throws IOException {
        Path dir = Files.createDirectories(tasks.resolve(tid));
        Files.writeString(dir.resolve("comm"), name + "\n");
        Files.writeString(dir.resolve("schedstat"), cpuNanos + " 1234 56\n");
    }

    @Test
    void countsTheCpuTimeOfCompilerThreadsOnly() throws IOException {
        thread("100", "java", 5_000);
        thread("101", "C2 CompilerThre", 1_000);
        thread("102", "C1 CompilerThre", 300);
        LongSupplier jit = JitActivity.compilerThreads(tasks);
        long first = jit.getAsLong();

        thread("100", "java", 9_000);
        thread("101", "C2 CompilerThre", 1_700);

        assertThat(jit.getAsLong() - first).isEqualTo(700);
    }

    @Test
    void threadsThatEndKeepTheirTimeAndNewOnesAdd() throws IOException {
        thread("101", "C2 CompilerThre", 1_000);
        thread("102", "C1 CompilerThre", 300);
        LongSupplier jit = JitActivity.compilerThreads(tasks);
        long first = jit.getAsLong();

        Files.delete(tasks.resolve("102/comm"));
        Files.delete(tasks.resolve("102/schedstat"));
        Files.delete(tasks.resolve("102"));
        thread("103", "C2 CompilerThre", 250);

        assertThat(jit.getAsLong() - first).isEqualTo(250);
    }

    @Test
    void noCompilerThreadsOrNoTaskDirectoryMeansNoSource() throws IOException {
        thread("100", "java", 5_000);

        assertThat(JitActivity.compilerThreads(tasks)).isNull();
        assertThat(JitActivity.compilerThreads(tasks.resolve("missing"))).isNull();
    }

    @Test
    void thisJvmsCompilerThreadsAreFoundOnLinux() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "Linux only");

        LongSupplier jit = JitActivity.compilerThreads(Path.of("/proc/self/task"));

        assertThat(jit).isNotNull();
        long first = jit.getAsLong();
        assertThat(jit.getAsLong()).isGreaterThanOrEqualTo(first);
    }
}
