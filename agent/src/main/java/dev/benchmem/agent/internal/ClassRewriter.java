package dev.benchmem.agent.internal;

import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/** Hands every method with a body to a {@link SiteRewriter}, except the intrinsics' own bodies. */
final class ClassRewriter extends ClassVisitor {
    private String className;
    private boolean classConstants;
    private boolean changed;

    ClassRewriter(ClassVisitor next) {
        super(Opcodes.ASM9, next);
    }

    /** Whether any method was rewritten. */
    boolean changed() {
        return changed;
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
        super.visit(version, access, name, signature, superName, interfaces);
        className = name;
        // ldc of a class constant needs class-file version 49 (Java 5)
        classConstants = (version & 0xFFFF) >= Opcodes.V1_5;
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
        MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
        if (next == null || (access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0
                || AllocatingCalls.keepBody(className, name)) {
            return next;
        }
        return new SiteRewriter(next, classConstants, this, name);
    }

    /** The class being rewritten, in internal form ({@code java/util/ArrayList}). */
    String internalName() {
        return className;
    }

    /** The class being rewritten, as a binary name ({@code java.util.ArrayList}). */
    String className() {
        return className.replace('/', '.');
    }

    /** Called by a {@link SiteRewriter} that rewrote its method. */
    void methodChanged() {
        changed = true;
    }
}
