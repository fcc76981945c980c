package dev.benchmem.harness.timing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompileQueueTest {

    /** {@code jcmd PID Compiler.queue} of an idle JDK 17 or 25 JVM. */
    private static final String IDLE = "Current compiles: \n\nC1 compile queue:\nEmpty\n\nC2 compile queue:\nEmpty\n\n";

    @Test
    void aListingWithNoTaskIsIdle() {
        assertThat(CompileQueue.isIdle(IDLE)).isTrue();
    }

    @Test
    void aCompilationUnderWayIsWork() {
        String compiling = "Current compiles: \n"
                + "C2 CompilerThread0  1174   !   4       java.util.DualPivotQuicksort::sort (947 bytes)\n\n"
                + "C1 compile queue:\nEmpty\n\nC2 compile queue:\nEmpty\n\n";

        assertThat(CompileQueue.isIdle(compiling)).isFalse();
    }

    @Test
    void aQueuedCompilationIsWork() {
        String queued = "Current compiles: \n\nC1 compile queue:\nEmpty\n\nC2 compile queue:\n"
                + "1437       4       java.util.HashMap::put (13 bytes)\n\n";

        assertThat(CompileQueue.isIdle(queued)).isFalse();
    }

    @Test
    void thisJvmListsItsQueues() {
        assertThat(CompileQueue.ofThisJvm()).as("HotSpot lists its compile queues").isNotNull();
    }
}
