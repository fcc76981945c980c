package dev.benchmem.agent;

import dev.benchmem.agent.internal.AgentJar;
import dev.benchmem.agent.internal.Arming;
import dev.benchmem.agent.internal.Session;
import java.io.IOException;
import java.lang.instrument.Instrumentation;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Entry point of the allocation recorder.
 *
 * <p>Loaded with {@code -javaagent:benchmem.jar} the agent is <em>passive</em>: no
 * transformer is registered and no class is touched, so timed code runs exactly as it would
 * without the agent. {@link #arm()} (or the agent option {@code =armed}) rewrites every
 * allocation site once; from then on {@link #start(ThreadScope)} and {@link Recording#stop()}
 * count the objects and bytes a region allocates and the most bytes it held alive at once.
 *
 * <pre>{@code
 * MemoryRecorder.arm();
 * try (Recording recording = MemoryRecorder.start(ThreadScope.CALLING_THREAD)) {
 *     Object result = work();
 *     MemoryMeasurement m = recording.stop();   // result still reachable: counted in the peak
 * }
 * }</pre>
 *
 * <p>{@link Recording#retainedBytes()}, read after {@code stop} once the result is dropped,
 * is what the region left alive; {@link Recording#liveNow()} reads the same between calls.
 *
 * <p>Without the agent the class still links (the harness bundles this package) and
 * {@link #isAgentLoaded()} is false.
 */
public final class MemoryRecorder {
    private static volatile Instrumentation instrumentation;
    private static volatile ArmReport armReport;

    private MemoryRecorder() {
    }

    /** Whether {@code premain} or {@code agentmain} of the benchmem agent ran in this JVM. */
    public static boolean isAgentLoaded() {
        return instrumentation != null;
    }

    /** Whether allocation sites are rewritten (by {@link #arm()} or the {@code armed} option). */
    public static boolean isArmed() {
        return armReport != null;
    }

    /**
     * The agent jar this JVM loaded, for starting child JVMs with
     * {@code -javaagent:<agentJar>=armed}.
     *
     * @throws IllegalStateException if the agent is not loaded
     */
    public static Path agentJar() {
        requireLoaded();
        try {
            return AgentJar.locate(AgentJar.class);
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * Rewrites allocation sites: installs the transformer and retransforms every modifiable
     * loaded class once. Idempotent: later calls return the first report. Warm up after
     * arming, since rewritten methods are compiled again.
     *
     * @throws IllegalStateException if the agent is not loaded
     */
    public static synchronized ArmReport arm() {
        return arm(List.of());
    }

    /**
     * {@link #arm()}, leaving classes whose names start with one of {@code skip} as they are
     * (the {@code armed,skip=} option): code that never runs inside a recording, such as a
     * test runner's own, whose rewriting only costs time.
     */
    public static synchronized ArmReport arm(List<String> skip) {
        requireLoaded();
        if (armReport == null) {
            armReport = Arming.arm(instrumentation, skip);
        }
        return armReport;
    }

    /**
     * Starts recording allocations on the threads of {@code scope}. Only one recording is
     * active at a time. Starting forces a garbage collection to take the live baseline.
     *
     * @throws IllegalStateException if the agent is not armed or a recording is active
     */
    public static Recording start(ThreadScope scope) {
        return start(scope, Session.NOT_PROFILED);
    }

    /**
     * Starts a profiled recording: as {@link #start(ThreadScope)}, and it also counts every
     * allocation at its site and samples call paths, for {@link Recording#profile()}. Every
     * allocation then takes the counting hook's slow path: a profiled region runs a few times
     * slower than a plain recording, so keep it apart from the measured ones. Its frames start
     * at the caller's callees: the caller and what called it are left out of every path.
     *
     * @param sampleIntervalBytes mean bytes allocated on a thread between two call-path samples
     *                            (exponentially spaced); 0 walks the stack at every allocation
     * @throws IllegalArgumentException if the interval is negative
     * @throws IllegalStateException    if the agent is not armed or a recording is active
     */
    public static Recording startProfiled(ThreadScope scope, long sampleIntervalBytes) {
        if (sampleIntervalBytes < 0) {
            throw new IllegalArgumentException("negative sample interval: " + sampleIntervalBytes);
        }
        return start(scope, sampleIntervalBytes);
    }

    private static Recording start(ThreadScope scope, long sampleInterval) {
        Objects.requireNonNull(scope, "scope");
        if (!isArmed()) {
            throw new IllegalStateException("benchmem agent is not armed: call MemoryRecorder.arm() "
                    + "or start the JVM with -javaagent:benchmem.jar=armed");
        }
        Recording recording = new Recording();
        return recording.started(Session.start(scope == ThreadScope.CALLING_THREAD, sampleInterval));
    }

    /**
     * Never counts allocations made by {@code thread} (e.g. the harness's own threads). Has
     * no effect without the agent.
     */
    public static void excludeThread(Thread thread) {
        Objects.requireNonNull(thread, "thread");
        if (isAgentLoaded()) {
            Session.exclude(thread);
        }
    }

    /** Called once by the agent's {@code premain}/{@code agentmain}. */
    static void loaded(Instrumentation inst) {
        instrumentation = inst;
    }

    private static void requireLoaded() {
        if (!isAgentLoaded()) {
            throw new IllegalStateException("benchmem agent is not loaded: start the JVM with "
                    + "-javaagent:benchmem.jar");
        }
    }
}
