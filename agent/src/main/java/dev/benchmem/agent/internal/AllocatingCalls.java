package dev.benchmem.agent.internal;

/**
 * JDK methods that return a fresh object but whose allocation a rewritten body would not
 * show: C2 intrinsics ({@code Arrays.copyOf*}, {@code Array.newInstance}, {@code Unsafe}
 * allocation, array and {@code Object} clone) replace the body once compiled, and natives
 * have no body. They are counted at their call sites, and their own bodies stay as they are
 * so that nothing is counted twice.
 */
final class AllocatingCalls {
    /** What a call site hands its result to. */
    enum Hook { NONE, OBJECT, ANY, MULTI }

    private AllocatingCalls() {
    }

    /** The hook for a call's result, {@link Hook#NONE} for calls that are not allocating intrinsics. */
    static Hook hook(String owner, String name, String descriptor) {
        if (owner.charAt(0) == '[') {
            return name.equals("clone") ? Hook.ANY : Hook.NONE;
        }
        switch (owner) {
            case "java/util/Arrays":
                return name.startsWith("copyOf") ? Hook.ANY : Hook.NONE;
            case "java/lang/reflect/Array":
                if (!name.equals("newInstance")) {
                    return Hook.NONE;
                }
                return descriptor.equals("(Ljava/lang/Class;[I)Ljava/lang/Object;") ? Hook.MULTI : Hook.ANY;
            case "jdk/internal/misc/Unsafe":
                if (name.equals("allocateInstance")) {
                    return Hook.OBJECT;
                }
                return name.equals("allocateUninitializedArray") ? Hook.ANY : Hook.NONE;
            case "sun/misc/Unsafe":
                return name.equals("allocateInstance") ? Hook.OBJECT : Hook.NONE;
            case "java/util/DualPivotQuicksort":
                // JDK 22+: the vectorized partition intrinsic returns a fresh int[2]
                return name.equals("partition") ? Hook.ANY : Hook.NONE;
            default:
                return owner.startsWith("jdk/internal/reflect/") && name.equals("newInstance0") ? Hook.OBJECT : Hook.NONE;
        }
    }

    /** Whether a method's body must stay unrewritten: it is one of the intrinsics above. */
    static boolean keepBody(String owner, String name) {
        return !name.equals("<init>") && !name.equals("<clinit>")
                && (hook(owner, name, "") != Hook.NONE || isWorker(owner, name));
    }

    /**
     * Plain-bytecode workers that only an intrinsic calls, so their allocation is the
     * intrinsic's result: {@code Unsafe.allocateUninitializedArray0} and the
     * {@code partitionDualPivot}/{@code partitionSinglePivot} operations that
     * {@code DualPivotQuicksort.partition} receives as method references.
     */
    private static boolean isWorker(String owner, String name) {
        return owner.equals("jdk/internal/misc/Unsafe") && name.equals("allocateUninitializedArray0")
                || owner.equals("java/util/DualPivotQuicksort") && name.startsWith("partition");
    }
}
