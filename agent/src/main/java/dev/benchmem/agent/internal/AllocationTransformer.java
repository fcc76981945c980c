package dev.benchmem.agent.internal;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.security.ProtectionDomain;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassWriter;

/**
 * Rewrites the allocation sites of every class it is offered, at load or retransformation.
 * A class it cannot rewrite (unreadable, method too large, anything thrown) is returned
 * untouched and counted as failed; it never hands the VM a class it could not finish.
 * Its own allocations run under the thread's guard, so they are never counted.
 */
final class AllocationTransformer implements ClassFileTransformer {
    private static final String API_PACKAGE = "dev/benchmem/agent/";

    private final Instrumentation instrumentation;
    private final Module hooks;
    private final AtomicInteger transformed = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private volatile String lastFailure;
    /**
     * Internal-name prefixes of classes left as they are (see {@code Premain}'s {@code skip=}).
     * An array, looped by index: {@link #transform} checks it on the loading thread before its
     * guard is up, where iterating a JDK list would allocate in rewritten JDK code, counted in a
     * recording that a class load interrupts.
     */
    private final String[] skip;

    AllocationTransformer(Instrumentation instrumentation, Module hooks, List<String> skip) {
        this.instrumentation = instrumentation;
        this.hooks = hooks;
        this.skip = skip.stream().map(prefix -> prefix.replace('.', '/')).toArray(String[]::new);
    }

    @Override
    public byte[] transform(Module module, ClassLoader loader, String className, Class<?> redefined,
            ProtectionDomain domain, byte[] classFile) {
        if (className == null || leaves(className)) {
            return null;
        }
        Hooks.silence();
        try {
            ClassReader reader = new ClassReader(classFile);
            ClassWriter writer = new ClassWriter(reader, 0);
            ClassRewriter rewriter = new ClassRewriter(writer);
            reader.accept(rewriter, 0);
            if (!rewriter.changed()) {
                return null;
            }
            byte[] rewritten = writer.toByteArray();
            readHooks(module);
            transformed.incrementAndGet();
            return rewritten;
        } catch (Throwable e) {
            failed.incrementAndGet();
            lastFailure = className + ": " + e;
            return null;
        } finally {
            Counters.unsilence();
        }
    }

    /** Whether {@code className} (internal form) is never rewritten: the agent's own, or skipped. */
    boolean leaves(String className) {
        if (isOwn(className)) {
            return true;
        }
        for (int i = 0; i < skip.length; i++) {
            if (className.startsWith(skip[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a class is the agent's own (API, internals, shaded byte-buddy): never rewritten,
     * so the recorder never counts itself. Other sub-packages of the API package are user code.
     */
    static boolean isOwn(String className) {
        if (!className.startsWith(API_PACKAGE)) {
            return false;
        }
        String rest = className.substring(API_PACKAGE.length());
        return rest.indexOf('/') < 0 || rest.startsWith("internal/") || rest.startsWith("shaded/");
    }

    /** Rewritten classes of a named module call {@link Hooks}, so the module must read the hooks' module. */
    private void readHooks(Module module) {
        if (module != null && module.isNamed() && !module.canRead(hooks)) {
            instrumentation.redefineModule(module, Set.of(hooks), Map.of(), Map.of(), Set.of(), Map.of());
        }
    }

    int transformed() {
        return transformed.get();
    }

    int failed() {
        return failed.get();
    }

    /** The last class that could not be rewritten and why, or null. */
    String lastFailure() {
        return lastFailure;
    }
}
