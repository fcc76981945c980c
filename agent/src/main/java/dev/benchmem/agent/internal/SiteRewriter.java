package dev.benchmem.agent.internal;

import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Rewrites the allocation sites of one method: after each one it duplicates the new
 * reference and hands it to {@link Hooks}. Every insertion is stack-neutral and branch-free,
 * so the method's stack map frames stay valid as they are (no frame computation, no class
 * loading while transforming); only the maximum stack grows by two.
 */
final class SiteRewriter extends MethodVisitor {
    private static final String HOOKS = Type.getInternalName(Hooks.class);
    private static final String OBJECT_HOOK = "(Ljava/lang/Object;)V";

    private final boolean classConstants;
    private final ClassRewriter owner;
    private boolean changed;
    /** Types of the {@code new} instructions whose constructor has not run yet, innermost last. */
    private String[] pendingTypes = new String[8];
    /** Whether each pending {@code new} was followed by {@code dup} (the javac shape). */
    private boolean[] pendingDup = new boolean[8];
    private int pending;
    private boolean afterNew;

    SiteRewriter(MethodVisitor next, boolean classConstants, ClassRewriter owner) {
        super(Opcodes.ASM9, next);
        this.classConstants = classConstants;
        this.owner = owner;
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
        super.visitTypeInsn(opcode, type);
        afterNew = false;
        if (opcode == Opcodes.NEW) {
            push(type);
            afterNew = true;
        } else if (opcode == Opcodes.ANEWARRAY) {
            hook("references", "([Ljava/lang/Object;)V");
        }
    }

    @Override
    public void visitInsn(int opcode) {
        super.visitInsn(opcode);
        if (opcode == Opcodes.DUP && afterNew) {
            pendingDup[pending - 1] = true;
        }
        afterNew = false;
    }

    @Override
    public void visitIntInsn(int opcode, int operand) {
        super.visitIntInsn(opcode, operand);
        afterNew = false;
        if (opcode == Opcodes.NEWARRAY) {
            switch (operand) {
                case Opcodes.T_BOOLEAN: hook("booleans", "([Z)V"); break;
                case Opcodes.T_BYTE: hook("bytes", "([B)V"); break;
                case Opcodes.T_CHAR: hook("chars", "([C)V"); break;
                case Opcodes.T_SHORT: hook("shorts", "([S)V"); break;
                case Opcodes.T_INT: hook("ints", "([I)V"); break;
                case Opcodes.T_FLOAT: hook("floats", "([F)V"); break;
                case Opcodes.T_LONG: hook("longs", "([J)V"); break;
                case Opcodes.T_DOUBLE: hook("doubles", "([D)V"); break;
                default: throw new IllegalArgumentException("newarray of type " + operand);
            }
        }
    }

    @Override
    public void visitMultiANewArrayInsn(String descriptor, int dimensions) {
        super.visitMultiANewArrayInsn(descriptor, dimensions);
        afterNew = false;
        hook("multi", OBJECT_HOOK);
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
        afterNew = false;
        if (opcode == Opcodes.INVOKESPECIAL && name.equals("<init>")) {
            constructed(owner);
        } else if (opcode == Opcodes.INVOKESPECIAL && name.equals("clone") && descriptor.equals("()Ljava/lang/Object;")) {
            if (classConstants) {
                super.visitInsn(Opcodes.DUP);
                super.visitLdcInsn(Type.getObjectType(owner));
                super.visitMethodInsn(Opcodes.INVOKESTATIC, HOOKS, "superClone",
                        "(Ljava/lang/Object;Ljava/lang/Class;)V", false);
                changed = true;
            } else {
                hook("any", OBJECT_HOOK);
            }
        } else {
            switch (AllocatingCalls.hook(owner, name, descriptor)) {
                case OBJECT: hook("object", OBJECT_HOOK); break;
                case ANY: hook("any", OBJECT_HOOK); break;
                case MULTI: hook("multi", OBJECT_HOOK); break;
                default: break;
            }
        }
    }

    @Override
    public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
        afterNew = false;
        String factory = bootstrap.getOwner();
        if (factory.equals("java/lang/invoke/LambdaMetafactory") && Type.getArgumentCount(descriptor) > 0) {
            super.visitMethodInsn(Opcodes.INVOKESTATIC, HOOKS, "silence", "()V", false);
            super.visitInvokeDynamicInsn(name, descriptor, bootstrap, arguments);
            hook("lambda", OBJECT_HOOK);
        } else if (factory.equals("java/lang/invoke/StringConcatFactory")
                && Type.getReturnType(descriptor).getDescriptor().equals("Ljava/lang/String;")) {
            super.visitInvokeDynamicInsn(name, descriptor, bootstrap, arguments);
            hook("concat", "(Ljava/lang/String;)V");
        } else {
            super.visitInvokeDynamicInsn(name, descriptor, bootstrap, arguments);
        }
    }

    @Override
    public void visitVarInsn(int opcode, int varIndex) {
        super.visitVarInsn(opcode, varIndex);
        afterNew = false;
    }

    @Override
    public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
        super.visitFieldInsn(opcode, owner, name, descriptor);
        afterNew = false;
    }

    @Override
    public void visitJumpInsn(int opcode, Label label) {
        super.visitJumpInsn(opcode, label);
        afterNew = false;
    }

    @Override
    public void visitLdcInsn(Object value) {
        super.visitLdcInsn(value);
        afterNew = false;
    }

    @Override
    public void visitIincInsn(int varIndex, int increment) {
        super.visitIincInsn(varIndex, increment);
        afterNew = false;
    }

    @Override
    public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
        super.visitTableSwitchInsn(min, max, dflt, labels);
        afterNew = false;
    }

    @Override
    public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
        super.visitLookupSwitchInsn(dflt, keys, labels);
        afterNew = false;
    }

    @Override
    public void visitMaxs(int maxStack, int maxLocals) {
        super.visitMaxs(changed ? maxStack + 2 : maxStack, maxLocals);
    }

    @Override
    public void visitEnd() {
        super.visitEnd();
        if (changed) {
            owner.methodChanged();
        }
    }

    /**
     * After {@code invokespecial <init>}: counts the object if it is the innermost pending
     * {@code new}, by its site's size ({@link SiteSizes}); a string goes to the object hook,
     * which marks it for {@link Hooks#concat}, and so does an object of a site the table has
     * no room for.
     */
    private void constructed(String owner) {
        if (pending > 0 && pendingTypes[pending - 1].equals(owner)) {
            pending--;
            if (!pendingDup[pending]) {
                return;
            }
            int site = owner.equals("java/lang/String") ? -1 : SiteSizes.next();
            if (site < 0) {
                hook("object", OBJECT_HOOK);
            } else {
                super.visitInsn(Opcodes.DUP);
                super.visitLdcInsn(site);
                super.visitMethodInsn(Opcodes.INVOKESTATIC, HOOKS, "instance", "(Ljava/lang/Object;I)V", false);
                changed = true;
            }
        }
    }

    private void push(String type) {
        if (pending == pendingTypes.length) {
            pendingTypes = java.util.Arrays.copyOf(pendingTypes, pending * 2);
            pendingDup = java.util.Arrays.copyOf(pendingDup, pending * 2);
        }
        pendingTypes[pending] = type;
        pendingDup[pending] = false;
        pending++;
    }

    /** Duplicates the reference on top of the stack and passes it to a hook. */
    private void hook(String method, String descriptor) {
        super.visitInsn(Opcodes.DUP);
        super.visitMethodInsn(Opcodes.INVOKESTATIC, HOOKS, method, descriptor, false);
        changed = true;
    }
}
