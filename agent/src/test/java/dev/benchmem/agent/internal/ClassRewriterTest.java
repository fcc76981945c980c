package dev.benchmem.agent.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchmem.agent.workload.Workloads;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import org.junit.jupiter.api.Test;

/** The rewriter on real class files: which hooks each allocation site gets, and that the result still verifies and runs. */
class ClassRewriterTest {
    private static final String HOOKS = "dev/benchmem/agent/internal/Hooks";

    @Test
    void everyAllocationSiteGetsItsHook() {
        byte[] rewritten = rewrite(Workloads.class);
        assertThat(hooksIn(rewritten, "primitiveArrays")).containsExactly(
                "references", "booleans", "bytes", "chars", "shorts", "ints", "floats", "longs", "doubles");
        assertThat(hooksIn(rewritten, "multiArrays")).containsExactly("references", "multi", "multi", "multi");
        assertThat(hooksIn(rewritten, "records")).containsExactly("instance");
        assertThat(hooksIn(rewritten, "copies")).containsExactly("any", "any", "any", "any", "any", "any");
        assertThat(hooksIn(rewritten, "newInstances")).containsExactly("any", "any", "ints", "multi");
        assertThat(hooksIn(rewritten, "lambdas")).containsExactly("references", "silence", "lambda");
        assertThat(hooksIn(rewrite(Workloads.class.getName() + "$Leaf"), "copy")).containsExactly("superClone");
    }

    @Test
    void rewrittenClassesVerifyAndRun() throws Exception {
        ClassLoader loader = new ClassLoader(getClass().getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (!name.startsWith(Workloads.class.getName())) {
                    return super.loadClass(name, resolve);
                }
                synchronized (getClassLoadingLock(name)) {
                    Class<?> loaded = findLoadedClass(name);
                    if (loaded == null) {
                        byte[] bytes = rewrite(name);
                        loaded = defineClass(name, bytes, 0, bytes.length);
                    }
                    return loaded;
                }
            }
        };
        Class<?> workloads = Class.forName(Workloads.class.getName(), true, loader);
        var multi = workloads.getDeclaredMethod("multiArrays");
        multi.setAccessible(true);
        Object[] arrays = (Object[]) multi.invoke(null);
        assertThat(((int[][][]) arrays[0])[2][3]).hasSize(5);
        var clones = workloads.getDeclaredMethod("objectClones");
        clones.setAccessible(true);
        assertThat(clones.invoke(null)).isNull();
    }

    @Test
    void theAgentsOwnClassesAreNeverRewritten() {
        assertThat(AllocationTransformer.isOwn("dev/benchmem/agent/MemoryRecorder")).isTrue();
        assertThat(AllocationTransformer.isOwn("dev/benchmem/agent/internal/Hooks")).isTrue();
        assertThat(AllocationTransformer.isOwn("dev/benchmem/agent/shaded/net/bytebuddy/jar/asm/ClassReader")).isTrue();
        assertThat(AllocationTransformer.isOwn("dev/benchmem/agent/workload/Workloads")).isFalse();
        assertThat(AllocationTransformer.isOwn("com/example/Foo")).isFalse();
    }

    private static byte[] rewrite(Class<?> type) {
        return rewrite(type.getName());
    }

    private static byte[] rewrite(String className) {
        try (InputStream in = ClassRewriterTest.class.getResourceAsStream("/" + className.replace('.', '/') + ".class")) {
            ClassReader reader = new ClassReader(in);
            ClassWriter writer = new ClassWriter(reader, 0);
            ClassRewriter rewriter = new ClassRewriter(writer);
            reader.accept(rewriter, 0);
            return writer.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The hook methods a method calls, in order. */
    private static List<String> hooksIn(byte[] classFile, String method) {
        List<String> hooks = new ArrayList<>();
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                return !name.equals(method) ? null : new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitMethodInsn(int opcode, String owner, String callee, String desc, boolean isInterface) {
                        if (owner.equals(HOOKS)) {
                            hooks.add(callee);
                        }
                    }
                };
            }
        }, 0);
        return hooks;
    }
}
