package dev.benchmem.agent;

import dev.benchmem.agent.internal.AgentJar;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.jar.JarFile;

/**
 * The {@code Premain-Class} and {@code Agent-Class} of {@code benchmem.jar}. Options: none
 * (passive: nothing is registered or transformed) or {@code armed} (rewrite allocation sites
 * now, for a memory-pass JVM), optionally {@code armed,skip=PREFIX;PREFIX...}: classes whose
 * names start with a prefix ({@code org.junit.platform.}) are left as they are, for code that
 * never runs inside a recording (a test runner's own), whose rewriting only costs start-up.
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
        List<String> skip = parse(options);
        if (Premain.class.getClassLoader() != null) {
            // Boot-Class-Path names benchmem.jar; a renamed jar lands here: put it on the
            // bootstrap class path ourselves and continue in the copy loaded from there. The jar
            // is found by a class only it holds: this class may come from a harness jar that
            // bundles the agent's API (found first on the class path), which has no hooks.
            inst.appendToBootstrapClassLoaderSearch(new JarFile(AgentJar.locate(AgentJar.class).toFile()));
            Method boot = Class.forName(Premain.class.getName(), true, null)
                    .getDeclaredMethod("start", String.class, Instrumentation.class);
            boot.setAccessible(true);
            boot.invoke(null, options, inst);
            return;
        }
        MemoryRecorder.loaded(inst);
        if (skip != null) {
            MemoryRecorder.arm(skip);
        }
    }

    /** The class-name prefixes to leave untouched when armed; null when passive. */
    private static List<String> parse(String options) {
        if (options == null || options.isEmpty()) {
            return null;
        }
        if (options.equals("armed")) {
            return List.of();
        }
        if (options.startsWith("armed,skip=") && options.length() > "armed,skip=".length()) {
            return List.of(options.substring("armed,skip=".length()).split(";"));
        }
        throw new IllegalArgumentException("benchmem agent: unknown option '" + options
                + "' (expected none, 'armed' or 'armed,skip=PREFIX;...')");
    }
}
