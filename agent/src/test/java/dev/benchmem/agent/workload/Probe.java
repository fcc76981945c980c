package dev.benchmem.agent.workload;

import dev.benchmem.agent.ArmReport;
import dev.benchmem.agent.MemoryMeasurement;
import dev.benchmem.agent.MemoryRecorder;
import dev.benchmem.agent.Recording;
import dev.benchmem.agent.ThreadScope;
import java.util.concurrent.CountDownLatch;

/**
 * Child-JVM main that reports the agent's state, one {@code key=value} per line. With the
 * argument {@code arm} it arms through the API and records 1,000 escaping objects on the
 * calling thread, then made by a worker thread (all threads, calling thread only), then on
 * all threads with this thread excluded.
 */
public final class Probe {
    private static volatile Object sink;

    private Probe() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println("loaded=" + MemoryRecorder.isAgentLoaded());
        System.out.println("armed=" + MemoryRecorder.isArmed());
        if (MemoryRecorder.isAgentLoaded()) {
            System.out.println("jar=" + MemoryRecorder.agentJar());
        }
        if (args.length > 0 && args[0].equals("arm")) {
            ArmReport report = MemoryRecorder.arm();
            System.out.println("transformed=" + report.transformed());
            System.out.println("same-report=" + (MemoryRecorder.arm() == report));
            record(ThreadScope.CALLING_THREAD); // links what the first recording touches
            System.out.println("calling-thread=" + record(ThreadScope.CALLING_THREAD).allocations());
            System.out.println("worker-all-threads=" + recordWorker(ThreadScope.ALL_THREADS).allocations());
            System.out.println("worker-calling-thread=" + recordWorker(ThreadScope.CALLING_THREAD).allocations());
            MemoryRecorder.excludeThread(Thread.currentThread());
            System.out.println("excluded-thread=" + record(ThreadScope.ALL_THREADS).allocations());
        }
    }

    /** Records while a worker thread, started before, allocates 1,000 objects. */
    private static MemoryMeasurement recordWorker(ThreadScope scope) throws InterruptedException {
        CountDownLatch go = new CountDownLatch(1);
        Thread worker = new Thread(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            for (int i = 0; i < 1_000; i++) {
                sink = new Object();
            }
        });
        worker.start();
        Recording recording = MemoryRecorder.start(scope);
        go.countDown();
        worker.join();
        return recording.stop();
    }

    private static MemoryMeasurement record(ThreadScope scope) {
        Recording recording = MemoryRecorder.start(scope);
        for (int i = 0; i < 1_000; i++) {
            sink = new Object();
        }
        return recording.stop();
    }
}
