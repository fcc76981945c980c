package dev.benchmem.agent.internal;

import dev.benchmem.agent.ArmReport;
import java.lang.instrument.Instrumentation;
import java.lang.instrument.UnmodifiableClassException;
import java.lang.invoke.MethodHandles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Switches rewriting on, once per JVM: prepares the hooks, installs the transformer for
 * classes loaded from now on and retransforms every modifiable class already loaded.
 */
public final class Arming {
    private static final int BATCH = 256;

    private Arming() {
    }

    /**
     * Arms the agent and prints a one-line summary on stderr; classes whose names start with
     * one of {@code skip} are never rewritten.
     */
    public static ArmReport arm(Instrumentation inst, List<String> skip) {
        long start = System.nanoTime();
        if (Hooks.class.getClassLoader() != null) {
            throw new IllegalStateException("benchmem agent classes are not on the bootstrap class path "
                    + "(loaded by " + Hooks.class.getClassLoader() + ")");
        }
        Module hooks = Hooks.class.getModule();
        try {
            // jdk.internal.access: ReferenceThreads waits for the Reference Handler through it.
            inst.redefineModule(Object.class.getModule(), Set.of(), Map.of("jdk.internal.access", Set.of(hooks)),
                    Map.of("java.lang", Set.of(hooks)), Set.of(), Map.of());
            for (Module module : ModuleLayer.boot().modules()) {
                if (!module.canRead(hooks)) {
                    inst.redefineModule(module, Set.of(hooks), Map.of(), Map.of(), Set.of(), Map.of());
                }
            }
            Sizes.init(inst, MethodHandles.privateLookupIn(String.class, MethodHandles.lookup()));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("benchmem agent cannot prepare its hooks", e);
        }
        LiveHeap.init();
        ReferenceThreads.init();
        Counters.resetGuard();

        AllocationTransformer transformer = new AllocationTransformer(inst, hooks, skip);
        inst.addTransformer(transformer, true);
        List<Class<?>> classes = new ArrayList<>();
        for (Class<?> type : inst.getAllLoadedClasses()) {
            if (inst.isModifiableClass(type) && !transformer.leaves(type.getName().replace('.', '/'))) {
                classes.add(type);
            }
        }
        int rejected = 0;
        for (int from = 0; from < classes.size(); from += BATCH) {
            rejected += retransform(inst, classes.subList(from, Math.min(classes.size(), from + BATCH)));
        }
        int transformed = transformer.transformed();
        int failed = transformer.failed() + rejected;
        ArmReport report = new ArmReport(transformed, inst.getAllLoadedClasses().length - transformed - failed,
                failed, Duration.ofNanos(System.nanoTime() - start));
        System.err.println(summary(report, transformer.lastFailure()));
        int failedWhenArmed = transformer.failed();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            int later = transformer.failed() - failedWhenArmed;
            if (later > 0) {
                System.err.printf("benchmem: %d classes loaded after arming could not be rewritten and ran as they were (last: %s)%n",
                        later, transformer.lastFailure());
            }
        }, "benchmem-summary"));
        return report;
    }

    /** Retransforms a batch, one class at a time if the batch fails; returns the classes the VM rejected. */
    private static int retransform(Instrumentation inst, List<Class<?>> batch) {
        try {
            inst.retransformClasses(batch.toArray(new Class<?>[0]));
            return 0;
        } catch (Throwable batchFailure) {
            int rejected = 0;
            for (Class<?> type : batch) {
                try {
                    inst.retransformClasses(type);
                } catch (UnmodifiableClassException | LinkageError | RuntimeException e) {
                    rejected++;
                }
            }
            return rejected;
        }
    }

    private static String summary(ArmReport report, String lastFailure) {
        return String.format("benchmem: armed in %d ms: %d classes rewritten, %d left as they were, %d could not be rewritten%s",
                report.took().toMillis(), report.transformed(), report.skipped(), report.failed(),
                lastFailure == null ? "" : " (last: " + lastFailure + ")");
    }
}
