package dev.benchmem.harness.timing;

import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Whether the JIT has work: a method being compiled, or one waiting in a compile queue, as
 * HotSpot's {@code Compiler.queue} diagnostic command lists them (what {@code jcmd PID
 * Compiler.queue} prints). Warmup asks once the time per call has stopped improving: with
 * nothing compiling and nothing queued, no compiled code is about to replace what the rounds
 * run. (The compiler threads' CPU time, read before from {@code /proc}, never went quiet: in a
 * fresh JVM they compile the test framework's code for seconds, and that probe's own file
 * reads gave them more. A queue is busy for that work too, but idle as soon as it is done.)
 */
final class CompileQueue {

    private static final String[] SIGNATURE = {String[].class.getName()};

    private final MBeanServer server;
    private final ObjectName command;

    private CompileQueue(MBeanServer server, ObjectName command) {
        this.server = server;
        this.command = command;
    }

    /**
     * This JVM's compile queues, looked up on first use (the lookup starts the platform MBean
     * server, about 0.15 s in a fresh JVM); null when the JVM does not list them (not HotSpot).
     */
    static CompileQueue ofThisJvm() {
        return ThisJvm.QUEUE;
    }

    private static final class ThisJvm {
        static final CompileQueue QUEUE = probe();
    }

    private static CompileQueue probe() {
        try {
            CompileQueue queue = new CompileQueue(ManagementFactory.getPlatformMBeanServer(),
                    new ObjectName("com.sun.management:type=DiagnosticCommand"));
            queue.listing();
            return queue;
        } catch (JMException | RuntimeException e) {
            return null;
        }
    }

    /** Whether nothing is being compiled and nothing waits to be; true when the listing fails. */
    boolean isIdle() {
        try {
            return isIdle(listing());
        } catch (JMException | RuntimeException e) {
            return true;
        }
    }

    private String listing() throws JMException {
        return (String) server.invoke(command, "compilerQueue", new Object[] {null}, SIGNATURE);
    }

    /**
     * Whether a {@code Compiler.queue} listing shows no task: its lines are section headings
     * ({@code Current compiles:}, {@code C1 compile queue:}), {@code Empty}, blank lines, and
     * one line per task.
     */
    static boolean isIdle(String listing) {
        return listing.lines().map(String::strip)
                .allMatch(line -> line.isEmpty() || line.endsWith(":") || line.equals("Empty"));
    }
}
