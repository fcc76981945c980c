package dev.benchmem.agent;

import dev.benchmem.agent.internal.AgentJar;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.Method;
import java.util.jar.JarFile;

/**
 * The {@code Premain-Class} and {@code Agent-Class} of {@code benchmem.jar}. Options: none
 * (passive: nothing is registered or transformed) or {@code armed} (rewrite allocation sites
 * now, for a memory-pass JVM).
 */
final class Premain {
    private Premain() {
    }

    public static void premain(String options, Instrumentation inst) throws ReflectiveOperationException, java.io.IOException {
        start(options, inst);
    }

    public static void agentmain(String options, Instrumentation inst) throws ReflectiveOperationException, java.io.IOException {
        start(options, inst);
    }

    private static void start(String options, Instrumentation inst) throws ReflectiveOperationException, java.io.IOException {
        boolean armed = parse(options);
        if (Premain.class.getClassLoader() != null) {
            // Boot-Class-Path names benchmem.jar; a renamed jar lands here: put it on the
            // bootstrap class path ourselves and continue in the copy loaded from there.
            inst.appendToBootstrapClassLoaderSearch(new JarFile(AgentJar.locate(Premain.class).toFile()));
            Method boot = Class.forName(Premain.class.getName(), true, null)
                    .getDeclaredMethod("start", String.class, Instrumentation.class);
            boot.setAccessible(true);
            boot.invoke(null, options, inst);
            return;
        }
        MemoryRecorder.loaded(inst);
        if (armed) {
            MemoryRecorder.arm();
        }
    }

    private static boolean parse(String options) {
        if (options == null || options.isEmpty()) {
            return false;
        }
        if (options.equals("armed")) {
            return true;
        }
        throw new IllegalArgumentException("benchmem agent: unknown option '" + options + "' (expected none or 'armed')");
    }
}
